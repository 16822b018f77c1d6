package io.wirestream.enrich.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into lower-cased words for the lexicon and the keyphrases: runs of letters and digits, with
 * hyphens and apostrophes inside a word kept ({@code post-war}, {@code d'etat}) and a possessive {@code 's}
 * dropped ({@code NATO's} is {@code nato}). A word records whether punctuation other than a hyphen or apostrophe
 * came between it and the word before, so phrases do not run across a comma or a sentence end. Stateless.
 */
final class WordScan {

    /**
     * A word of the text.
     *
     * @param lower        the word in lower case
     * @param start        offset of its first character
     * @param end          offset after its last character (before a dropped {@code 's})
     * @param breakBefore  true when punctuation separates it from the previous word (or it is the first)
     */
    record Word(String lower, int start, int end, boolean breakBefore) {
    }

    private WordScan() {
    }

    static List<Word> words(String text) {
        List<Word> out = new ArrayList<>(Math.max(16, text.length() / 6));
        int n = text.length();
        int i = 0;
        boolean pendingBreak = true;
        while (i < n) {
            char ch = text.charAt(i);
            if (!Character.isLetterOrDigit(ch)) {
                if (!Character.isWhitespace(ch)) {
                    pendingBreak = true;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i++;
                } else if ((c == '-' || c == '\'' || c == '\u2019') && i + 1 < n
                        && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            int end = i;
            if (end - start > 2 && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')
                    && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
                end -= 2;
            }
            String lower = text.substring(start, end).toLowerCase(Locale.ROOT);
            if (lower.indexOf('\u2019') >= 0) {
                lower = lower.replace('\u2019', '\'');
            }
            out.add(new Word(lower, start, end, pendingBreak));
            pendingBreak = false;
        }
        return out;
    }
}
