package io.wirestream.enrich.ner.eval;

import io.wirestream.enrich.ner.EntityType;
import io.wirestream.enrich.ner.Token;
import io.wirestream.enrich.ner.TokenNameFinder;
import io.wirestream.enrich.ner.TokenSpan;
import io.wirestream.enrich.ner.perceptron.PerceptronTrainer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores a {@link TokenNameFinder} on CoNLL-2003 data as conlleval does: exact span and type, per type and
 * micro-averaged overall, in document mode (the finder sees all sentences of a {@code -DOCSTART-} document at
 * once). Unlike {@link ConllEvaluator}, which hands text to an {@link io.wirestream.enrich.ner.EntityTagger},
 * the finder gets the gold tokens, so no tokenisation difference is scored.
 *
 * <p>Optionally writes the input back with the predicted tag (IOB1, like the input) appended as a last column,
 * which any conlleval-compatible scorer can re-score.
 *
 * <p>Immutable and thread-safe if the finder is.
 */
public final class NerEvaluation {

    private final TokenNameFinder finder;

    /**
     * @param finder the finder to score, not null
     */
    public NerEvaluation(TokenNameFinder finder) {
        this.finder = Objects.requireNonNull(finder, "finder");
    }

    /** The CoNLL name of a type: {@code PER}, {@code ORG}, {@code LOC}, {@code MISC}. */
    public static String conllName(EntityType type) {
        return switch (type) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION -> "LOC";
            case MISC -> "MISC";
        };
    }

    /**
     * The report as printed by {@code eval-ner}: one line per type ({@code PER}, {@code ORG}, {@code LOC},
     * {@code MISC}) and an {@code overall} line, each starting with the name and ending with F1.
     *
     * @param report scores, not null
     * @return the lines joined by {@code \n}, no trailing newline
     */
    public static String format(ConllEvaluator.Report report) {
        StringBuilder sb = new StringBuilder();
        for (EntityType t : EntityType.values()) {
            sb.append(line(conllName(t), report.of(t))).append('\n');
        }
        return sb.append(line("overall", report.overall())).toString();
    }

    private static String line(String name, ConllEvaluator.Scores s) {
        return String.format(Locale.ROOT, "%-8s tp %5d  fp %5d  fn %5d  precision %.4f  recall %.4f  F1 %.4f", name,
                s.truePositives(), s.falsePositives(), s.falseNegatives(), s.precision(), s.recall(), s.f1());
    }

    /**
     * Turns a CoNLL sentence into tokens joined by single spaces (the offsets only need to be consistent).
     *
     * @param sentence a sentence, not null
     * @return its tokens
     */
    public static List<Token> tokens(ConllEvaluator.Sentence sentence) {
        List<Token> out = new ArrayList<>(sentence.tokens().size());
        int at = 0;
        for (String t : sentence.tokens()) {
            out.add(new Token(t, at, at + t.length()));
            at += t.length() + 1;
        }
        return out;
    }

    /**
     * A CoNLL document as training data.
     *
     * @param doc a document, not null
     * @return its tokens and gold names
     */
    public static PerceptronTrainer.Document training(ConllEvaluator.Document doc) {
        List<List<Token>> sentences = new ArrayList<>();
        List<List<TokenSpan>> names = new ArrayList<>();
        for (ConllEvaluator.Sentence s : doc.sentences()) {
            sentences.add(tokens(s));
            names.add(ConllEvaluator.spans(s.tags()).stream()
                    .map(sp -> new TokenSpan(sp.type(), sp.start(), sp.end())).toList());
        }
        return new PerceptronTrainer.Document(sentences, names);
    }

    /**
     * Scores documents.
     *
     * @param documents gold documents, not null
     * @return the scores
     */
    public ConllEvaluator.Report evaluate(List<ConllEvaluator.Document> documents) {
        Counts counts = new Counts();
        for (ConllEvaluator.Document doc : documents) {
            List<List<Token>> sentences = doc.sentences().stream().map(NerEvaluation::tokens).toList();
            List<List<TokenSpan>> found = finder.find(sentences);
            for (int s = 0; s < sentences.size(); s++) {
                counts.add(ConllEvaluator.spans(doc.sentences().get(s).tags()), found.get(s));
            }
        }
        return counts.report();
    }

    /**
     * Reads CoNLL data, scores it and, if {@code predictions} is not null, writes every input line with the
     * predicted tag appended (blank and {@code -DOCSTART-} lines unchanged).
     *
     * @param input       CoNLL-2003 data, read to the end, not closed
     * @param predictions where to write, or null; not closed
     * @return the scores
     * @throws IOException if reading or writing fails, or a token line has fewer than 2 columns
     */
    public ConllEvaluator.Report evaluate(Reader input, Writer predictions) throws IOException {
        List<String> lines = new BufferedReader(input).lines().toList();
        String[] predicted = new String[lines.size()];
        Counts counts = new Counts();
        List<List<Integer>> doc = new ArrayList<>();
        List<Integer> sentence = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "-DOCSTART-";
            boolean docStart = line.startsWith("-DOCSTART-");
            if (line.isBlank() || docStart) {
                if (!sentence.isEmpty()) {
                    doc.add(sentence);
                    sentence = new ArrayList<>();
                }
                if (docStart && !doc.isEmpty()) {
                    tagDocument(lines, doc, predicted, counts);
                    doc = new ArrayList<>();
                }
                continue;
            }
            if (line.trim().split(" ").length < 2) {
                throw new IOException("CoNLL line " + (i + 1) + ": expected 'token ... tag', got \"" + line + "\"");
            }
            sentence.add(i);
        }
        if (predictions != null) {
            for (int i = 0; i < lines.size(); i++) {
                predictions.write(predicted[i] == null ? lines.get(i) : lines.get(i) + " " + predicted[i]);
                predictions.write('\n');
            }
            predictions.flush();
        }
        return counts.report();
    }

    private void tagDocument(List<String> lines, List<List<Integer>> doc, String[] predicted, Counts counts) {
        List<ConllEvaluator.Sentence> sentences = new ArrayList<>();
        for (List<Integer> s : doc) {
            List<String> tokens = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (int i : s) {
                String[] cols = lines.get(i).trim().split(" ");
                tokens.add(cols[0]);
                tags.add(cols[cols.length - 1]);
            }
            sentences.add(new ConllEvaluator.Sentence(tokens, tags));
        }
        List<List<TokenSpan>> found = finder.find(sentences.stream().map(NerEvaluation::tokens).toList());
        for (int s = 0; s < sentences.size(); s++) {
            counts.add(ConllEvaluator.spans(sentences.get(s).tags()), found.get(s));
            String[] tags = iob1(found.get(s), sentences.get(s).tokens().size());
            for (int t = 0; t < tags.length; t++) {
                predicted[doc.get(s).get(t)] = tags[t];
            }
        }
    }

    /** IOB1 tags: I- throughout a name, B- only on a name right after another of the same type. */
    static String[] iob1(List<TokenSpan> spans, int size) {
        String[] tags = new String[size];
        java.util.Arrays.fill(tags, "O");
        int lastEnd = -1;
        EntityType lastType = null;
        for (TokenSpan sp : spans) {
            String name = conllName(sp.type());
            for (int i = sp.start(); i < sp.end(); i++) {
                tags[i] = "I-" + name;
            }
            if (sp.start() == lastEnd && sp.type() == lastType) {
                tags[sp.start()] = "B-" + name;
            }
            lastEnd = sp.end();
            lastType = sp.type();
        }
        return tags;
    }

    private static final class Counts {
        final Map<EntityType, int[]> byType = new EnumMap<>(EntityType.class);

        Counts() {
            for (EntityType t : EntityType.values()) {
                byType.put(t, new int[3]);
            }
        }

        void add(List<ConllEvaluator.Span> gold, List<TokenSpan> found) {
            Set<ConllEvaluator.Span> open = new HashSet<>(gold);
            for (TokenSpan p : found) {
                boolean hit = open.remove(new ConllEvaluator.Span(p.type(), p.start(), p.end()));
                byType.get(p.type())[hit ? 0 : 1]++;
            }
            for (ConllEvaluator.Span g : open) {
                byType.get(g.type())[2]++;
            }
        }

        ConllEvaluator.Report report() {
            Map<EntityType, ConllEvaluator.Scores> scores = new EnumMap<>(EntityType.class);
            byType.forEach((t, c) -> scores.put(t, new ConllEvaluator.Scores(c[0], c[1], c[2])));
            return new ConllEvaluator.Report(scores);
        }
    }

}
