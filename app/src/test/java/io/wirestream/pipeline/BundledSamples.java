package io.wirestream.pipeline;

import java.nio.file.Path;

/** The demo's bundled sample copy (in the cli module), which the pipeline tests ingest too. */
final class BundledSamples {

    private static final Path DIR = Path.of("..", "cli", "src", "main", "resources", "io", "wirestream", "cli",
            "samples");

    private BundledSamples() {
    }

    /** The plain agency-text story on NATO and KFOR. */
    static Path kforStory() {
        return DIR.resolve("01-balkan-wire-kfor.txt");
    }
}
