package io.wirestream.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The sample copy bundled with the CLI (written for Wirestream; see samples/index.txt). */
final class Samples {

    private static final String ROOT = "/io/wirestream/cli/samples/";

    /** A bundled sample. */
    record Sample(String name, byte[] content) {
    }

    private Samples() {
    }

    static List<Sample> all() {
        List<Sample> samples = new ArrayList<>();
        for (String name : read("index.txt").split("\\R")) {
            if (!name.isBlank()) {
                samples.add(new Sample(name.strip(), bytes(name.strip())));
            }
        }
        return samples;
    }

    private static String read(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled sample missing: " + ROOT + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
