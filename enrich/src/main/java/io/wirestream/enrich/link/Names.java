package io.wirestream.enrich.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Name keys for lookups: accents folded, lower case, typographic apostrophes made straight, spacing collapsed, a
 * leading "the" dropped ("The Hague" keeps it: only names listed without it lose it, as both forms are indexed).
 */
final class Names {

    /** "EUFOR [European Union Force]", "European Union Force (EUFOR)": both parts name the entity. */
    private static final Pattern BRACKETED = Pattern.compile("^(.+?)\\s*[\\[(]([^\\])]+)[\\])]\\s*$");

    private Names() {
    }

    /**
     * The lookup key of a name; empty for a blank name. One pass without regular expressions: this runs for every
     * name of the place table at load time and for every entity of every article.
     */
    static String key(String name) {
        String s = name;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                s = fold(s);
                break;
            }
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isWhitespace(ch)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            if (ch >= 'A' && ch <= 'Z') {
                out.append((char) (ch + ('a' - 'A')));
            } else {
                out.append(ch < 128 ? ch : Character.toLowerCase(ch));
            }
        }
        return out.toString();
    }

    /** Accents off ("Priština" to "Pristina"), typographic apostrophes straight, non-breaking spaces plain. */
    private static String fold(String s) {
        String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
            char ch = nfd.charAt(i);
            int type = Character.getType(ch);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            out.append(ch == '\u2019' ? '\'' : ch == '\u00a0' ? ' ' : ch);
        }
        return out.toString();
    }

    /**
     * The keys to try for a name as written in a story, best first: the whole name, then without a leading "the",
     * then each part of a bracketed form.
     */
    static List<String> variants(String name) {
        Set<String> out = new LinkedHashSet<>();
        String key = key(name);
        add(out, key);
        if (name.indexOf('[') >= 0 || name.indexOf('(') >= 0) {
            var m = BRACKETED.matcher(name.strip());
            if (m.matches()) {
                add(out, key(m.group(1)));
                add(out, key(m.group(2)));
            }
        }
        return new ArrayList<>(out);
    }

    private static void add(Set<String> out, String key) {
        if (key.isEmpty()) {
            return;
        }
        out.add(key);
        if (key.startsWith("the ") && key.length() > 4) {
            out.add(key.substring(4));
        }
    }

}
