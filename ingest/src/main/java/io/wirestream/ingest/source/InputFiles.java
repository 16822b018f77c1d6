package io.wirestream.ingest.source;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which files of a folder are input, the one rule for every file source ({@link FileSource} and
 * {@link DropFolderSource}), so that a folder ingested once and the same folder watched take the
 * same files.
 *
 * <p>Input: regular files (not symbolic links, devices or FIFOs) in the folder and, recursively, its
 * subfolders, except
 * <ul>
 *   <li>hidden files and folders (name starting with a dot);</li>
 *   <li>files still being written by convention of common transfer tools, renamed once complete:
 *       names ending in {@code .tmp}, {@code .part}, {@code .partial}, {@code .filepart},
 *       {@code .crdownload} (any case);</li>
 *   <li>the drop folder's own {@value DropFolderSource#DONE_FOLDER}/ and
 *       {@value DropFolderSource#FAILED_FOLDER}/ subfolders directly under the folder, which hold
 *       files already ingested.</li>
 * </ul>
 * Symbolic links to folders are not followed (no cycles, nothing outside the folder).
 */
public final class InputFiles {

    /** Name endings of files still being written. */
    public static final List<String> PARTIAL_SUFFIXES = List.of(".tmp", ".part", ".partial", ".filepart", ".crdownload");

    private static final Set<String> OWN_FOLDERS = Set.of(DropFolderSource.DONE_FOLDER, DropFolderSource.FAILED_FOLDER);

    private InputFiles() {
    }

    /** Whether a file of this name is skipped: hidden, or still being written. */
    public static boolean isIgnoredName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".") || PARTIAL_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    /**
     * Every input file under {@code folder}, in path order.
     *
     * @param folder a directory
     * @throws IOException if {@code folder} cannot be listed (an unreadable subfolder is skipped)
     */
    public static List<Path> list(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(folder, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(folder)) {
                    return FileVisitResult.CONTINUE;
                }
                String name = dir.getFileName().toString();
                boolean own = dir.getParent().equals(folder) && OWN_FOLDERS.contains(name);
                return own || name.startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !isIgnoredName(file.getFileName().toString())) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(folder)) {
                    throw e;
                }
                // Gone meanwhile, or unreadable: not input now; a watched folder sees it next scan.
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    /**
     * The name a source gives an input found under {@code folder}: its path relative to the folder,
     * with {@code /} separators whatever the platform ({@code agency/story.txt}). It is the
     * input's {@code origin}, and its dead letter's key.
     */
    public static String relativeName(Path folder, Path file) {
        Path relative = folder.relativize(file);
        List<String> parts = new ArrayList<>();
        relative.forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }
}
