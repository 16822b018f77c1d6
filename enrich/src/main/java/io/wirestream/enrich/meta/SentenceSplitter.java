package io.wirestream.enrich.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into sentences for news English (and, roughly, other Latin-script languages).
 *
 * <p>A sentence ends at {@code . ! ? …} (with any closing quotes or brackets) followed by whitespace and a
 * character that is not a lower-case letter, and always at a blank line (paragraph break). A period does
 * <em>not</em> end a sentence after:
 * <ul>
 *   <li>a title or other abbreviation that is always followed by more ("Mr.", "Dr.", "Gen.", "St.", "e.g.");</li>
 *   <li>a number abbreviation before a number ("No. 5", "Art. 12", "pp. 4");</li>
 *   <li>a single capital letter, an initial ("George W. Bush", "J. R. R. Tolkien");</li>
 *   <li>a dotted acronym or an ambiguous abbreviation ("U.S.", "Inc.", "Jan."), unless the next word is a typical
 *       sentence opener ("The", "He", "But", ...).</li>
 * </ul>
 * Decimal and thousand separators ("3.5", "100.000", "4,600") never split: the period is not followed by space.
 *
 * <p>Immutable and thread-safe.
 */
public final class SentenceSplitter {

    /** Abbreviations that are never the last word of a sentence. */
    private static final Set<String> ALWAYS_ABBREVIATION = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
            "maj", "brig", "gov", "sen", "rep", "rev", "hon", "pres", "messrs", "mt", "ft", "vs", "e.g", "i.e",
            "approx", "dept", "univ", "cf", "ca", "ave", "blvd");
    /** Abbreviations that precede a number ("No. 5"). */
    private static final Set<String> NUMBER_ABBREVIATION = Set.of(
            "no", "nos", "art", "arts", "vol", "fig", "figs", "pp", "p", "para", "ch", "sec", "tel", "op");
    /** Abbreviations that may also end a sentence. */
    private static final Set<String> AMBIGUOUS_ABBREVIATION = Set.of(
            "inc", "ltd", "co", "corp", "bros", "plc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "etc");
    /** Words that typically open a sentence; after an ambiguous abbreviation they signal a boundary. */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
            "but", "and", "or", "so", "yet", "in", "on", "at", "for", "from", "with", "by", "as", "after", "before",
            "when", "while", "if", "since", "although", "however", "meanwhile", "his", "her", "its", "their", "our",
            "some", "many", "most", "all", "no", "not", "one", "two", "last", "earlier", "later", "then", "also");

    private static final String CLOSERS = "\"'”’»)]}";
    private static final String TERMINATORS = ".!?…";

    /** Creates a splitter with the built-in abbreviation lists. */
    public SentenceSplitter() {
    }

    /**
     * Splits {@code text} into sentences.
     *
     * @param text any text, not null
     * @return the sentences in order, trimmed of surrounding whitespace; empty for blank text
     */
    public List<SentenceSpan> split(String text) {
        List<SentenceSpan> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' && isParagraphBreak(text, i)) {
                add(text, start, i, out);
                start = i;
                i = skipWhitespace(text, i);
                continue;
            }
            if (TERMINATORS.indexOf(c) >= 0) {
                int j = i + 1;
                while (j < n && (TERMINATORS.indexOf(text.charAt(j)) >= 0 || CLOSERS.indexOf(text.charAt(j)) >= 0)) {
                    j++;
                }
                if ((j == n || Character.isWhitespace(text.charAt(j))) && endsSentence(text, i, j)) {
                    add(text, start, j, out);
                    start = j;
                }
                i = j;
                continue;
            }
            i++;
        }
        add(text, start, n, out);
        return out;
    }

    /** Whether the terminator run {@code [dot, afterRun)} ends a sentence. */
    private static boolean endsSentence(String text, int dot, int afterRun) {
        int k = skipWhitespace(text, afterRun);
        if (k >= text.length()) {
            return true;
        }
        char next = text.charAt(k);
        if (Character.isLowerCase(next)) {
            return false;
        }
        if (text.charAt(dot) != '.' || afterRun != dot + 1) {
            return true; // "!", "?", "…", or a period followed by a closing quote or bracket
        }
        String word = wordBefore(text, dot);
        if (word.isEmpty()) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (ALWAYS_ABBREVIATION.contains(lower)) {
            return false;
        }
        if (NUMBER_ABBREVIATION.contains(lower) && Character.isDigit(next)) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial
        }
        boolean dottedAcronym = isDottedAcronym(word);
        if (dottedAcronym || AMBIGUOUS_ABBREVIATION.contains(lower)) {
            return SENTENCE_OPENERS.contains(nextWord(text, k).toLowerCase(Locale.ROOT));
        }
        return true;
    }

    /**
     * {@code (?:\p{L}\.)+\p{L}} ("U.S", "e.g"), checked by hand: String.matches compiled the regex at every
     * period. The word holds only BMP letters and periods ({@link #wordBefore}).
     */
    private static boolean isDottedAcronym(String word) {
        int n = word.length();
        if (n < 3 || n % 2 == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if ((word.charAt(i) == '.') != (i % 2 == 1)) {
                return false;
            }
        }
        return true;
    }

    /** The run of letters and inner periods that ends just before {@code dot}. */
    private static String wordBefore(String text, int dot) {
        int b = dot;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        return text.substring(b, dot);
    }

    private static String nextWord(String text, int k) {
        int e = k;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(k, e);
    }

    private static boolean isParagraphBreak(String text, int newline) {
        int k = newline + 1;
        while (k < text.length() && text.charAt(k) != '\n' && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k < text.length() && text.charAt(k) == '\n';
    }

    private static int skipWhitespace(String text, int k) {
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k;
    }

    private static void add(String text, int start, int end, List<SentenceSpan> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new SentenceSpan(start, end));
        }
    }
}
