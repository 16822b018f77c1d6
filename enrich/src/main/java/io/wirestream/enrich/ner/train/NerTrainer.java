package io.wirestream.enrich.ner.train;

import io.wirestream.enrich.ner.PlaceGazetteer;
import io.wirestream.enrich.ner.eval.ConllEvaluator;
import io.wirestream.enrich.ner.eval.NerEvaluation;
import io.wirestream.enrich.ner.perceptron.PerceptronModel;
import io.wirestream.enrich.ner.perceptron.PerceptronNameFinder;
import io.wirestream.enrich.ner.perceptron.PerceptronTrainer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Trains the entity tagger from CoNLL-2003 files ({@code -DOCSTART-} documents, IOB1 tags) and writes the model
 * file that {@link PerceptronModel#read} loads. The plain-Java side of {@code wirestream train-ner}.
 *
 * <p>Deterministic: the same data, options and gazetteer give a byte-identical model. Thread-safe (no state).
 */
public final class NerTrainer {

    /**
     * What a training run gives.
     *
     * @param model     the trained model
     * @param trainTime wall time of reading and training
     * @param dev       scores on the development file, if one was given
     */
    public record Result(PerceptronModel model, Duration trainTime, Optional<ConllEvaluator.Report> dev) {
    }

    private final PlaceGazetteer gazetteer;

    /** A trainer over the bundled gazetteer (the one {@link PerceptronNameFinder#PerceptronNameFinder()} uses). */
    public NerTrainer() {
        this(PlaceGazetteer.bundled());
    }

    /**
     * @param gazetteer places for the gazetteer features, not null
     */
    public NerTrainer(PlaceGazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /**
     * Trains on {@code train} and scores on {@code dev}.
     *
     * @param train    CoNLL-2003 training file, not null
     * @param dev      development file to score after training (never trained on), or null
     * @param options  training options, not null
     * @param progress receives progress lines, not null
     * @return the model, time and scores
     * @throws IOException if a file cannot be read or is not CoNLL data
     */
    public Result train(Path train, Path dev, PerceptronTrainer.Options options, Consumer<String> progress)
            throws IOException {
        long start = System.nanoTime();
        List<ConllEvaluator.Document> docs = read(train);
        progress.accept("read " + docs.size() + " documents from " + train);
        PerceptronModel model = new PerceptronTrainer(gazetteer, options)
                .train(docs.stream().map(NerEvaluation::training).toList(), progress);
        Duration time = Duration.ofNanos(System.nanoTime() - start);
        progress.accept("trained in " + time.toMillis() / 1000.0 + " s");
        Optional<ConllEvaluator.Report> report = Optional.empty();
        if (dev != null) {
            report = Optional.of(new NerEvaluation(new PerceptronNameFinder(model, gazetteer)).evaluate(read(dev)));
        }
        return new Result(model, time, report);
    }

    /**
     * Writes a model file, creating parent folders.
     *
     * @param model the model, not null
     * @param out   the file, not null; replaced if present
     * @throws IOException if writing fails
     */
    public static void write(PerceptronModel model, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            model.write(os);
        }
    }

    private static List<ConllEvaluator.Document> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ConllEvaluator.read(in);
        }
    }
}
