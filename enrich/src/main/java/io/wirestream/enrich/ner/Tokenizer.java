package io.wirestream.enrich.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into word, number and punctuation tokens with character offsets.
 *
 * <ul>
 *   <li>Words keep inner hyphens, apostrophes and ampersands ("hard-won", "O'Brien", "AT&amp;T").</li>
 *   <li>A possessive {@code 's} / {@code ’s} is a token of its own ("Rutte's" gives "Rutte", "'s"), as in the
 *       Penn Treebank and CoNLL-2003, so names never include it.</li>
 *   <li>Dotted acronyms are one token with their dots ("U.S.", "J.R.R."); so are a few title and company
 *       abbreviations with their period ("Mr.", "Dr.", "Inc.") and initials ("W.").</li>
 *   <li>Numbers keep inner separators ("100.000", "3.5", "4,600", "10:30") and a letter suffix ("1990s").</li>
 *   <li>Any other non-space character is a one-character token.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class Tokenizer {

    /** Abbreviations that keep their period, so that "Mr." stays one token. */
    private static final Set<String> DOTTED = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "gov", "rep", "lt", "col", "sgt", "capt",
            "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs", "messrs", "mt", "ft", "adm", "cmdr", "maj",
            "rev", "hon", "pres", "bros", "brig");

    /** Creates a tokenizer. */
    public Tokenizer() {
    }

    /**
     * Tokenizes {@code text}.
     *
     * @param text any text, not null
     * @return tokens in order, with offsets into {@code text}; never null
     */
    public List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /**
     * Tokenizes the region {@code [from, to)} of {@code text}; offsets are into {@code text}.
     *
     * @param text any text, not null
     * @param from start of the region
     * @param to   end of the region, exclusive
     * @return tokens in order; never null
     */
    public List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>(Math.max(4, (to - from) / 5));
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            int start = i;
            int end = match(text, i, to);
            if (end < 0) { // a surrogate pair cut by the region end: no token, as with the regex before
                i++;
                continue;
            }
            i = end;
            if (isLetter(Character.codePointAt(text, start)) && isPossessive(text, start, end)) {
                out.add(new Token(text.substring(start, end - 2), start, end - 2));
                out.add(new Token(text.substring(end - 2, end), end - 2, end));
                continue;
            }
            if (end < to && text.charAt(end) == '.' && Character.isLetter(c)
                    && (end - start == 1 && Character.isUpperCase(c)
                    || DOTTED.contains(text.substring(start, end).toLowerCase(Locale.ROOT)))) {
                end++;
                i = end;
            }
            out.add(new Token(text.substring(start, end), start, end));
        }
        return out;
    }

    /*
     * A hand-written scanner for what was the regex (the tokenizer runs over every body, and the regex with a
     * matcher per token was its main cost):
     *   \p{Lu}(?:\.\p{Lu})+\.?                                   dotted acronym
     *   | \p{N}+(?:[.,:/]\p{N}+)*\p{L}*                           number
     *   | [\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{M}\p{N}]+)*   word
     *   | \S                                                     anything else
     * tried in that order at each position, by code point; the groups are greedy and nothing follows them, so
     * each takes as much as it can. TokenizerTest compares the two on generated text.
     */

    /** End of the token starting at non-space {@code i}, or -1 when its code point crosses {@code to}. */
    private static int match(String text, int i, int to) {
        int cp = Character.codePointAt(text, i);
        int next = i + Character.charCount(cp);
        if (next > to) {
            return -1;
        }
        if (isUpper(cp)) {
            int end = acronymEnd(text, next, to);
            if (end > 0) {
                return end;
            }
        }
        if (isNumber(cp)) {
            int k = run(text, next, to, NUMBER);
            while (k < to && isNumberSeparator(text.charAt(k))) {
                int after = run(text, k + 1, to, NUMBER);
                if (after == k + 1) {
                    break;
                }
                k = after;
            }
            return run(text, k, to, LETTER);
        }
        if (isLetter(cp) || isMark(cp)) {
            int k = run(text, next, to, WORD);
            while (k < to && isWordJoiner(text.charAt(k))) {
                int after = run(text, k + 1, to, WORD);
                if (after == k + 1) {
                    break;
                }
                k = after;
            }
            return k;
        }
        return next;
    }

    /** After an upper-case letter: the end of {@code (?:\.\p{Lu})+\.?}, or -1 when there is no such run. */
    private static int acronymEnd(String text, int k, int to) {
        int end = -1;
        while (k + 1 < to && text.charAt(k) == '.') {
            int cp = Character.codePointAt(text, k + 1);
            int next = k + 1 + Character.charCount(cp);
            if (next > to || !isUpper(cp)) {
                break;
            }
            k = next;
            end = k;
        }
        if (end > 0 && end < to && text.charAt(end) == '.') {
            end++;
        }
        return end;
    }

    private static final int NUMBER = 0;
    private static final int LETTER = 1;
    private static final int WORD = 2;

    /** The end of the run of code points of {@code kind} starting at {@code k}. */
    private static int run(String text, int k, int to, int kind) {
        while (k < to) {
            char c = text.charAt(k);
            if (c < 0x80) {
                boolean in = switch (kind) {
                    case NUMBER -> c >= '0' && c <= '9';
                    case LETTER -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
                    default -> c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
                };
                if (!in) {
                    return k;
                }
                k++;
                continue;
            }
            int cp = Character.codePointAt(text, k);
            int next = k + Character.charCount(cp);
            boolean in = switch (kind) {
                case NUMBER -> isNumber(cp);
                case LETTER -> isLetter(cp);
                default -> isLetter(cp) || isMark(cp) || isNumber(cp);
            };
            if (!in || next > to) {
                return k;
            }
            k = next;
        }
        return k;
    }

    /** {@code .+['’][sS]} on a word token. */
    private static boolean isPossessive(String text, int start, int end) {
        if (end - start < 3) {
            return false;
        }
        char s = text.charAt(end - 1);
        char apostrophe = text.charAt(end - 2);
        return (s == 's' || s == 'S') && (apostrophe == '\'' || apostrophe == '\u2019');
    }

    /** The regex {@code \s}: the characters that separate tokens. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isNumberSeparator(char c) {
        return c == '.' || c == ',' || c == ':' || c == '/';
    }

    private static boolean isWordJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019' || c == '&';
    }

    private static boolean isUpper(int cp) {
        return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : Character.getType(cp) == Character.UPPERCASE_LETTER;
    }

    /** {@code \p{L}}. */
    private static boolean isLetter(int cp) {
        return cp < 0x80 ? cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' : Character.isLetter(cp);
    }

    /** {@code \p{N}}. */
    private static boolean isNumber(int cp) {
        if (cp < 0x80) {
            return cp >= '0' && cp <= '9';
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** {@code \p{M}}. */
    private static boolean isMark(int cp) {
        if (cp < 0x80) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
