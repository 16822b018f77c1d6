package io.wirestream.enrich.quantities;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Reads the digits of a number token ("100.000", "4,600", "2.5", "2,5", "1.2bn") as a value.
 *
 * <p>Dots and commas are ambiguous: "100.000" is a hundred thousand in German, Albanian or Italian copy and in
 * much copy translated from them, "2.5" is two and a half everywhere. The rules, in order:
 * <ol>
 *   <li>Both a dot and a comma: the last one is the decimal mark ("1.234,5", "1,234.5").</li>
 *   <li>One kind repeated ("1.000.000", "1,000,000"): thousands separators.</li>
 *   <li>One mark followed by exactly three digits and no leading zero ("100.000", "4,600"): a thousands separator
 *       for a comma in English; for a dot when the language groups with dots or {@code groupingContext} says the
 *       number counts things (a counted noun follows: "4.600 members" cannot mean four point six members).</li>
 *   <li>Otherwise the mark is decimal, a comma only in a language whose decimal mark is the comma.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
final class NumberReader {

    /** ISO 639-1 languages that group digits with a dot and use a decimal comma. */
    private static final Set<String> DOT_GROUPING = Set.of("de", "sq", "it", "es", "pt", "nl", "da", "tr", "id",
        "sr", "hr", "bs", "sl", "el", "ro", "vi");
    /** Languages with a decimal comma that group with spaces (a dot there is rare and read as grouping). */
    private static final Set<String> COMMA_DECIMAL = Set.of("fr", "sv", "no", "nb", "fi", "pl", "cs", "sk", "ru",
        "uk", "bg", "hu", "lt", "lv", "et");

    private NumberReader() {
    }

    /**
     * @param s               the text
     * @param from            first digit
     * @param to              after the last digit or separator (before any letter suffix)
     * @param language        ISO 639-1 of the text, or null
     * @param groupingContext whether a counted noun follows
     * @return the value as written, exactly (multiplying "131.2" by a million in doubles gives 131199999.99999999),
     *         or null when the digits do not form a number
     */
    static BigDecimal read(String s, int from, int to, String language, boolean groupingContext) {
        int dots = 0;
        int commas = 0;
        int lastMark = -1;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '.' || c == ',') {
                if (c == '.') {
                    dots++;
                } else {
                    commas++;
                }
                lastMark = k;
            } else if (!Character.isDigit(c)) {
                return null;
            }
        }
        char decimal;
        if (dots > 0 && commas > 0) {
            decimal = s.charAt(lastMark);
        } else if (dots + commas == 0) {
            decimal = 0;
        } else if (dots > 1 || commas > 1) {
            decimal = 0;
        } else {
            char mark = s.charAt(lastMark);
            boolean threeAfter = to - lastMark - 1 == 3;
            boolean leadingZero = s.charAt(from) == '0' && lastMark == from + 1;
            boolean european = language != null && (DOT_GROUPING.contains(language) || COMMA_DECIMAL.contains(language));
            if (threeAfter && !leadingZero && lastMark - from <= 3) {
                if (mark == ',') {
                    decimal = european ? ',' : 0;
                } else {
                    decimal = european || groupingContext ? 0 : '.';
                }
            } else {
                decimal = mark == ',' && !european ? 0 : mark;
            }
        }
        StringBuilder digits = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (Character.isDigit(c)) {
                digits.append(c);
            } else if (c == decimal) {
                digits.append('.');
            }
        }
        return new BigDecimal(digits.toString());
    }
}
