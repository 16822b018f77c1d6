package io.wirestream.enrich.ner;

import java.util.List;
import java.util.Locale;

/**
 * Acronym tests: whether an acronym can be read off a sequence of words, each word giving a non-empty prefix in
 * order ("NATO" from "North Atlantic Treaty Organization", "EUFOR" from "European Union Force", "KFOR" from
 * "Kosovo Force"). Connector words ("of", "and", "the", "for") may give a prefix or be skipped. Stateless.
 */
public final class Acronyms {

    private Acronyms() {
    }

    /**
     * Whether {@code acronym} is an acronym of {@code words}.
     *
     * @param acronym an acronym; dots are ignored ("U.S."); at least two letters
     * @param words   the expansion's words, at least two
     * @return true if every non-connector word contributes a prefix and the prefixes spell the acronym
     */
    public static boolean isAcronymOf(String acronym, List<String> words) {
        String a = acronym.replace(".", "").toLowerCase(Locale.ROOT);
        if (a.length() < 2 || words.size() < 2 || a.length() > 12) {
            return false;
        }
        String[] w = words.stream().map(s -> s.toLowerCase(Locale.ROOT)).toArray(String[]::new);
        return align(a, 0, w, 0);
    }

    private static boolean align(String a, int ai, String[] w, int wi) {
        if (wi == w.length) {
            return ai == a.length();
        }
        boolean connector = NameLexicon.PHRASE_CONNECTORS.contains(w[wi]);
        if (connector && align(a, ai, w, wi + 1)) {
            return true;
        }
        if (ai == a.length()) {
            return false;
        }
        // Try every non-empty prefix of this word; words are short, so this stays cheap.
        for (int len = 1; len <= w[wi].length() && ai + len <= a.length(); len++) {
            if (w[wi].charAt(len - 1) != a.charAt(ai + len - 1)) {
                break;
            }
            if (align(a, ai + len, w, wi + 1)) {
                return true;
            }
        }
        return false;
    }
}
