package io.wirestream.enrich.quantities;

import java.util.Objects;

/**
 * One quantity in a text.
 *
 * @param text        the covered text (hedge, currency, number, multiplier, unit), exactly
 *                    {@code source.substring(start, end)}; not null
 * @param start       offset of the first character (UTF-16 units)
 * @param end         offset after the last character, exclusive
 * @param value       the number with separators and multipliers applied (100.000 in German copy is 100000,
 *                    $1.2bn is 1.2E9)
 * @param unit        "percent", the counted noun ("troops"), or null when none follows
 * @param kind        count, percent or money; not null
 * @param currency    ISO 4217 code for money, else null
 * @param approximate hedged by about, around, some, nearly ...
 */
public record QuantityMention(String text, int start, int end, double value, String unit, QuantityKind kind,
                              String currency, boolean approximate) {
    public QuantityMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end - start != text.length()) {
            throw new IllegalArgumentException("bad quantity span [" + start + ", " + end + ") for \"" + text + "\"");
        }
    }
}
