package io.wirestream.enrich.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Classifies a story into Media Topics from its text with a weighted lexicon ({@link TopicLexicon}).
 *
 * <p>Each lexicon term found (longest match first, up to {@value TopicLexicon#MAX_WORDS} words, not across
 * punctuation) adds its zone weight to the term's mass: {@value #HEADLINE_WEIGHT} in the headline,
 * {@value #LEAD_WEIGHT} in the lead (the first paragraph), 1 in the rest of the body. A topic's evidence is the sum
 * over its terms of weight &times; &radic;mass, so that one word repeated does not decide a story. The score of a
 * top-level topic is {@code (1 - exp(-evidence / }{@value #SATURATION}{@code )) * evidence / best evidence}: how
 * much evidence there is, and how it compares with the best topic. Top-level topics scoring at least
 * {@value #MIN_SCORE} with at least {@value #MIN_EVIDENCE} evidence are kept, at most {@value #MAX_TOP_LEVEL};
 * under each, its best child (and a second one close to it) when the child has at least
 * {@value #MIN_CHILD_SHARE} of its parent's evidence, scored as the parent's score times that share.
 * Best first. Immutable and thread-safe.
 */
public final class TopicClassifier {

    static final double HEADLINE_WEIGHT = 3.0;
    static final double LEAD_WEIGHT = 2.0;
    static final double SATURATION = 8.0;
    static final double MIN_SCORE = 0.25;
    static final double MIN_EVIDENCE = 4.0;
    static final int MAX_TOP_LEVEL = 3;
    static final double MIN_CHILD_SHARE = 0.4;
    /** A second child is kept when it has this share of the first child's evidence. */
    static final double SECOND_CHILD_SHARE = 0.8;

    private final MediaTopicTaxonomy taxonomy;
    private final TopicLexicon lexicon;

    /**
     * @param taxonomy the topics, not null
     * @param lexicon  cue terms over {@code taxonomy}, not null
     */
    public TopicClassifier(MediaTopicTaxonomy taxonomy, TopicLexicon lexicon) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /**
     * @param headline the headline, may be null
     * @param body     the cleaned body, not null
     * @param leadEnd  offset in {@code body} where the lead (first paragraph) ends
     * @return the topics found, best first; empty when the evidence is too thin
     */
    public List<ScoredTopic> classify(String headline, String body, int leadEnd) {
        return classify(headline == null ? List.of() : WordScan.words(headline), WordScan.words(body), leadEnd);
    }

    /** As {@link #classify(String, String, int)}, on words already scanned. */
    List<ScoredTopic> classify(List<WordScan.Word> headline, List<WordScan.Word> body, int leadEnd) {
        double[] evidence = evidence(headline, body, leadEnd);
        List<ScoredTopic> out = new ArrayList<>();
        double best = 0;
        for (Topic t : taxonomy.all()) {
            if (t.topLevel()) {
                best = Math.max(best, evidence[t.index()]);
            }
        }
        if (best < MIN_EVIDENCE) {
            return out;
        }
        List<Topic> tops = new ArrayList<>();
        for (Topic t : taxonomy.all()) {
            if (t.topLevel() && evidence[t.index()] >= MIN_EVIDENCE && score(evidence[t.index()], best) >= MIN_SCORE) {
                tops.add(t);
            }
        }
        tops.sort(Comparator.comparingDouble((Topic t) -> -evidence[t.index()]));
        for (Topic top : tops.subList(0, Math.min(MAX_TOP_LEVEL, tops.size()))) {
            double score = score(evidence[top.index()], best);
            out.add(new ScoredTopic(top, round(score), ScoredTopic.CLASSIFIER));
            children(top, evidence, score, out);
        }
        out.sort(Comparator.comparingDouble(ScoredTopic::score).reversed());
        return out;
    }

    private void children(Topic top, double[] evidence, double parentScore, List<ScoredTopic> out) {
        double parent = evidence[top.index()];
        Topic first = null;
        Topic second = null;
        for (Topic t : taxonomy.all()) {
            if (!top.code().equals(t.parent()) || evidence[t.index()] < MIN_CHILD_SHARE * parent) {
                continue;
            }
            if (first == null || evidence[t.index()] > evidence[first.index()]) {
                second = first;
                first = t;
            } else if (second == null || evidence[t.index()] > evidence[second.index()]) {
                second = t;
            }
        }
        if (first != null) {
            out.add(new ScoredTopic(first, round(parentScore * evidence[first.index()] / parent), ScoredTopic.CLASSIFIER));
        }
        if (second != null && evidence[second.index()] >= SECOND_CHILD_SHARE * evidence[first.index()]) {
            out.add(new ScoredTopic(second, round(parentScore * evidence[second.index()] / parent), ScoredTopic.CLASSIFIER));
        }
    }

    /** Evidence per topic, indexed by {@link Topic#index()}. */
    double[] evidence(String headline, String body, int leadEnd) {
        return evidence(headline == null ? List.of() : WordScan.words(headline), WordScan.words(body), leadEnd);
    }

    private double[] evidence(List<WordScan.Word> headline, List<WordScan.Word> body, int leadEnd) {
        TermMass mass = new TermMass();
        scan(headline, 0, HEADLINE_WEIGHT, HEADLINE_WEIGHT, mass);
        scan(body, leadEnd, LEAD_WEIGHT, 1.0, mass);
        double[] evidence = new double[taxonomy.size()];
        for (int i = 0; i < mass.size; i++) {
            double m = Math.sqrt(mass.mass[i]);
            for (TopicLexicon.Cue cue : mass.cues[i]) {
                evidence[cue.topic()] += cue.weight() * m;
            }
        }
        return evidence;
    }

    private void scan(List<WordScan.Word> words, int leadEnd, double leadWeight, double restWeight, TermMass mass) {
        int n = words.size();
        int i = 0;
        while (i < n) {
            WordScan.Word w = words.get(i);
            double zone = w.start() < leadEnd ? leadWeight : restWeight;
            String term = w.lower();
            String matched = lexicon.cues(term) != null ? term : null;
            int length = 1;
            String prefix = term;
            for (int k = 1; k < TopicLexicon.MAX_WORDS && i + k < n && lexicon.isPrefix(prefix)
                    && !words.get(i + k).breakBefore(); k++) {
                prefix = prefix + ' ' + words.get(i + k).lower();
                if (lexicon.cues(prefix) != null) {
                    matched = prefix;
                    length = k + 1;
                }
            }
            if (matched != null) {
                mass.add(matched, lexicon.cues(matched), zone);
            }
            i += length;
        }
    }

    private static double score(double evidence, double best) {
        return (1 - Math.exp(-evidence / SATURATION)) * evidence / best;
    }

    private static double round(double score) {
        return Math.min(1.0, Math.round(score * 1000) / 1000.0);
    }

    /** Mass per matched term. */
    private static final class TermMass {
        private final java.util.HashMap<String, Integer> index = new java.util.HashMap<>();
        TopicLexicon.Cue[][] cues = new TopicLexicon.Cue[32][];
        double[] mass = new double[32];
        int size;

        void add(String term, TopicLexicon.Cue[] termCues, double weight) {
            Integer at = index.putIfAbsent(term, size);
            if (at != null) {
                mass[at] += weight;
                return;
            }
            if (size == mass.length) {
                cues = java.util.Arrays.copyOf(cues, size * 2);
                mass = java.util.Arrays.copyOf(mass, size * 2);
            }
            cues[size] = termCues;
            mass[size] = weight;
            size++;
        }
    }
}
