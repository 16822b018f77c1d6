package io.wirestream.enrich.ner.perceptron;

import io.wirestream.enrich.ner.PlaceGazetteer;
import io.wirestream.enrich.ner.Token;
import io.wirestream.enrich.ner.TokenSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Trains a {@link PerceptronModel}: averaged perceptron (Collins 2002), online over documents in an order shuffled
 * each epoch by a seeded {@link Random}, updating on every token whose greedy prediction (with predicted label
 * history, as at tagging time) is wrong.
 *
 * <p>The second pass needs first-pass predictions on its training data that are as wrong as they will be on new
 * text, so they come from a jack-knife: the training documents are split into {@value #FOLDS} folds and each fold
 * is labelled by a first-pass model trained on the other folds. The shipped first-pass model is trained on all
 * documents. Training is deterministic for a given seed, data and options.
 *
 * <p>Not thread-safe; single-threaded.
 */
public final class PerceptronTrainer {

    /** Number of jack-knife folds for the second pass's training predictions. */
    static final int FOLDS = 4;

    /**
     * One training document.
     *
     * @param sentences the tokens of each sentence
     * @param names     the gold names of each sentence, same size
     */
    public record Document(List<List<Token>> sentences, List<List<TokenSpan>> names) {
        public Document {
            sentences = List.copyOf(sentences);
            names = List.copyOf(names);
            if (sentences.size() != names.size()) {
                throw new IllegalArgumentException("sentences and names differ in size");
            }
        }
    }

    /**
     * Training options.
     *
     * @param epochs   passes over the data, at least 1
     * @param seed     seed of the document shuffle
     * @param hashBits log2 of the feature buckets, 8 to 24
     */
    public record Options(int epochs, long seed, int hashBits) {
        public Options {
            if (epochs < 1 || hashBits < 8 || hashBits > 24) {
                throw new IllegalArgumentException("epochs must be >= 1 and hashBits in 8..24");
            }
        }

        /** The settings of the shipped model. */
        public static Options defaults() {
            return new Options(10, 42L, 21);
        }
    }

    private final PlaceGazetteer gazetteer;
    private final Options options;

    /**
     * @param gazetteer places for the gazetteer features, not null; tag with the same one
     * @param options   training options, not null
     */
    public PerceptronTrainer(PlaceGazetteer gazetteer, Options options) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Trains both passes.
     *
     * @param documents training documents, not null, not empty
     * @param progress  receives a line per finished table, not null
     * @return the model
     */
    public PerceptronModel train(List<Document> documents, java.util.function.Consumer<String> progress) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("no training documents");
        }
        List<Prepared> all = new ArrayList<>();
        for (Document d : documents) {
            all.add(new Prepared(new Features(d.sentences(), gazetteer, options.hashBits()), gold(d)));
        }
        float[] local = table(all, false, e -> { });
        progress.accept("first pass trained on " + all.size() + " documents");
        Decoder decoder = new Decoder();
        for (int fold = 0; fold < FOLDS && all.size() >= FOLDS; fold++) {
            List<Prepared> rest = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (i % FOLDS != fold) {
                    rest.add(all.get(i));
                }
            }
            float[] partial = table(rest, false, e -> { });
            for (int i = fold; i < all.size(); i += FOLDS) {
                Features f = all.get(i).features;
                f.setPredictions(decoder.decode(f, partial, false));
            }
            progress.accept("jack-knife fold " + (fold + 1) + "/" + FOLDS + " labelled");
        }
        if (all.size() < FOLDS) {
            for (Prepared p : all) {
                p.features.setPredictions(decoder.decode(p.features, local, false));
            }
        }
        float[] global = table(all, true, e -> { });
        progress.accept("second pass trained");
        return new PerceptronModel(options.hashBits(), local, global);
    }

    private static int[] gold(Document d) {
        int n = 0;
        for (List<Token> s : d.sentences()) {
            n += s.size();
        }
        int[] labels = new int[n];
        int at = 0;
        for (int s = 0; s < d.sentences().size(); s++) {
            int size = d.sentences().get(s).size();
            System.arraycopy(Labels.encode(d.names().get(s), size), 0, labels, at, size);
            at += size;
        }
        return labels;
    }

    private record Prepared(Features features, int[] gold) {
    }

    /** Averaged perceptron over {@code docs}; returns the averaged weights. */
    private float[] table(List<Prepared> docs, boolean nonLocal, IntConsumer epochDone) {
        int size = (1 << options.hashBits()) * Labels.COUNT;
        float[] w = new float[size];
        double[] u = new double[size]; // sum of c * update, for the average w - u / c
        long c = 1;
        int[] features = new int[Features.MAX];
        float[] scores = new float[Labels.COUNT];
        Random random = new Random(options.seed());
        List<Prepared> order = new ArrayList<>(docs);
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            java.util.Collections.shuffle(order, random);
            for (Prepared p : order) {
                Features doc = p.features;
                int prev1 = Features.START;
                int prev2 = Features.START;
                for (int i = 0; i < doc.size(); i++) {
                    boolean first = i == 0 || doc.sentenceEnd(i - 1) == i;
                    if (first) {
                        prev1 = Features.START;
                        prev2 = Features.START;
                    }
                    int count = doc.local(i, prev1, prev2, nonLocal, features);
                    Decoder.score(w, features, count, scores);
                    int guess = Decoder.best(scores, first ? -1 : prev1, doc.sentenceEnd(i) == i + 1);
                    int truth = p.gold[i];
                    if (guess != truth) {
                        for (int f = 0; f < count; f++) {
                            int base = features[f] * Labels.COUNT;
                            w[base + truth] += 1f;
                            u[base + truth] += c;
                            w[base + guess] -= 1f;
                            u[base + guess] -= c;
                        }
                    }
                    c++;
                    prev2 = prev1;
                    prev1 = guess;
                }
            }
            epochDone.accept(epoch);
        }
        float[] averaged = new float[size];
        for (int i = 0; i < size; i++) {
            averaged[i] = (float) (w[i] - u[i] / c);
        }
        return averaged;
    }
}
