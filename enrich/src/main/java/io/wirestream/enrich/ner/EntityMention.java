package io.wirestream.enrich.ner;

import java.util.Objects;

/**
 * One mention of a named entity in a text.
 *
 * @param type  entity type, not null
 * @param start offset of the first character in the tagged text (UTF-16 units)
 * @param end   offset after the last character, exclusive; {@code text.substring(start, end).equals(text())}
 *              holds for the text the mention was found in
 * @param text  the covered text, not null; a possessive {@code 's} is never part of it
 */
public record EntityMention(EntityType type, int start, int end, String text) {
    public EntityMention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start || end - start != text.length()) {
            throw new IllegalArgumentException("bad mention [" + start + ", " + end + ") for \"" + text + "\"");
        }
    }
}
