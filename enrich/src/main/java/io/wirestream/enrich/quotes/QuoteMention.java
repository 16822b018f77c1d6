package io.wirestream.enrich.quotes;

import java.util.Objects;

/**
 * One quotation.
 *
 * @param text          the quoted words without the marks; the parts of a split quote joined by a space; not null
 * @param start         offset of the first quoted character (UTF-16 units)
 * @param end           offset after the last quoted character (of the last part), exclusive
 * @param speaker       the speaker entity's name, or null when not attributed
 * @param speakerEntity index of the speaker in the entity list given to the extractor, or null
 * @param kind          direct or reported; not null
 */
public record QuoteMention(String text, int start, int end, String speaker, Integer speakerEntity, QuoteKind kind) {
    public QuoteMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad quote span [" + start + ", " + end + ")");
        }
    }
}
