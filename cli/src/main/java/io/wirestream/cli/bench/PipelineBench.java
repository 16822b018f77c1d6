package io.wirestream.cli.bench;

import io.wirestream.enrich.bench.ArticleGenerator;
import io.wirestream.pipeline.Pipeline;
import io.wirestream.pipeline.PipelineSettings;
import io.wirestream.pipeline.TopicSetup;
import io.wirestream.schemas.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * {@code wirestream bench pipeline}: ingest, enrich and publish on one broker with exactly-once, fed
 * generated ninjs stories. Prints sustained throughput at full load, end-to-end latency at a fixed
 * offered rate, the drop folder's rename-to-JSON-topic time, and in the same run the broker's raw
 * ceiling for records of the same size, with heap and machine load. A measurement, not a test.
 */
public final class PipelineBench {

    private static final Duration PHASE_TIMEOUT = Duration.ofMinutes(5);

    private final BenchOptions options;
    private final String bootstrapServers;
    private final Path workDir;
    private final PrintWriter out;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final EnrichSteps enrichSteps = new EnrichSteps();

    /**
     * @param bootstrapServers the broker to run on (the CLI starts an embedded one)
     * @param workDir          an empty folder for state, drop folder and logs; the caller deletes it
     */
    public PipelineBench(BenchOptions options, String bootstrapServers, Path workDir, PrintWriter out) {
        this.options = options;
        this.bootstrapServers = bootstrapServers;
        this.workDir = workDir;
        this.out = out;
    }

    /** Runs every phase and prints the figures; returns 0, or 1 if stories went missing or failed. */
    public int run() throws Exception {
        Topics topics = new Topics("bench-" + run + ".");
        Map<String, String> settings = new HashMap<>(options.settings());
        settings.put("bootstrap.servers", bootstrapServers);
        settings.put("topic.prefix", topics.prefix());
        settings.put("state.dir", workDir.resolve("state").toString());
        settings.put("enrich.application.id", "bench-enrich-" + run);
        settings.put("publish.application.id", "bench-publish-" + run);
        Path drop = Files.createDirectories(workDir.resolve("drop"));
        out.printf(Locale.ROOT, "wirestream bench pipeline: %s, exactly-once, %d partition(s), settings %s%n",
                options.processes() ? "each stage its own process (" + String.join(" ", options.childJavaOptions())
                        + "), fed through the drop folder" : "ingest, enrich and publish in this JVM",
                options.partitions(), options.settings().isEmpty() ? "(defaults)" : new java.util.TreeMap<>(options.settings()));
        out.println("machine before: " + MachineLoad.describe());
        out.flush();

        long started = System.nanoTime();
        try (HeapWatch heap = new HeapWatch().start();
             Stages stages = options.processes() ? processes(settings, drop) : inProcess(settings, drop)) {
            Feed feed = stages.feed();
            try (JsonTopicWatcher watcher = new JsonTopicWatcher(bootstrapServers, topics.enrichedJson().name())
                    .start(Duration.ofMinutes(2))) {
                out.printf(Locale.ROOT, "stages started in %.1f s%n", (System.nanoTime() - started) / 1e9);
                out.flush();
                boolean complete = phases(watcher, feed, stages, drop, topics);
                if (!enrichSteps.describe().isEmpty()) {
                    out.println("enrich steps, mean per story: " + enrichSteps.describe());
                }
                out.println("heap (this JVM: broker" + (options.processes() ? ", feeder" : ", stages") + "): "
                        + heap.describe());
                if (options.processes()) {
                    out.println("stage processes, peak resident memory: " + stages.peakMemory());
                }
                out.println("machine after: " + MachineLoad.describe() + "; " + System.getProperty("java.vm.name")
                        + " " + System.getProperty("java.version"));
                out.flush();
                return complete && feed.failures() == 0 ? 0 : 1;
            }
        }
    }

    private boolean phases(JsonTopicWatcher watcher, Feed feed, Stages stages, Path drop, Topics topics)
            throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        if (options.warmUp() > 0) {
            List<Load.Input> warm = inputs("warm", options.warmUp());
            Load.all(feed, warm, threads);
            if (!await(watcher, stages, "warm", warm.size())) {
                return false;
            }
        }
        List<Load.Input> full = inputs("full", options.stories());
        long start = System.nanoTime();
        Load.all(feed, full, threads);
        boolean complete = await(watcher, stages, "full", full.size());
        JsonTopicWatcher.Phase phase = watcher.phase(prefix("full"));
        double seconds = (phase.lastNanos - start) / 1e9;
        double storiesPerSecond = phase.stories() / seconds;
        out.printf(Locale.ROOT, "full load: %,d stories in %.2f s = %,.0f stories/s (first input handed to ingest to"
                        + " last story read_committed on %s; %d duplicates, %d failed inputs)%n",
                phase.stories(), seconds, storiesPerSecond, topics.enrichedJson().name(), phase.duplicates(),
                feed.failures());
        out.flush();

