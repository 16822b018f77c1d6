package io.wirestream.enrich.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Document-level post-processing of another {@link TokenNameFinder}'s names, the two rules of the rule tagger that
 * a local sequence model misses most often:
 * <ol>
 *   <li>Acronym joining: an all-caps token right before or after a bracketed expansion it abbreviates ("CMA
 *       [Coastal Monitoring Agency]", "Coastal Monitoring Agency (CMA)", see {@link Acronyms}) makes both one entity
 *       type: the expansion's type if it was tagged, else the acronym's, else ORGANIZATION.</li>
 *   <li>Surname linking: a capitalised token equal to the last word of a multi-word PERSON elsewhere in the
 *       document ("Kvist" after "Marta Kvist"), when it is untagged or tagged as a one-word name of another type,
 *       becomes a PERSON.</li>
 *   <li>Consistency: a name spelled the same way throughout the document takes the type most of its mentions
 *       have, when one type has a strict majority.</li>
 * </ol>
 * The rules act only where the text itself gives the evidence, so they hold no names.
 *
 * <p>Thread-safe if the delegate is; keeps no state between calls.
 */
public final class LinkingNameFinder implements TokenNameFinder {

    private static final int MAX_EXPANSION_TOKENS = 10;

    private final TokenNameFinder delegate;
    private final PlaceGazetteer gazetteer;

    /**
     * @param delegate  the finder whose names are post-processed, not null
     * @param gazetteer places, for what precedes a title ("US" in "US Secretary of Agriculture Dana Holm"); not null
     */
    public LinkingNameFinder(TokenNameFinder delegate, PlaceGazetteer gazetteer) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    @Override
    public List<List<TokenSpan>> find(List<List<Token>> sentences) {
        List<List<TokenSpan>> found = delegate.find(sentences);
        List<EntityType[]> types = new ArrayList<>(sentences.size());
        List<int[]> spanIds = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            int n = sentences.get(s).size();
            EntityType[] t = new EntityType[n];
            int[] ids = new int[n];
            int id = 1;
            for (TokenSpan span : found.get(s)) {
                for (int i = span.start(); i < span.end(); i++) {
                    t[i] = span.type();
                    ids[i] = id;
                }
                id++;
            }
            types.add(t);
            spanIds.add(ids);
        }
        for (int s = 0; s < sentences.size(); s++) {
            joinAcronyms(sentences.get(s), types.get(s), spanIds.get(s));
        }
        linkSurnames(sentences, found, types, spanIds);
        List<List<TokenSpan>> out = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            out.add(joinPlaces(sentences.get(s),
                    splitLocatives(sentences.get(s), splitTitles(sentences.get(s), spans(types.get(s), spanIds.get(s))))));
        }
        return consistent(sentences, out);
    }

    /**
     * A name that runs over a title into a person's name is split there: "US Secretary of Agriculture Dana Holm"
     * gives the LOCATION "US" (if the gazetteer lists it) and the PERSON "Dana Holm"; the title is no name.
     * A law cue followed by a number is one MISC name ("Article 12").
     */
    private List<TokenSpan> splitTitles(List<Token> tokens, List<TokenSpan> spans) {
        List<TokenSpan> out = new ArrayList<>(spans.size());
        for (int k = 0; k < spans.size(); k++) {
            TokenSpan span = spans.get(k);
            if (span.end() - span.start() >= 2 && courtesyTitled(tokens, span)) {
                // "Mr Obama" (British style, no period) is tagged as one name, often not a PERSON; the title is
                // no part of the name, and without it "Obama" joins "Barack Obama".
                out.add(new TokenSpan(EntityType.PERSON, span.start() + 1, span.end()));
                continue;
            }
            int title = -1;
            if (span.type() != EntityType.PERSON && span.end() - span.start() >= 3) {
                for (int i = span.end() - 2; i >= span.start(); i--) {
                    if (NameLexicon.TITLES.contains(lower(tokens.get(i).text()))) {
                        title = i;
                        break;
                    }
                }
            }
            if (title >= 0) {
                int person = title + 1;
                if (person + 1 < span.end() && tokens.get(person).text().equals("of")) {
                    person += 2; // "Secretary of Agriculture"
                }
                boolean names = person < span.end() && span.end() - person <= 3;
                for (int i = person; i < span.end() && names; i++) {
                    names = tokens.get(i).shape() == TokenShape.CAPITALIZED;
                }
                if (names) {
                    int prefixEnd = title;
                    while (prefixEnd > span.start()
                            && NameLexicon.TITLE_MODIFIERS.contains(lower(tokens.get(prefixEnd - 1).text()))) {
                        prefixEnd--;
                    }
                    if (prefixEnd > span.start() && gazetteer.exactMatch(tokens, span.start(), prefixEnd, false)
                            .filter(PlaceKind::isPlace).isPresent()) {
                        out.add(new TokenSpan(EntityType.LOCATION, span.start(), prefixEnd));
                    }
                    out.add(new TokenSpan(EntityType.PERSON, person, span.end()));
                    continue;
                }
            }
            if (span.end() - span.start() == 1 && span.end() < tokens.size()
                    && tokens.get(span.start()).shape() == TokenShape.CAPITALIZED
                    && NameLexicon.MISC_CUES.contains(lower(tokens.get(span.start()).text()))
                    && tokens.get(span.end()).shape() == TokenShape.NUMBER
                    && (k + 1 == spans.size() || spans.get(k + 1).start() > span.end())) {
                out.add(new TokenSpan(EntityType.MISC, span.start(), span.end() + 1));
                continue;
            }
            out.add(span);
        }
        return List.copyOf(out);
    }

    /**
     * An organisation or other name that runs on with "in" and a known city ("Institute for Humanities in
     * Vienna") is split there: the name without the locative, and the city as a LOCATION; without the split the
     * place is lost to linking and to "stories located in ..." searches. Only cities: "in" and a country or
     * region is far more often part of the name ("Organisation for Security and Cooperation in Europe",
     * "Interim Force in Lebanon", as CoNLL-2003 annotates them).
     */
    private List<TokenSpan> splitLocatives(List<Token> tokens, List<TokenSpan> spans) {
        List<TokenSpan> out = null;
        for (int k = 0; k < spans.size(); k++) {
            TokenSpan span = spans.get(k);
            int in = -1;
            if (span.type() == EntityType.ORGANIZATION || span.type() == EntityType.MISC) {
                for (int i = span.end() - 2; i > span.start(); i--) {
                    if (tokens.get(i).text().equals("in")) {
                        in = i;
                        break;
                    }
                }
            }
            boolean place = in > 0 && gazetteer.exactMatch(tokens, in + 1, span.end(), false)
                    .filter(kind -> kind == PlaceKind.CITY || kind == PlaceKind.CAPITAL).isPresent();
            if (!place) {
                if (out != null) {
                    out.add(span);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(spans.subList(0, k));
            }
            out.add(new TokenSpan(span.type(), span.start(), in));
            out.add(new TokenSpan(EntityType.LOCATION, in + 1, span.end()));
        }
        return out == null ? spans : List.copyOf(out);
    }

    /** Whether the span is a courtesy title and one to three capitalised words ("Mr Obama", "Dr. Ana Ruiz"). */
    private static boolean courtesyTitled(List<Token> tokens, TokenSpan span) {
        if (!NameLexicon.COURTESY_TITLES.contains(lower(tokens.get(span.start()).text())) || span.end() - span.start() > 4) {
            return false;
        }
        for (int i = span.start() + 1; i < span.end(); i++) {
            if (!tokens.get(i).shape().isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A place name with "and" in it that the model cut in two ("Bosnia" and "Herzegovina", "Trinidad" and
     * "Tobago", or "Bosnia" with "Herzegovina" left untagged) is one LOCATION when the gazetteer lists the whole
     * ("Bosnia and Herzegovina"); otherwise the linker would find two places, or one and a stray name.
     */
    private List<TokenSpan> joinPlaces(List<Token> tokens, List<TokenSpan> spans) {
        List<TokenSpan> out = null;
        for (int k = 0; k < spans.size(); k++) {
            TokenSpan span = spans.get(k);
            int end = -1;
            int connector = span.end();
            if (span.type() == EntityType.LOCATION && connector + 1 < tokens.size()
                    && (tokens.get(connector).text().equals("and") || tokens.get(connector).text().equals("&"))) {
                for (int e = Math.min(tokens.size(), connector + 4); e > connector + 1 && end < 0; e--) {
                    if (gazetteer.exactMatch(tokens, span.start(), e, false).filter(PlaceKind::isPlace).isPresent()) {
                        end = e;
                    }
                }
            }
            // Only when what follows is untagged or spans no further than the whole name.
            int next = k + 1;
            while (end >= 0 && next < spans.size() && spans.get(next).start() < end) {
                if (spans.get(next).end() > end) {
                    end = -1;
                }
                next++;
            }
            if (end < 0) {
                if (out != null) {
                    out.add(span);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(spans.subList(0, k));
            }
            out.add(new TokenSpan(EntityType.LOCATION, span.start(), end));
            k = next - 1;
        }
        return out == null ? spans : List.copyOf(out);
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Gives every name the type most of its spellings have in the document, when a strict majority exists
     * ("CMA" tagged a LOCATION once and an ORGANIZATION twice is an ORGANIZATION throughout).
     */
    private static List<List<TokenSpan>> consistent(List<List<Token>> sentences, List<List<TokenSpan>> spans) {
        Map<String, int[]> votes = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (TokenSpan span : spans.get(s)) {
                votes.computeIfAbsent(text(sentences.get(s), span), k -> new int[EntityType.values().length])
                        [span.type().ordinal()]++;
            }
        }
        List<List<TokenSpan>> out = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            List<TokenSpan> fixed = new ArrayList<>(spans.get(s).size());
            for (TokenSpan span : spans.get(s)) {
                int[] v = votes.get(text(sentences.get(s), span));
                int total = 0;
                int best = span.type().ordinal();
                for (int t = 0; t < v.length; t++) {
                    total += v[t];
                    if (v[t] > v[best]) {
                        best = t;
                    }
                }
                EntityType type = v[best] * 2 > total ? EntityType.values()[best] : span.type();
                fixed.add(type == span.type() ? span : new TokenSpan(type, span.start(), span.end()));
            }
            out.add(List.copyOf(fixed));
        }
        return List.copyOf(out);
    }

    private static String text(List<Token> tokens, TokenSpan span) {
        if (span.end() - span.start() == 1) {
            return tokens.get(span.start()).text();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = span.start(); i < span.end(); i++) {
            sb.append(i > span.start() ? " " : "").append(tokens.get(i).text());
        }
        return sb.toString();
    }

    private static List<TokenSpan> spans(EntityType[] types, int[] ids) {
        List<TokenSpan> out = new ArrayList<>();
        for (int i = 0; i < types.length; ) {
            if (types[i] == null) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < types.length && types[end] == types[i] && ids[end] == ids[i]) {
                end++;
            }
            out.add(new TokenSpan(types[i], i, end));
            i = end;
        }
        return List.copyOf(out);
    }

    private static void joinAcronyms(List<Token> tokens, EntityType[] types, int[] ids) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).shape() != TokenShape.ALL_CAPS) {
                continue;
            }
            String acronym = tokens.get(i).text();
            // ACRONYM [Expansion] or ACRONYM (Expansion)
            if (i + 2 < tokens.size() && isOpen(tokens.get(i + 1).text())) {
                int close = closing(tokens, i + 2);
                if (close > i + 3 && isExpansion(acronym, tokens, i + 2, close)) {
                    unify(types, ids, i, i + 2, close);
                }
            }
            // Expansion (ACRONYM)
            if (i >= 2 && i + 1 < tokens.size() && isOpen(tokens.get(i - 1).text())
                    && isClose(tokens.get(i + 1).text())) {
                int end = i - 1;
                // The shortest expansion: "Director General of the Baltic Fishing Rights Commission (BFRC)".
                for (int start = end - 2; start >= Math.max(0, end - MAX_EXPANSION_TOKENS); start--) {
                    if (tokens.get(start).shape().isCapitalized() && isExpansion(acronym, tokens, start, end)) {
                        unify(types, ids, i, start, end);
                        break;
                    }
                }
            }
        }
    }

    private static void unify(EntityType[] types, int[] ids, int acronym, int from, int to) {
        EntityType type = types[from] != null ? types[from] : types[acronym] != null ? types[acronym]
                : EntityType.ORGANIZATION;
        types[acronym] = type;
        ids[acronym] = -1 - acronym; // an entity of its own
        int id = -1000 - from;
        // Clear names that stick out of the expansion, then mark it as one name.
        clearOverlapping(types, ids, from, to);
        for (int i = from; i < to; i++) {
            types[i] = type;
            ids[i] = id;
        }
    }

    private static void clearOverlapping(EntityType[] types, int[] ids, int from, int to) {
        Set<Integer> touched = new HashSet<>();
        for (int i = from; i < to; i++) {
            if (types[i] != null) {
                touched.add(ids[i]);
            }
        }
        for (int i = 0; i < types.length; i++) {
            if (types[i] != null && touched.contains(ids[i]) && (i < from || i >= to)) {
                types[i] = null;
                ids[i] = 0;
            }
        }
    }

    private static boolean isOpen(String t) {
        return t.equals("(") || t.equals("[");
    }

    private static boolean isClose(String t) {
        return t.equals(")") || t.equals("]");
    }

    private static int closing(List<Token> tokens, int from) {
        for (int j = from; j < tokens.size() && j <= from + MAX_EXPANSION_TOKENS; j++) {
            if (isClose(tokens.get(j).text())) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isExpansion(String acronym, List<Token> tokens, int from, int to) {
        List<String> words = new ArrayList<>(to - from);
        for (int j = from; j < to; j++) {
            String w = tokens.get(j).text();
            if (!Character.isLetter(w.charAt(0))) {
                return false;
            }
            words.add(w);
        }
        return tokens.get(from).shape().isCapitalized() && tokens.get(to - 1).shape().isCapitalized()
                && Acronyms.isAcronymOf(acronym, words);
    }

    private static void linkSurnames(List<List<Token>> sentences, List<List<TokenSpan>> found,
                                        List<EntityType[]> types, List<int[]> spanIds) {
        Map<String, Boolean> surnames = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            for (TokenSpan span : found.get(s)) {
                if (span.type() == EntityType.PERSON && span.end() - span.start() >= 2) {
                    Token last = tokens.get(span.end() - 1);
                    if (last.shape() == TokenShape.CAPITALIZED && last.text().length() > 1) {
                        surnames.put(last.text(), Boolean.TRUE);
                    }
                }
            }
        }
        capitalisedPeople(sentences, found, types);
        if (surnames.isEmpty()) {
            return;
        }
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            EntityType[] t = types.get(s);
            int[] ids = spanIds.get(s);
            for (int i = 0; i < tokens.size(); i++) {
                if (!surnames.containsKey(tokens.get(i).text()) || t[i] == EntityType.PERSON) {
                    continue;
                }
                boolean single = t[i] == null
                        || (i == 0 || ids[i - 1] != ids[i]) && (i + 1 == tokens.size() || ids[i + 1] != ids[i]);
                boolean nextIsName = i + 1 < tokens.size() && tokens.get(i + 1).shape() == TokenShape.CAPITALIZED
                        && t[i + 1] == null;
                if (single && !nextIsName) {
                    t[i] = EntityType.PERSON;
                    ids[i] = -100000 - i;
                }
            }
        }
    }

    /**
     * Entertainment and tabloid copy writes a person's name in capitals on first mention ("SUGE KNIGHT"), which
     * the model, trained on mixed case, takes for an organisation. An all-caps name of two to four words whose
     * last word is, in title case, the last word of a PERSON elsewhere in the story ("Knight") is a PERSON.
     */
    private static void capitalisedPeople(List<List<Token>> sentences, List<List<TokenSpan>> found,
                                          List<EntityType[]> types) {
        Set<String> personWords = new HashSet<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (TokenSpan span : found.get(s)) {
                Token last = sentences.get(s).get(span.end() - 1);
                if (span.type() == EntityType.PERSON && last.shape() == TokenShape.CAPITALIZED) {
                    personWords.add(last.text());
                }
            }
        }
        if (personWords.isEmpty()) {
            return;
        }
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            for (TokenSpan span : found.get(s)) {
                int n = span.end() - span.start();
                if (span.type() == EntityType.PERSON || n < 2 || n > 4) {
                    continue;
                }
                boolean caps = true;
                for (int i = span.start(); i < span.end() && caps; i++) {
                    caps = tokens.get(i).shape() == TokenShape.ALL_CAPS;
                }
                String last = tokens.get(span.end() - 1).text();
                String titled = last.charAt(0) + last.substring(1).toLowerCase(java.util.Locale.ROOT);
                if (caps && personWords.contains(titled)) {
                    java.util.Arrays.fill(types.get(s), span.start(), span.end(), EntityType.PERSON);
                }
            }
        }
    }
}
