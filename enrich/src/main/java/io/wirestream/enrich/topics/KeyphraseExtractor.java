package io.wirestream.enrich.topics;

import io.wirestream.schemas.Entity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The phrases that say what a story is about, best first, at most {@value #MAX_PHRASES}.
 *
 * <p>RAKE-style: runs of content words between stop words, numbers and punctuation, and every span of up to
 * {@value #MAX_WORDS} words within a run, are the candidates (so "harbour authority" counts in "harbour authority
 * approves" and in "harbour authority promised"). A word's weight is its frequency in the runs, counted
 * {@value #HEADLINE_BOOST} times in the headline and {@value #LEAD_BOOST} times in the lead; a phrase scores the
 * mean weight of its words &times; &radic;words &times; &radic;(its own weighted frequency).
 * Tagged people, organisations and places with salience of at least {@value #MIN_SALIENCE} join under the name
 * the story uses, scored salience &times; {@value #ENTITY_SHARE} &times; the best candidate's score (demonyms and
 * other MISC names are left out: "European" is not what a story is about). A phrase whose words are all in a better one (or the reverse) is dropped, so "KFOR" and
 * "KFOR troops" do not both appear. Scores are divided by the best, which has 1.0. Text keeps the case of its
 * first occurrence in the body (the headline's only when the body lacks it). Immutable and thread-safe.
 */
public final class KeyphraseExtractor {

    /** Most phrases returned. */
    public static final int MAX_PHRASES = 8;
    static final int MAX_WORDS = 4;
    static final double HEADLINE_BOOST = 2.5;
    static final double LEAD_BOOST = 1.5;
    static final double MIN_SALIENCE = 0.3;
    /** Candidates scoring under this share of the best are dropped. */
    static final double MIN_SHARE = 0.1;
    /** Capitalised words that precede names without being part of them ("President Obama", "Let Applebee's"). */
    private static final Set<String> NOT_NAME_WORDS = Set.of("president", "chancellor", "minister", "prime", "premier",
            "king", "queen", "prince", "princess", "pope", "senator", "governor", "mayor", "general", "secretary",
            "chairman", "chief", "ceo", "coach", "leader", "mr", "mrs", "ms", "dr", "sir", "let", "star", "stars",
            "all-stars", "all-star", "striker", "captain", "judge", "director", "spokesman", "spokeswoman");
    /** A longer phrase containing a better one replaces it when it scores at least this share of it. */
    static final double PROMOTE_SHARE = 0.3;
    /** An entity of salience 1 scores this share of the best candidate phrase. */
    static final double ENTITY_SHARE = 0.9;
    private static final String STOPWORDS = "stopwords.txt";

    /**
     * A keyphrase.
     *
     * @param text  the phrase as written
     * @param score relative weight 0-1, the best 1.0
     */
    public record Phrase(String text, double score) {
    }

    private final Set<String> stopwords;

    /** @param stopwords lower-case words that end a candidate phrase, not null */
    public KeyphraseExtractor(Set<String> stopwords) {
        this.stopwords = Set.copyOf(Objects.requireNonNull(stopwords, "stopwords"));
    }

    /** An extractor with the bundled English stop words. */
    public static KeyphraseExtractor bundled() {
        Set<String> words = new HashSet<>();
        for (String line : MediaTopicTaxonomy.resourceLines(STOPWORDS)) {
            words.addAll(Arrays.asList(line.strip().split("\\s+")));
        }
        words.remove("");
        return new KeyphraseExtractor(words);
    }

    /**
     * @param headline the headline, may be null
     * @param body     the cleaned body, not null
     * @param leadEnd  offset in {@code body} where the lead ends
     * @param entities the tagged entities with salience, not null
     * @return the keyphrases, best first
     */
    public List<Phrase> extract(String headline, String body, int leadEnd, List<Entity> entities) {
        return extract(headline == null ? List.of() : WordScan.words(headline), headline, WordScan.words(body), body,
                leadEnd, entities);
    }

    /** As {@link #extract(String, String, int, List)}, on words already scanned. */
    List<Phrase> extract(List<WordScan.Word> headlineWords, String headline, List<WordScan.Word> bodyWords,
                         String body, int leadEnd, List<Entity> entities) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        candidates(bodyWords, body, leadEnd, LEAD_BOOST, 1.0, candidates);
        if (headline != null) {
            candidates(headlineWords, headline, Integer.MAX_VALUE, HEADLINE_BOOST, HEADLINE_BOOST, candidates);
        }
        double best = 0;
        for (Candidate c : candidates.values()) {
            double sum = 0;
            for (String w : c.words) {
                sum += candidates.get(w).weight; // a word's weight is its one-word candidate's
            }
            c.score = sum / c.words.length * Math.sqrt(c.words.length) * Math.sqrt(c.weight);
            best = Math.max(best, c.score);
        }
        // Phrases under a tenth of the best would show as relevance < 0.1: not worth sorting.
        List<Phrase> scored = new ArrayList<>();
        for (Candidate c : candidates.values()) {
            if (c.score >= MIN_SHARE * best) {
                scored.add(new Phrase(c.text, c.score));
            }
        }
        for (Entity e : entities) {
            if (e.getSalience() >= MIN_SALIENCE && !"MISC".equals(e.getType())) {
                scored.add(new Phrase(e.getName(), e.getSalience() * ENTITY_SHARE * (best > 0 ? best : 1.0)));
            }
        }
        // A stable sort over first-seen order: ties go to the phrase the story used first.
        scored.sort((a, b) -> Double.compare(b.score(), a.score()));
        return dedupe(scored);
    }

    private static Set<String> wordSet(List<Phrase> sorted, List<Set<String>> cache, int k) {
        Set<String> words = cache.get(k);
        if (words == null) {
            words = new HashSet<>();
            for (WordScan.Word w : WordScan.words(sorted.get(k).text())) {
                words.add(w.lower());
            }
            cache.set(k, words);
        }
        return words;
    }

    private static List<Phrase> dedupe(List<Phrase> sorted) {
        List<Phrase> out = new ArrayList<>();
        List<Set<String>> kept = new ArrayList<>();
        double top = sorted.isEmpty() ? 0 : sorted.get(0).score();
        // Word sets are made as they are needed: the loop stops after MAX_PHRASES and each search for a longer
        // name stops where scores fall under its share, so most of a long story's candidates are never looked at.
        List<Set<String>> wordSets = new ArrayList<>(java.util.Collections.nCopies(sorted.size(), null));
        for (int k = 0; k < sorted.size(); k++) {
            if (out.size() == MAX_PHRASES) {
                break;
            }
            Phrase p = sorted.get(k);
            Set<String> words = wordSet(sorted, wordSets, k);
            // A word that scores well mostly as part of a name ("Social" of "Social Democrats") shows as the
            // longer phrase, at the word's score.
            for (int j = k + 1; j < sorted.size() && sorted.get(j).score() >= PROMOTE_SHARE * p.score(); j++) {
                Set<String> longer = wordSet(sorted, wordSets, j);
                if (longer.size() > words.size() && longer.size() <= 3 && longer.containsAll(words)
                        && isName(sorted.get(j).text())) {
                    p = new Phrase(sorted.get(j).text(), p.score());
                    words = longer;
                    break;
                }
            }
            boolean overlaps = words.isEmpty();
            for (Set<String> earlier : kept) {
                if (earlier.containsAll(words) || words.containsAll(earlier)) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                kept.add(words);
                out.add(new Phrase(p.text(), Math.round(p.score() / top * 1000) / 1000.0));
            }
        }
        return out;
    }

    /** Whether a paragraph ends in [from, to): a blank line (teletype copy wraps lines inside paragraphs). */
    private static boolean lineBreak(String text, int from, int to) {
        int newlines = 0;
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n' && ++newlines == 2) {
                return true;
            }
        }
        return false;
    }

    /** Whether every word of the phrase starts with a capital letter and it stays on one line. */
    private static boolean isName(String phrase) {
        if (phrase.indexOf('\n') >= 0) {
            return false;
        }
        for (WordScan.Word w : WordScan.words(phrase)) {
            if (!Character.isUpperCase(phrase.charAt(w.start())) || NOT_NAME_WORDS.contains(w.lower())) {
                return false;
            }
        }
        return true;
    }

    private void candidates(List<WordScan.Word> words, String text, int leadEnd, double leadBoost,
                            double restBoost, Map<String, Candidate> out) {
        int runStart = 0;
        for (int i = 0; i <= words.size(); i++) {
            // A run ends at punctuation, a stop word and a paragraph end ("Games" and "Cleveland" of two).
            boolean ends = i == words.size() || words.get(i).breakBefore() || !content(words.get(i).lower())
                    || i > runStart && lineBreak(text, words.get(i - 1).end(), words.get(i).start());
            if (!ends) {
                continue;
            }
            if (i > runStart) {
                double weight = words.get(runStart).start() < leadEnd ? leadBoost : restBoost;
                run(text, words.subList(runStart, i), weight, out);
            }
            runStart = (i < words.size() && !content(words.get(i).lower())) ? i + 1 : i;
        }
    }

    /** Counts the run's words and every span of up to {@value #MAX_WORDS} words in it as a candidate. */
    private static void run(String text, List<WordScan.Word> run, double weight, Map<String, Candidate> out) {
        String[] lower = new String[run.size()];
        for (int k = 0; k < lower.length; k++) {
            lower[k] = run.get(k).lower();
        }
        StringBuilder key = new StringBuilder(48);
        for (int from = 0; from < lower.length; from++) {
            key.setLength(0);
            for (int to = from + 1; to <= Math.min(lower.length, from + MAX_WORDS); to++) {
                if (to > from + 1) {
                    key.append(' ');
                }
                key.append(lower[to - 1]);
                String k = to == from + 1 ? lower[from] : key.toString();
                Candidate c = out.get(k);
                if (c == null) {
                    c = new Candidate(Arrays.copyOfRange(lower, from, to),
                            text.substring(run.get(from).start(), run.get(to - 1).end()));
                    out.put(k, c);
                }
                c.weight += weight;
            }
        }
    }

    private boolean content(String word) {
        return word.length() > 1 && Character.isLetter(word.charAt(0)) && !stopwords.contains(word);
    }

    /** A candidate phrase: its words, first surface form and weighted frequency. */
    private static final class Candidate {
        final String[] words;
        final String text;
        double weight;
        double score;

        Candidate(String[] words, String text) {
            this.words = words;
            this.text = text;
        }
    }
}
