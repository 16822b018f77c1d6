package io.wirestream.enrich.bench;

import io.wirestream.enrich.Enricher;
import io.wirestream.enrich.meta.SentenceSplitter;
import io.wirestream.enrich.meta.SentenceSpan;
import io.wirestream.enrich.ner.Token;
import io.wirestream.enrich.ner.TokenNameFinder;
import io.wirestream.enrich.ner.Tokenizer;
import io.wirestream.enrich.ner.perceptron.PerceptronModel;
import io.wirestream.enrich.ner.perceptron.PerceptronNameFinder;
import io.wirestream.enrich.ner.perceptron.PerceptronTagger;
import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.PubStatus;
import io.wirestream.schemas.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Single-thread throughput of the entity tagger and of the whole {@link Enricher} on generated English news
 * articles of {@value #WORDS} words ({@link ArticleGenerator}: invented names, places, numbers and quotes,
 * deterministic for a seed), after a
 * warm-up, plus the model load time and the heap used with everything loaded. Prints one {@code key: value} line
 * per figure.
 *
 * <p>Run by {@code wirestream bench ner}. A measurement, not a test: figures depend on the machine and its load.
 * Not thread-safe.
 */
public final class NerBenchmark {

    /** Words per generated article. */
    public static final int WORDS = ArticleGenerator.WORDS;

    private final ArticleGenerator generator;

    /**
     * @param seed seed of the article generator
     */
    public NerBenchmark(long seed) {
        this.generator = new ArticleGenerator(seed, "urn:bench:");
    }

    /** One generated article body of about {@value #WORDS} words in paragraphs of three sentences. */
    public List<String> article() {
        return generator.body();
    }

    /**
     * Runs the benchmark and prints the figures.
     *
     * @param out           where to print, not null
     * @param articles      number of distinct generated articles cycled through
     * @param warmupSeconds warm-up time per measurement
     * @param measureSeconds measurement time per measurement
     */
    public void run(PrintWriter out, int articles, double warmupSeconds, double measureSeconds) {
        Objects.requireNonNull(out, "out");
        // Load time of a fresh read (the copy is dropped again; the taggers below share the bundled one).
        long loadStart = System.nanoTime();
        Objects.requireNonNull(readBundledModel());
        double loadMillis = (System.nanoTime() - loadStart) / 1e6;
        out.printf(Locale.ROOT, "model load: %.0f ms (%s)%n", loadMillis, PerceptronModel.BUNDLED_RESOURCE);
        out.flush();

        List<List<String>> bodies = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            bodies.add(article());
        }
        // Tagger alone: the name finder on pre-tokenized documents.
        Tokenizer tokenizer = new Tokenizer();
        SentenceSplitter splitter = new SentenceSplitter();
        List<List<List<Token>>> docs = new ArrayList<>();
        long tokens = 0;
        for (List<String> body : bodies) {
            String text = String.join("\n\n", body);
            List<List<Token>> sentences = new ArrayList<>();
            for (SentenceSpan span : splitter.split(text)) {
                sentences.add(tokenizer.tokenize(text, span.start(), span.end()));
                tokens += sentences.get(sentences.size() - 1).size();
            }
            docs.add(sentences);
        }
        double tokensPerDoc = (double) tokens / docs.size();
        TokenNameFinder finder = new PerceptronNameFinder();
        double docsPerSecond = rate(i -> finder.find(docs.get(i % docs.size())), warmupSeconds, measureSeconds);
        out.printf(Locale.ROOT, "tagger (name finder, pre-tokenized): %.0f tokens per CPU-second (%.1f tokens/article)%n",
                docsPerSecond * tokensPerDoc, tokensPerDoc);
        out.flush();

        PerceptronTagger tagger = new PerceptronTagger();
        List<String> texts = bodies.stream().map(b -> String.join("\n\n", b)).toList();
        double textsPerSecond = rate(i -> tagger.tag(texts.get(i % texts.size())), warmupSeconds, measureSeconds);
        out.printf(Locale.ROOT, "tagger (text: split, tokenize, find, link): %.0f tokens per CPU-second%n",
                textsPerSecond * tokensPerDoc);
        out.flush();

        StepTimes steps = new StepTimes();
        Enricher enricher = Enricher.standard(Clock.systemUTC()).withListener(steps);
        List<RawArticle> raws = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            raws.add(raw(i, bodies.get(i)));
        }
        double articlesPerSecond = rate(i -> enricher.enrich(raws.get(i % raws.size()), ChangeKind.NEW),
                warmupSeconds, measureSeconds, steps::reset);
        out.printf(Locale.ROOT, "enricher (whole Enricher.enrich): %.0f articles per CPU-second of %d words%n",
                articlesPerSecond, WORDS);
        out.println("enricher steps (share of step wall time while measured): " + steps.shares());
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        out.printf(Locale.ROOT, "heap used after GC, everything loaded: %.0f MB (max heap %.0f MB)%n",
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0);
        out.println("threads: 1; " + Runtime.getRuntime().availableProcessors() + " processors; "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        out.flush();
        // Keep everything reachable until the heap was measured.
        Objects.requireNonNull(enricher.name());
        Objects.requireNonNull(tagger);
        Objects.requireNonNull(finder);
    }

    private static PerceptronModel readBundledModel() {
        try (InputStream in = PerceptronModel.class.getResourceAsStream(PerceptronModel.BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("NER model missing from classpath: " + PerceptronModel.BUNDLED_RESOURCE);
            }
            return PerceptronModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RawArticle raw(int i, List<String> body) {
        return RawArticle.newBuilder()
                .setId("urn:bench:" + i)
                .setVersion(1)
                .setPubStatus(PubStatus.USABLE)
                .setProvider("Bench Wire")
                .setFormat("agency-text")
                .setOrigin("bench/" + i)
                .setReceivedAt(Instant.parse("2026-01-01T00:00:00Z"))
                .setHeadline("Generated story " + i)
                .setBody(body)
                .setContentHash("0".repeat(64))
                .build();
    }

    /**
     * Calls {@code work} repeatedly for the warm-up, then for the measurement; returns calls per CPU-second of this
     * thread (the machine may be shared, so wall time would measure the neighbours too).
     */
    private static double rate(java.util.function.IntConsumer work, double warmupSeconds, double measureSeconds) {
        return rate(work, warmupSeconds, measureSeconds, () -> { });
    }

    /** Like {@link #rate(java.util.function.IntConsumer, double, double)}, running {@code measuring} in between. */
    private static double rate(java.util.function.IntConsumer work, double warmupSeconds, double measureSeconds,
                               Runnable measuring) {
        long end = System.nanoTime() + (long) (warmupSeconds * 1e9);
        int i = 0;
        while (System.nanoTime() < end) {
            work.accept(i++);
        }
        measuring.run();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        end = start + (long) (measureSeconds * 1e9);
        int calls = 0;
        do {
            work.accept(i++);
            calls++;
        } while (System.nanoTime() < end);
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        return calls / (cpu / 1e9);
    }
}
