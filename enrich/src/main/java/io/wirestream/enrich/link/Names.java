package io.wirestream.enrich.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Name keys for lookups: accents folded, lower case, typographic apostrophes made straight, spacing collapsed, a
 * leading "the" dropped ("The Hague" keeps it: only names listed without it lose it, as both forms are indexed).
 */
final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    /** "EUFOR [European Union Force]", "European Union Force (EUFOR)": both parts name the entity. */
    private static final Pattern BRACKETED = Pattern.compile("^(.+?)\\s*[\\[(]([^\\])]+)[\\])]\\s*$");

    private Names() {
    }

    /** The lookup key of a name; empty for a blank name. */
    static String key(String name) {
        String s = name.indexOf('’') >= 0 ? name.replace('’', '\'') : name;
        if (!isAscii(s)) {
            s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        }
        s = SPACE.matcher(s.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        return s;
    }

    /**
     * The keys to try for a name as written in a story, best first: the whole name, then without a leading "the",
     * then each part of a bracketed form.
     */
    static List<String> variants(String name) {
        Set<String> out = new LinkedHashSet<>();
        String key = key(name);
        add(out, key);
        var m = BRACKETED.matcher(name.strip());
        if (m.matches()) {
            add(out, key(m.group(1)));
            add(out, key(m.group(2)));
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

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
