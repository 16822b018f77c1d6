package io.wirestream.enrich.dates;

import java.util.Objects;

/**
 * One date or period mentioned in a text.
 *
 * @param text     the covered text, exactly {@code source.substring(start, end)}; not null
 * @param start    offset of the first character (UTF-16 units)
 * @param end      offset after the last character, exclusive
 * @param value    ISO 8601: a date ({@code 2025-03-11}), a month ({@code 2025-02}), a year ({@code 1995}), a week
 *                 ({@code 2025-W10}), a date without year ({@code --03-11}) or a period ({@code P6M}); null when
 *                 it needs a reference date and none was given
 * @param kind     explicit or relative, not null
 * @param resolved true when {@code value} was completed from the reference date (a year, a weekday, an offset)
 */
public record DateExpression(String text, int start, int end, String value, DateKind kind, boolean resolved) {
    public DateExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("bad date span [" + start + ", " + end + ") for \"" + text + "\"");
        }
    }
}
