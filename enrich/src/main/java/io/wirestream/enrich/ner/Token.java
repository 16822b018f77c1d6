package io.wirestream.enrich.ner;

import java.util.Objects;

/**
 * A token with its position in the text it came from.
 *
 * @param text  the token text, exactly {@code source.substring(start, end)}; not empty
 * @param start offset of the first character (UTF-16 units)
 * @param end   offset after the last character, exclusive
 */
public record Token(String text, int start, int end) {
    public Token {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty() || start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("bad token [" + start + ", " + end + ") \"" + text + "\"");
        }
    }

    /** The shape of {@link #text()}. */
    public TokenShape shape() {
        return TokenShape.of(text);
    }
}
