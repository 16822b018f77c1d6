package io.wirestream.enrich.ner;

import java.util.Objects;

/**
 * A name found by a {@link TokenNameFinder}, as a range of token indexes in one sentence.
 *
 * @param type  entity type, not null
 * @param start index of the first token
 * @param end   index after the last token, exclusive; {@code end > start}
 */
public record TokenSpan(EntityType type, int start, int end) {
    public TokenSpan {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
        }
    }
}