        List<Load.Input> paced = inputs("rate", options.rateStories());
        Load.atRate(feed, paced, options.rate());
        complete &= await(watcher, stages, "rate", paced.size());
        JsonTopicWatcher.Phase rate = watcher.phase(prefix("rate"));
        long[] micros = rate.latencies();
        if (micros.length > 0) {
            long[] millis = java.util.Arrays.stream(micros).map(m -> m / 1000).toArray();
            out.printf(Locale.ROOT, "latency at %.0f stories/s for %.0f s, ingest receipt to visible read_committed on"
                    + " the JSON topic: %s%n", options.rate(), options.seconds(), Percentiles.of(millis).format("ms"));
            out.flush();
        }

        if (options.dropFiles() > 0) {
            complete &= dropFolder(watcher, drop);
        }

        RawCeiling ceiling = new RawCeiling(bootstrapServers, options.partitions());
        int records = Math.max(options.stories(), 5_000);
        RawCeiling.Result json = ceiling.run(topics.prefix() + "ceiling.json", watcher.sampleValues(), records);
        RawCeiling.Result raw = ceiling.run(topics.prefix() + "ceiling.raw",
                full.stream().limit(200).map(Load.Input::content).toList(), records);
        out.printf(Locale.ROOT, "raw ceiling (idempotent producer acks=all, zstd, + read_committed consumer; %,d records"
                + " of %.1f KB like the JSON records): %,.0f records/s; pipeline/raw %.1f %%%n", json.records(),
                json.meanBytes() / 1024, json.rate(), 100 * storiesPerSecond / json.rate());
        out.printf(Locale.ROOT, "raw ceiling, input-sized records (%.1f KB): %,.0f records/s; pipeline/raw %.1f %%%n",
                raw.meanBytes() / 1024, raw.rate(), 100 * storiesPerSecond / raw.rate());
        out.flush();
        return complete;
    }

    /** Renames one file at a time into the watched drop folder and times it to the JSON topic. */
    private boolean dropFolder(JsonTopicWatcher watcher, Path drop) throws InterruptedException {
        Feed feed = Feed.dropFolder(drop);
        List<Load.Input> files = inputs("drop", options.dropFiles());
        long[] millis = new long[files.size()];
        for (int i = 0; i < files.size(); i++) {
            Instant renamed = Instant.now();
            feed.send(files.get(i).name(), files.get(i).content());
            if (!watcher.await(prefix("drop"), i + 1, Duration.ofSeconds(60))) {
                out.printf(Locale.ROOT, "drop folder: file %d did not reach the JSON topic within 60 s%n", i);
                return false;
            }
            String id = prefix("drop") + ":" + i;
            millis[i] = Duration.between(renamed, watcher.phase(prefix("drop")).visible.get(id)).toMillis();
            Thread.sleep(300 + 97L * i % 400); // not in step with the folder's poll cycle
        }
        Percentiles p = Percentiles.of(millis);
        out.printf(Locale.ROOT, "drop folder, one file renamed in at a time to visible on the JSON topic: median %d ms,"
                + " max %d ms (n=%d)%n", p.p50(), p.max(), p.count());
        out.flush();
        return true;
    }

    private boolean await(JsonTopicWatcher watcher, Stages stages, String phase, int stories)
            throws InterruptedException {
        long deadline = System.nanoTime() + PHASE_TIMEOUT.toNanos();
        while (!watcher.await(prefix(phase), stories, Duration.ofSeconds(2))) {
            stages.requireAlive();
            if (System.nanoTime() - deadline > 0) {
                out.printf(Locale.ROOT, "%s: only %d of %d stories arrived within %s%n", phase,
                        watcher.phase(prefix(phase)).stories(), stories, PHASE_TIMEOUT);
                out.flush();
                return false;
            }
        }
        return true;
    }

    private String prefix(String phase) {
        return "urn:bench:" + run + ":" + phase;
    }

    /** {@code count} generated stories of one phase, rendered before the clock starts. */
    private List<Load.Input> inputs(String phase, int count) {
        ArticleGenerator generator = new ArticleGenerator(options.seed() + phase.hashCode(), prefix(phase) + ":");
        List<Load.Input> inputs = new ArrayList<>(count);
        Instant created = Instant.now();
        for (int i = 0; i < count; i++) {
            ArticleGenerator.Article article = generator.next();
            inputs.add(new Load.Input(phase + "-" + i + ".json", NinjsCopy.render(article, created)));
        }
        return inputs;
    }

    private Stages inProcess(Map<String, String> settings, Path drop) {
        Pipeline pipeline = Pipeline.startAll(new PipelineSettings(settings), new TopicSetup(options.partitions(), (short) 1),
                enrichSteps);
        pipeline.watch(drop);
        return Stages.inProcess(pipeline);
    }

    private Stages processes(Map<String, String> settings, Path drop) throws IOException {
        Path config = workDir.resolve("bench.properties");
        java.util.Properties props = new java.util.Properties();
        settings.forEach(props::setProperty);
        try (var writer = Files.newBufferedWriter(config)) {
            props.store(writer, "wirestream bench pipeline " + run);
        }
        StageProcesses children = new StageProcesses(Files.createDirectories(workDir.resolve("logs")),
                options.childJavaOptions());
        List<String> common = List.of("--config", config.toString(), "--partitions", Integer.toString(options.partitions()));
        children.start("enrich", common);
        children.start("publish", common);
        List<String> ingest = new ArrayList<>(common);
        ingest.addAll(List.of("--drop-folder", drop.toString()));
        children.start("ingest", ingest);
        return Stages.processes(children, Feed.dropFolder(drop));
    }
}
