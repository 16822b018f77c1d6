package io.wirestream.enrich.text;

import java.util.Arrays;

/**
 * The words, numbers and symbols of a text with their offsets, from one scan of the characters.
 *
 * <ul>
 *   <li>A word is a run of letters and digits that starts with a letter, with inner hyphens and apostrophes
 *       ("hard-won", "O'Neill"); a possessive {@code 's} is kept in the word.</li>
 *   <li>A number starts with a digit and keeps inner separators {@code . , : / -} between digits and a letter
 *       suffix: "100.000", "4,600", "2025-03-11", "1.2bn", "1990s".</li>
 *   <li>Any other non-space character is a token of its own ("$", "€", "%", quotation marks, commas).</li>
 * </ul>
 * Offsets are UTF-16 offsets into the scanned text, end exclusive, the coordinate system of entity mentions.
 *
 * <p>Immutable after {@link #scan(String)}; safe to read from several threads.
 */
public final class Words {

    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int size;

    private Words(String text, int[] starts, int[] ends, int size) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    /**
     * Scans {@code text}.
     *
     * @param text any text, not null
     * @return its tokens
     */
    public static Words scan(String text) {
        int n = text.length();
        int[] starts = new int[Math.max(16, n / 5)];
        int[] ends = new int[starts.length];
        int size = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                i++;
                continue;
            }
            int start = i;
            if (Character.isDigit(c)) {
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isDigit(d) || Character.isLetter(d)) {
                        i++;
                    } else if ((d == '.' || d == ',' || d == ':' || d == '/' || d == '-') && i + 1 < n
                            && Character.isDigit(text.charAt(i + 1)) && Character.isDigit(text.charAt(i - 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
            } else if (Character.isLetter(c)) {
                i++;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        i++;
                    } else if ((d == '-' || d == '\'' || d == '\u2019') && i + 1 < n
                            && Character.isLetter(text.charAt(i + 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
            } else {
                i++;
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size] = i;
            size++;
        }
        return new Words(text, starts, ends, size);
    }

    /** The scanned text. */
    public String source() {
        return text;
    }

    /** Number of tokens. */
    public int size() {
        return size;
    }

    /** Offset of token {@code i}. */
    public int start(int i) {
        return starts[i];
    }

    /** Offset after token {@code i}. */
    public int end(int i) {
        return ends[i];
    }

    /** The text of token {@code i}. */
    public String text(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** The first character of token {@code i}, or NUL when {@code i} is out of range. */
    public char first(int i) {
        return i < 0 || i >= size ? '\0' : text.charAt(starts[i]);
    }

    /** Whether token {@code i} exists and starts with a digit. */
    public boolean isNumber(int i) {
        return i >= 0 && i < size && Character.isDigit(text.charAt(starts[i]));
    }

    /** The integer value of token {@code i} when it is all digits and at most 9 long, else -1. */
    public int digitValue(int i) {
        if (!isNumber(i) || end(i) - start(i) > 9) {
            return -1;
        }
        int v = 0;
        for (int k = start(i); k < end(i); k++) {
            char c = text.charAt(k);
            if (!Character.isDigit(c)) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Whether token {@code i} exists and starts with a letter. */
    public boolean isWord(int i) {
        return i >= 0 && i < size && Character.isLetter(text.charAt(starts[i]));
    }

    /** Whether token {@code i} exists and starts with an upper-case letter. */
    public boolean isCapitalized(int i) {
        return i >= 0 && i < size && Character.isUpperCase(text.charAt(starts[i]));
    }

    /** Whether token {@code i} exists and is the single character {@code c}. */
    public boolean isChar(int i, char c) {
        return i >= 0 && i < size && ends[i] - starts[i] == 1 && text.charAt(starts[i]) == c;
    }

    /** Whether token {@code i} exists and equals {@code word}, ignoring case. */
    public boolean is(int i, String word) {
        if (i < 0 || i >= size || ends[i] - starts[i] != word.length()) {
            return false;
        }
        // The extractors ask every token for dozens of words: reject on the first character when both are ASCII
        // (only then does ignoring case reduce to ASCII folding; "K" the Kelvin sign equals "k", say).
        char c = text.charAt(starts[i]);
        char w = word.charAt(0);
        if ((c | w) < 0x80 && asciiLower(c) != asciiLower(w)) {
            return false;
        }
        return text.regionMatches(true, starts[i], word, 0, word.length());
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** Whether token {@code i} equals, ignoring case, any of {@code words}. */
    public boolean isAny(int i, String... words) {
        for (String w : words) {
            if (is(i, w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a paragraph break ({@code \n\n}) or a sentence end ({@code . ! ?}) lies between tokens i and j. */
    public boolean breakBetween(int i, int j) {
        for (int k = ends[i]; k < starts[j]; k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '.' || c == '!' || c == '?') {
                return true;
            }
        }
        return false;
    }

    /** The index of the first token that starts at or after {@code offset} ({@link #size()} when none). */
    public int indexAtOrAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
