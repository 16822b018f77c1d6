package io.wirestream.enrich.ner.eval;

import io.wirestream.enrich.ner.EntityMention;
import io.wirestream.enrich.ner.EntityTagger;
import io.wirestream.enrich.ner.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Scores an {@link EntityTagger} on CoNLL-2003 data (cf. OpenNLP's {@code TokenNameFinderEvaluator}).
 *
 * <p>Input format: one token per line, {@code token POS chunk NER} separated by spaces; a blank line ends a
 * sentence; {@code -DOCSTART-} lines start a document. NER tags are IOB1: {@code I-TYPE} throughout an entity,
 * {@code B-TYPE} only to start an entity right after another of the same type (a {@code B-} always starts a new
 * entity). Types {@code PER}, {@code ORG}, {@code LOC}, {@code MISC} map to {@link EntityType}; other types are
 * ignored.
 *
 * <p>Scoring is exact span match: a predicted mention counts only if it starts and ends on the gold token
 * boundaries with the gold type. The tagger sees the tokens joined by single spaces, either one sentence at a time
 * ({@link Mode#SENTENCE}) or one document at a time with sentences separated by blank lines
 * ({@link Mode#DOCUMENT}, which lets a tagger link a surname to an earlier full name); predicted character
 * offsets are mapped back to tokens. A prediction not on token boundaries is a false positive.
 *
 * <p>Immutable and thread-safe.
 */
public final class ConllEvaluator {

    /** How text is handed to the tagger. */
    public enum Mode {
        /** Each sentence on its own. */
        SENTENCE,
        /** Each document at once, sentences separated by a blank line. */
        DOCUMENT
    }

    /**
     * One sentence.
     *
     * @param tokens the tokens
     * @param tags   the NER tag of each token ({@code O}, {@code I-PER}, {@code B-LOC}, ...), same size
     */
    public record Sentence(List<String> tokens, List<String> tags) {
        public Sentence {
            tokens = List.copyOf(tokens);
            tags = List.copyOf(tags);
            if (tokens.size() != tags.size()) {
                throw new IllegalArgumentException("tokens and tags differ in size");
            }
        }
    }

    /** One document: its sentences. */
    public record Document(List<Sentence> sentences) {
        public Document {
            sentences = List.copyOf(sentences);
        }
    }

    /**
     * A gold or predicted entity as a token range of one sentence.
     *
     * @param type  its type
     * @param start first token index
     * @param end   index after the last token
     */
    public record Span(EntityType type, int start, int end) {
    }

    /**
     * Counts for one type.
     *
     * @param truePositives  predictions matching a gold span exactly
     * @param falsePositives predictions matching none
     * @param falseNegatives gold spans not predicted
     */
    public record Scores(int truePositives, int falsePositives, int falseNegatives) {
        /** Precision, 0 when nothing was predicted. */
        public double precision() {
            int p = truePositives + falsePositives;
            return p == 0 ? 0.0 : (double) truePositives / p;
        }

        /** Recall, 0 when there was no gold span. */
        public double recall() {
            int g = truePositives + falseNegatives;
            return g == 0 ? 0.0 : (double) truePositives / g;
        }

        /** Harmonic mean of precision and recall, 0 when both are 0. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        Scores plus(Scores o) {
            return new Scores(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives);
        }
    }

    /**
     * Scores per type and overall (micro-averaged over all types).
     *
     * @param byType scores for each {@link EntityType}
     */
    public record Report(Map<EntityType, Scores> byType) {
        public Report {
            byType = Map.copyOf(byType);
        }

        /** Scores of one type. */
        public Scores of(EntityType type) {
            return byType.get(type);
        }

        /** Micro-averaged scores over all types. */
        public Scores overall() {
            Scores total = new Scores(0, 0, 0);
            for (Scores s : byType.values()) {
                total = total.plus(s);
            }
            return total;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (EntityType t : EntityType.values()) {
                sb.append(line(t.name(), of(t))).append('\n');
            }
            return sb.append(line("OVERALL", overall())).toString();
        }

        private static String line(String name, Scores s) {
            return String.format(java.util.Locale.ROOT, "%-13s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", name,
                    s.precision(), s.recall(), s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives());
        }
    }

    private final Mode mode;

    /**
     * @param mode how text is handed to the tagger, not null
     */
    public ConllEvaluator(Mode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /**
     * Reads CoNLL-2003 data. Text before the first {@code -DOCSTART-} forms a document of its own.
     *
     * @param reader the data, read to the end but not closed
     * @return the documents with at least one sentence
     * @throws IOException if reading fails or a line has fewer than 2 columns (the message names the line)
     */
    public static List<Document> read(Reader reader) throws IOException {
        List<Document> docs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    sentences.add(new Sentence(tokens, tags));
                    tokens = new ArrayList<>();
                    tags = new ArrayList<>();
                }
                continue;
            }
            String[] cols = line.trim().split(" ");
            if (cols[0].equals("-DOCSTART-")) {
                if (!tokens.isEmpty()) {
                    sentences.add(new Sentence(tokens, tags));
                    tokens = new ArrayList<>();
                    tags = new ArrayList<>();
                }
                if (!sentences.isEmpty()) {
                    docs.add(new Document(sentences));
                    sentences = new ArrayList<>();
                }
                continue;
            }
            if (cols.length < 2) {
                throw new IOException("CoNLL line " + number + ": expected 'token ... tag', got \"" + line + "\"");
            }
            tokens.add(cols[0]);
            tags.add(cols[cols.length - 1]);
        }
        if (!tokens.isEmpty()) {
            sentences.add(new Sentence(tokens, tags));
        }
        if (!sentences.isEmpty()) {
            docs.add(new Document(sentences));
        }
        return docs;
    }

    /**
     * Decodes IOB1 (or IOB2) tags into entity spans of our types; unknown types are skipped.
     *
     * @param tags tags of one sentence
     * @return spans in order
     */
    public static List<Span> spans(List<String> tags) {
        List<Span> out = new ArrayList<>();
        String openType = null;
        int openStart = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String prefix = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
            String type = prefix.equals("O") ? null : tag.substring(2);
            boolean continues = prefix.equals("I") && type.equals(openType);
            if (openType != null && !continues) {
                Optional<EntityType> t = toType(openType);
                if (t.isPresent()) {
                    out.add(new Span(t.get(), openStart, i));
                }
                openType = null;
            }
            if (type != null && !continues) {
                openType = type;
                openStart = i;
            }
        }
        return out;
    }

    private static Optional<EntityType> toType(String conll) {
        return switch (conll) {
            case "PER" -> Optional.of(EntityType.PERSON);
            case "ORG" -> Optional.of(EntityType.ORGANIZATION);
            case "LOC" -> Optional.of(EntityType.LOCATION);
            case "MISC" -> Optional.of(EntityType.MISC);
            default -> Optional.empty();
        };
    }

    /**
     * Runs {@code tagger} over {@code documents} and scores it.
     *
     * @param tagger    the tagger, not null
     * @param documents gold documents, not null
     * @return the scores
     */
    public Report evaluate(EntityTagger tagger, List<Document> documents) {
        Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            counts.put(t, new int[3]);
        }
        for (Document doc : documents) {
            List<List<Span>> predicted = mode == Mode.DOCUMENT ? tagDocument(tagger, doc.sentences())
                    : doc.sentences().stream().map(s -> tagDocument(tagger, List.of(s)).get(0)).toList();
            for (int s = 0; s < doc.sentences().size(); s++) {
                Set<Span> gold = new HashSet<>(spans(doc.sentences().get(s).tags()));
                for (Span p : predicted.get(s)) {
                    counts.get(p.type())[gold.remove(p) ? 0 : 1]++;
                }
                for (Span g : gold) {
                    counts.get(g.type())[2]++;
                }
            }
        }
        Map<EntityType, Scores> scores = new EnumMap<>(EntityType.class);
        counts.forEach((t, c) -> scores.put(t, new Scores(c[0], c[1], c[2])));
        return new Report(scores);
    }

    /** Tags sentences joined into one text; returns predicted spans per sentence (off-boundary ones as -1 spans). */
    private static List<List<Span>> tagDocument(EntityTagger tagger, List<Sentence> sentences) {
        StringBuilder text = new StringBuilder();
        Map<Integer, int[]> byStart = new HashMap<>(); // char offset -> {sentence, token}
        Map<Integer, int[]> byEnd = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            if (s > 0) {
                text.append("\n\n");
            }
            List<String> tokens = sentences.get(s).tokens();
            for (int t = 0; t < tokens.size(); t++) {
                if (t > 0) {
                    text.append(' ');
                }
                byStart.put(text.length(), new int[] {s, t});
                text.append(tokens.get(t));
                byEnd.put(text.length(), new int[] {s, t});
            }
        }
        List<List<Span>> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            out.add(new ArrayList<>());
        }
        for (EntityMention m : tagger.tag(text.toString())) {
            int[] first = byStart.get(m.start());
            int[] last = byEnd.get(m.end());
            if (first != null && last != null && first[0] == last[0]) {
                out.get(first[0]).add(new Span(m.type(), first[1], last[1] + 1));
            } else {
                // Not on gold token boundaries: can never match, so count it as a false positive somewhere.
                int sentence = first != null ? first[0] : last != null ? last[0] : 0;
                out.get(sentence).add(new Span(m.type(), -1, -1));
            }
        }
        return out;
    }
}
