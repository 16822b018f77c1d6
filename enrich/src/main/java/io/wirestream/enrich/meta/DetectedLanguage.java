package io.wirestream.enrich.meta;

import java.util.Objects;

/**
 * A language decision.
 *
 * @param code       ISO 639-1 code, lower case ({@code "en"}, {@code "de"}); never null
 * @param confidence probability of the best language, in {@code [0, 1]}
 */
public record DetectedLanguage(String code, double confidence) {
    public DetectedLanguage {
        Objects.requireNonNull(code, "code");
        if (confidence < 0.0 || confidence > 1.0) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }
}
