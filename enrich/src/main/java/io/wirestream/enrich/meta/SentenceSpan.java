package io.wirestream.enrich.meta;

/**
 * A sentence as a character range of the text it was found in.
 *
 * @param start offset of the first character (UTF-16 units)
 * @param end   offset after the last character, exclusive; {@code end > start}
 */
public record SentenceSpan(int start, int end) {
    public SentenceSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The covered text of {@code source}, which must be the text this span was found in. */
    public String text(String source) {
        return source.substring(start, end);
    }
}
