package io.wirestream.enrich.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Weighted cue terms per Media Topic, read from a TSV of {@code qcode, weight, term|term|...}. A term is one to
 * {@value #MAX_WORDS} lower-case words; the plural of its last word is added too ({@code troop} gives
 * {@code troops}). A term listed for a level-2 topic also counts for its parent, with the
 * larger of the two weights when both list it. The bundled lexicon ({@link #bundled}) is hand-written for English
 * news copy. Immutable and thread-safe.
 */
public final class TopicLexicon {

    /** Longest term, in words. */
    public static final int MAX_WORDS = 3;
    private static final String BUNDLED = "topic-lexicon.tsv";

    /** A topic a term is a cue for, by taxonomy index, and its weight. */
    record Cue(int topic, double weight) {
    }

    private final Map<String, Cue[]> cues;
    /** Every proper word prefix of a multi-word term ("peace", "peace talks" for "peace talks held"). */
    private final Set<String> prefixes;

    /**
     * @param taxonomy the topics the lexicon's codes must name, not null
     * @param lines    the TSV lines; blank lines and {@code #} comments are skipped
     * @throws IllegalArgumentException on a malformed line or a code not in the taxonomy
     */
    public TopicLexicon(MediaTopicTaxonomy taxonomy, List<String> lines) {
        Objects.requireNonNull(taxonomy, "taxonomy");
        Map<String, Map<Integer, Double>> explicit = new HashMap<>();
        Map<String, Map<Integer, Double>> plurals = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalArgumentException("expected qcode, weight, terms: " + line);
            }
            Topic topic = taxonomy.topic(f[0])
                    .orElseThrow(() -> new IllegalArgumentException("code not in the taxonomy: " + line));
            double weight = Double.parseDouble(f[1]);
            for (String raw : f[2].split("\\|")) {
                String term = raw.strip();
                if (term.isEmpty()) {
                    continue;
                }
                if (term.split(" ").length > MAX_WORDS) {
                    throw new IllegalArgumentException("term longer than " + MAX_WORDS + " words: " + term);
                }
                put(explicit, term, topic, weight, taxonomy);
                put(plurals, plural(term), topic, weight, taxonomy);
            }
        }
        plurals.forEach((term, byTopic) -> {
            Map<Integer, Double> merged = explicit.computeIfAbsent(term, k -> new HashMap<>());
            byTopic.forEach((t, w) -> merged.merge(t, w, Math::max));
        });
        Map<String, Cue[]> built = new HashMap<>();
        Set<String> starts = new HashSet<>();
        explicit.forEach((term, byTopic) -> {
            List<Cue> list = new ArrayList<>();
            byTopic.forEach((t, w) -> list.add(new Cue(t, w)));
            built.put(term, list.toArray(new Cue[0]));
            int space = term.indexOf(' ');
            while (space > 0) {
                starts.add(term.substring(0, space));
                space = term.indexOf(' ', space + 1);
            }
        });
        this.cues = Map.copyOf(built);
        this.prefixes = Set.copyOf(starts);
    }

    /** The lexicon bundled with the enricher, over {@code taxonomy} (which must hold its codes). */
    public static TopicLexicon bundled(MediaTopicTaxonomy taxonomy) {
        return new TopicLexicon(taxonomy, MediaTopicTaxonomy.resourceLines(BUNDLED));
    }

    /** The cues of a term, or null when it is not one. */
    Cue[] cues(String term) {
        return cues.get(term);
    }

    /** True when some longer term starts with these words. */
    boolean isPrefix(String words) {
        return prefixes.contains(words);
    }

    /** The number of terms, plurals included. */
    public int size() {
        return cues.size();
    }

    private static void put(Map<String, Map<Integer, Double>> map, String term, Topic topic, double weight,
                            MediaTopicTaxonomy taxonomy) {
        Map<Integer, Double> byTopic = map.computeIfAbsent(term, k -> new HashMap<>());
        byTopic.merge(topic.index(), weight, Math::max);
        if (!topic.topLevel()) {
            int parent = taxonomy.topic(topic.parent()).orElseThrow().index();
            byTopic.merge(parent, weight, Math::max);
        }
    }

    static String plural(String term) {
        int space = term.lastIndexOf(' ');
        String head = term.substring(0, space + 1);
        String last = term.substring(space + 1);
        if (last.isEmpty() || !Character.isLetter(last.charAt(last.length() - 1))) {
            return term;
        }
        String p;
        if (last.endsWith("s") || last.endsWith("x") || last.endsWith("ch") || last.endsWith("sh")) {
            p = last + "es";
        } else if (last.endsWith("y") && last.length() > 1 && "aeiou".indexOf(last.charAt(last.length() - 2)) < 0) {
            p = last.substring(0, last.length() - 1) + "ies";
        } else {
            p = last + "s";
        }
        return head + p;
    }
}
