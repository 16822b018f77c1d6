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
    private final SpanRules spanRules;

    /**
     * @param delegate  the finder whose names are post-processed, not null
     * @param gazetteer places, for what precedes a title ("US" in "US Secretary of Agriculture Dana Holm"); not null
     */
    public LinkingNameFinder(TokenNameFinder delegate, PlaceGazetteer gazetteer) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.spanRules = new SpanRules(Objects.requireNonNull(gazetteer, "gazetteer"));
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
            out.add(spanRules.apply(sentences.get(s), spans(types.get(s), spanIds.get(s))));
        }
        return consistent(sentences, out);
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
