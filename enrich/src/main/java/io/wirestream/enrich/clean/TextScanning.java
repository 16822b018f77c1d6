package io.wirestream.enrich.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * The cleaner's character scanners: whitespace normalisation, line and sentence splitting. They replaced regexes
 * (named in each method's comment) because the cleaner runs over every line of every body; CleanerScanningTest
 * holds them to those regexes. Stateless.
 */
final class TextScanning {

    private TextScanning() {
    }

    /** See {@link BoilerplateCleaner#normalizeWhitespace(String)}. */
    static String normalizeWhitespace(String line) {
        // By hand rather than two regex replacements: this runs on every line of every body, and most lines need
        // no change at all (then the line itself is returned, stripped).
        int n = line.length();
        boolean plain = true;
        for (int i = 0; i < n && plain; i++) {
            char c = line.charAt(i);
            plain = c == ' ' ? i == 0 || line.charAt(i - 1) != ' ' : !isZeroWidth(c) && !isHorizontalSpace(c);
        }
        if (plain) {
            return line.strip();
        }
        StringBuilder out = new StringBuilder(n);
        boolean inSpace = false;
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (isZeroWidth(c)) {
                continue; // dropped first, so spaces on both sides of it collapse too
            }
            if (isHorizontalSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString().strip();
    }

    /** Zero-width space, non-joiner, joiner, word joiner, BOM, soft hyphen: dropped. */
    private static boolean isZeroWidth(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** {@code [\\p{Zs}\\t\\x0B\\f]}: become one space (every Zs is in the BMP). */
    private static boolean isHorizontalSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c == '\t' || c == 0x0B || c == '\f';
        }
        return Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    /**
     * The lines of a paragraph, split at {@code \\r\\n} or any one of {@code \\r \\n U+2028 U+2029 U+0085},
     * keeping empty ones (as {@code split(regex, -1)}).
     */
    static List<String> lines(String paragraph) {
        List<String> out = new ArrayList<>();
        int n = paragraph.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = paragraph.charAt(i);
            if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                out.add(paragraph.substring(start, i));
                if (c == '\r' && i + 1 < n && paragraph.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(start == 0 ? paragraph : paragraph.substring(start));
        return out;
    }

    /**
     * The sentences of a line: split at a run of {@code \\s} after {@code . ! ?} and before an upper-case letter,
     * a digit or an opening quote, bracket, {@code #} or {@code ©} (as the regex
     * {@code (?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}#"“‘'(«©])}). Footers are plain enough that no abbreviation
     * handling is needed.
     */
    static List<String> sentences(String line) {
        List<String> out = new ArrayList<>(4);
        int n = line.length();
        int start = 0;
        for (int i = 1; i < n; i++) {
            char before = line.charAt(i - 1);
            if (!isRegexSpace(line.charAt(i)) || before != '.' && before != '!' && before != '?') {
                continue;
            }
            int k = i;
            while (k < n && isRegexSpace(line.charAt(k))) {
                k++;
            }
            if (k < n && opensSentence(line.codePointAt(k))) {
                out.add(line.substring(start, i));
                start = k;
            }
            i = k - 1;
        }
        out.add(start == 0 ? line : line.substring(start));
        return out;
    }

    /** The regex {@code \s} (not the Unicode spaces). */
    static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean opensSentence(int cp) {
        if ("#\"“‘'(«©".indexOf(cp) >= 0) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.UPPERCASE_LETTER || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
