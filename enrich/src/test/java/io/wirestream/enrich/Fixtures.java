package io.wirestream.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Reads wire-story fixtures: header lines, a blank line, then paragraphs separated by blank lines. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The whole text of a classpath resource under {@code /fixtures/}. */
    public static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Body paragraphs of a story text: everything after the first blank line, split at blank lines. */
    public static List<String> bodyParagraphs(String story) {
        String normalised = story.replace("\r\n", "\n");
        int blank = normalised.indexOf("\n\n");
        String body = blank < 0 ? normalised : normalised.substring(blank + 2);
        return Arrays.stream(body.split("\\n[ \\t]*\\n")).filter(p -> !p.isBlank()).toList();
    }
}
