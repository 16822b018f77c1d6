package io.wirestream.ingest.source;

import io.wirestream.schemas.deadletter.OriginalBytes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads an input file with ingest's size cap: never more into memory than the cap allows, and
 * only regular files (a FIFO or device would block or never end). Used by the file sources and by
 * the commands that parse files without Kafka, so that they all accept the same files.
 */
public final class FileReading {

    /**
     * What was read of a file.
     *
     * @param content the whole file, or null if it was larger than the limit
     * @param tooLarge for a file over the limit: the prefix its dead letter keeps, its length and
     *     hash; null otherwise
     */
    public record FileContent(byte[] content, OriginalBytes tooLarge) {

        public FileContent {
            if ((content == null) == (tooLarge == null)) {
                throw new IllegalArgumentException("either the content or what is kept of a too-large file");
            }
        }

        /** Whether the file was over the limit. */
        public boolean isTooLarge() {
            return tooLarge != null;
        }

        /** The file's length in bytes. */
        public long length() {
            return content != null ? content.length : tooLarge.length();
        }

        /** SHA-256 (hex) of the whole file. */
        public String sha256() {
            return content != null ? OriginalBytes.of(content, 0).sha256() : tooLarge.sha256();
        }
    }

    private FileReading() {
    }

    /**
     * Reads {@code file} whole if it has at most {@code maxBytes} bytes; else streams through it,
     * keeping its first {@code keepBytes} bytes and hashing all of it.
     *
     * @throws NoSuchFileException if it does not exist
     * @throws IOException if it is not a regular file or cannot be read
     */
    public static FileContent read(Path file, long maxBytes, int keepBytes) throws IOException {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw Files.exists(file) ? new IOException("not a regular file: " + file) : new NoSuchFileException(file.toString());
        }
        if (Files.size(file) <= maxBytes) {
            try (InputStream in = Files.newInputStream(file)) {
                // At most one byte more than allowed: enough to tell a file that grew past the limit.
                byte[] content = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
                if (content.length <= maxBytes) {
                    return new FileContent(content, null);
                }
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new FileContent(null, OriginalBytes.read(in, keepBytes));
        }
    }
}
