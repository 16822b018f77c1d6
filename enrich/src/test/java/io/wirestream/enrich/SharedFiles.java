package io.wirestream.enrich;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds files in the workspace's {@code shared/} folder (not in the repository), walking up from the module. */
public final class SharedFiles {

    private SharedFiles() {
    }

    /**
     * @param relative path under {@code shared/}, e.g. {@code samples/kosovapress-nato-kfor.txt}
     * @return the file, if some ancestor of the working directory has {@code shared/<relative>}
     */
    public static Optional<Path> find(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }
}
