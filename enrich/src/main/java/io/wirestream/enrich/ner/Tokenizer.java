package io.wirestream.enrich.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern TOKEN = Pattern.compile(
            "\\p{Lu}(?:\\.\\p{Lu})+\\.?"
                    + "|\\p{N}+(?:[.,:/]\\p{N}+)*\\p{L}*"
                    + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[-'’&][\\p{L}\\p{M}\\p{N}]+)*"
                    + "|\\S");
    private static final Pattern POSSESSIVE = Pattern.compile(".+['’][sS]");
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
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String word = m.group();
            if (Character.isLetter(word.codePointAt(0)) && POSSESSIVE.matcher(word).matches()) {
                out.add(new Token(text.substring(start, end - 2), start, end - 2));
                out.add(new Token(text.substring(end - 2, end), end - 2, end));
                continue;
            }
            if (end < to && text.charAt(end) == '.' && Character.isLetter(word.charAt(0))
                    && (DOTTED.contains(word.toLowerCase(Locale.ROOT))
                    || word.length() == 1 && Character.isUpperCase(word.charAt(0)))) {
                end++;
                m.region(end, to);
            }
            out.add(new Token(text.substring(start, end), start, end));
        }
        return out;
    }
}
