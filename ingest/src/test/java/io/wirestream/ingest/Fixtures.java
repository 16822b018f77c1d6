package io.wirestream.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Test fixtures under {@code src/test/resources/fixtures/}, and the shared real samples. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The bytes of {@code fixtures/<name>}, e.g. {@code agency-text/full.txt}. */
    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The shared samples folder ({@code ../shared/samples} from the repository root), if this
     * checkout has it. Tests run in the module directory, so the repository root is its parent.
     */
    public static Optional<Path> sharedSamples() {
        Path samples = Path.of("").toAbsolutePath().resolve("../../shared/samples").normalize();
        return Files.isDirectory(samples) ? Optional.of(samples) : Optional.empty();
    }
}
