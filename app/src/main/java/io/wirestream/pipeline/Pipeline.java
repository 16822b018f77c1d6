package io.wirestream.pipeline;

import io.wirestream.config.ClusterSettings;
import io.wirestream.enrich.EnrichConfig;
import io.wirestream.enrich.EnrichTopology;
import io.wirestream.enrich.Enricher;
import io.wirestream.enrich.EnrichmentListener;
import io.wirestream.ingest.IngestConfig;
import io.wirestream.ingest.Ingestor;
import io.wirestream.ingest.format.FormatDetector;
import io.wirestream.ingest.health.SourceHealth;
import io.wirestream.ingest.kafka.KafkaIngestLedger;
import io.wirestream.ingest.kafka.KafkaIngestSink;
import io.wirestream.ingest.ledger.IngestLedger;
import io.wirestream.ingest.source.DropFolderSource;
import io.wirestream.ingest.source.FileResult;
import io.wirestream.ingest.source.FileSource;
import io.wirestream.ingest.source.feed.FeedPolling;
import io.wirestream.ingest.source.http.HttpPush;
import io.wirestream.publish.PublishConfig;
import io.wirestream.publish.PublishTopology;
import io.wirestream.schemas.Topics;
import io.wirestream.streamapp.StreamApp;
import io.wirestream.streamapp.lifecycle.Health;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Some or all of the stages running against one Kafka cluster, started in dependency order
 * (topics, then enrich and publish, then ingest) and closed in reverse.
 *
 * <p>Each stage is independent: running them in one process (the demo, {@code run --stage all})
 * or one per process gives the same topics and the same guarantees.
 */
public final class Pipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration WARN_EVERY = Duration.ofSeconds(15);
    // Longer than the sink's own delivery timeout (30 s), so a push normally gets the sink's verdict.
    private static final Duration PUSH_ACK_TIMEOUT = Duration.ofSeconds(45);

    private final Topics topics;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final IngestConfig ingestConfig;
    private Ingestor ingestor;
    private IngestLedger ledger = IngestLedger.NONE;
    /** Every running ingest source's health, drop folders and feeds, in start order. */
    private final List<java.util.function.Supplier<List<SourceHealth>>> sources =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean closing;

    private final ClusterSettings cluster;
    private final java.util.Map<String, StreamApp> stages = new java.util.LinkedHashMap<>();

    private Pipeline(Topics topics, ClusterSettings cluster, IngestConfig ingestConfig) {
        this.topics = topics;
        this.cluster = cluster;
        this.ingestConfig = ingestConfig;
    }

    /**
     * Creates missing topics and starts {@code stages}.
     *
     * @param settings   every stage's settings; {@code bootstrap.servers} is required
     * @param stages     which stages to run here
     * @param topicSetup partitions and replication of the topics created here (existing topics stay)
     * @throws org.apache.kafka.common.config.ConfigException naming a bad setting
     */
    public static Pipeline start(PipelineSettings settings, Set<Stage> stages, TopicSetup topicSetup) {
        return start(settings, stages, topicSetup, EnrichmentListener.NONE);
    }

    /**
     * Like {@link #start(PipelineSettings, Set, TopicSetup)}, telling {@code enrichment} how long each
     * enrichment step takes (for metrics).
     */
    public static Pipeline start(PipelineSettings settings, Set<Stage> stages, TopicSetup topicSetup,
                                 EnrichmentListener enrichment) {
        settings.checkCommonKeys(PipelineSettings.definitions(IngestConfig.configDef(), EnrichConfig.definition(),
                PublishConfig.definition()));
        IngestConfig ingestConfig = parse(Stage.INGEST, () -> IngestConfig.from(
                settings.forStage(Stage.INGEST, IngestConfig.configDef())));
        EnrichConfig enrichConfig = parse(Stage.ENRICH, () -> EnrichConfig.from(
                settings.forStage(Stage.ENRICH, EnrichConfig.definition())));
        PublishConfig publishConfig = parse(Stage.PUBLISH, () -> PublishConfig.from(
                settings.forStage(Stage.PUBLISH, PublishConfig.definition())));

        Pipeline pipeline = new Pipeline(publishConfig.topics(), cluster(publishConfig.streams()), ingestConfig);
        long started = System.nanoTime();
        // Loading the model, gazetteer and place index takes a CPU-second or more: done while the
        // cluster answers the topic setup, not after it.
        EnricherLoad enricherLoad = stages.contains(Stage.ENRICH) ? EnricherLoad.start(enrichment) : null;
        try {
            // Each stage creates the topics it reads and writes with its own cluster settings, so a
            // stage run alone on a fresh cluster still finds its whole chain.
            List<String> desks = List.copyOf(publishConfig.rules().desks());
            if (stages.contains(Stage.INGEST)) {
                TopicSetup.ensure(ingestConfig.cluster(), topicSetup.topics(ingestConfig.topics(), desks), START_TIMEOUT);
            }
            if (stages.contains(Stage.ENRICH)) {
                TopicSetup.ensure(cluster(enrichConfig.streams()), topicSetup.topics(enrichConfig.topics(), desks),
                        START_TIMEOUT);
            }
            if (stages.contains(Stage.PUBLISH)) {
                TopicSetup.ensure(cluster(publishConfig.streams()), topicSetup.topics(publishConfig.topics(), desks),
                        START_TIMEOUT);
            }
            LOG.info("event=topics-ready elapsed_ms={}", elapsedMillis(started));
            // The stages do not depend on each other to start: each is started as soon as it can be
            // (publish at once, enrich once its resources are loaded), then all are waited for. A stage
            // that is rebalancing (a restart after a crash, a slow group) is waited for, not failed:
            // exiting would only leave one more member for the next start to wait out.
            StreamApp publish = null;
            if (stages.contains(Stage.PUBLISH)) {
                PublishTopology topology = new PublishTopology(publishConfig.topics(), publishConfig.rules(),
                        publishConfig.routesTtl());
                publish = new StreamApp("publish", topology.build(), publishConfig.streams());
                pipeline.running.push(publish.startAsync());
            }
            // Ingest's producers settle their transactions while enrich's resources load and publish rebalances.
            if (stages.contains(Stage.INGEST)) {
                KafkaIngestSink sink = KafkaIngestSink.forConfig(ingestConfig, Duration.ofSeconds(30));
                pipeline.running.push(sink);
                pipeline.ingestor = new Ingestor(FormatDetector.standard(), sink, ingestConfig.maxInputBytes(),
                        Clock.systemUTC());
                // After the sink: its initTransactions() settled what a crashed run left open, so
                // the ledger read to its end here holds every input that run committed.
                pipeline.ledger = KafkaIngestLedger.load(ingestConfig, START_TIMEOUT);
                if (!ingestConfig.feeds().isEmpty()) {
                    FeedPolling feeds = FeedPolling.start(ingestConfig.feeds(), pipeline.ingestor, pipeline.ledger,
                            ingestConfig.providerHint(), Clock.systemUTC());
                    pipeline.running.push(feeds);
                    pipeline.sources.add(feeds::health);
                }
                LOG.info("event=ingest-ready elapsed_ms={}", elapsedMillis(started));
            }
            List<StreamApp> apps = new ArrayList<>();
            if (stages.contains(Stage.ENRICH)) {
                Enricher enricher = enricherLoad.get();
                EnrichTopology topology = new EnrichTopology(enrichConfig.topics(), enricher,
                        enrichConfig.versionTtl(), enrichConfig.embargo(), Clock.systemUTC(), enrichConfig.clusterWindow());
                StreamApp enrich = new StreamApp("enrich", topology.build(), enrichConfig.streams());
                pipeline.running.push(enrich.startAsync());
                apps.add(enrich);
            }
            if (publish != null) {
                apps.add(publish);
            }
            apps.forEach(app -> pipeline.stages.put(app.name(), app));
            for (StreamApp app : apps) {
                app.awaitRunningPatiently(WARN_EVERY);
            }
            LOG.info("event=pipeline-started stages={} elapsed_ms={}", stages, elapsedMillis(started));
            return pipeline;
        } catch (RuntimeException e) {
            if (enricherLoad != null) {
                enricherLoad.cancel();
            }
            pipeline.close();
            throw e;
        }
    }

    private static long elapsedMillis(long since) {
        return Duration.ofNanos(System.nanoTime() - since).toMillis();
    }

    /** Parses one stage's settings; a bad key is named as the user wrote it, with the stage prefix. */
    private static <T> T parse(Stage stage, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (ConfigException e) {
            throw new ConfigException(stage.name().toLowerCase(java.util.Locale.ROOT) + " settings (common keys, or "
                    + PipelineSettings.prefix(stage) + "<key>): " + e.getMessage());
        }
    }

    private static ClusterSettings cluster(io.wirestream.streamapp.StreamSettings streams) {
        return new ClusterSettings(streams.bootstrapServers(), "", streams.clients());
    }

    /** All three stages. */
    public static Pipeline startAll(PipelineSettings settings, TopicSetup topicSetup) {
        return start(settings, EnumSet.allOf(Stage.class), topicSetup);
    }

    /** All three stages, with a listener to enrichment step timings. */
    public static Pipeline startAll(PipelineSettings settings, TopicSetup topicSetup, EnrichmentListener enrichment) {
        return start(settings, EnumSet.allOf(Stage.class), topicSetup, enrichment);
    }

    /** The pipeline's downstream topics (as publish writes them). */
    public Topics topics() {
        return topics;
    }

    /** How a downstream reader reaches the cluster (publish's settings, credentials included). */
    public ClusterSettings cluster() {
        return cluster;
    }

    /**
     * Ingests files (directories: their files) once, in order.
     *
     * @throws IllegalStateException if the ingest stage is not running here
     */
    public List<FileResult> ingest(List<Path> paths) {
        return new FileSource(requireIngestor(), ingestConfig, Clock.systemUTC(), ingestConfig.sourceThreads())
                .ingest(paths);
    }

    /** The ingestor, for sources other than files (e.g. bundled samples). */
    public Ingestor ingestor() {
        return requireIngestor();
    }

    /**
     * Watches {@code folder} until the pipeline closes.
     *
     * @return the running source
     */
    public DropFolderSource watch(Path folder) {
        IngestConfig config = ingestConfig.withDropFolder(folder);
        DropFolderSource source = new DropFolderSource(config, requireIngestor(), Clock.systemUTC(),
                config.sourceThreads(), ledger);
        running.push(source);
        sources.add(() -> List.of(source.health()));
        source.start();
        LOG.info("watching drop folder {}", folder);
        return source;
    }

    private Ingestor requireIngestor() {
        if (ingestor == null) {
            throw new IllegalStateException("the ingest stage is not running in this process");
        }
        return ingestor;
    }

    /** The health of every ingest source running here (drop folders, feeds); empty without ingest. */
    public List<SourceHealth> sources() {
        List<SourceHealth> all = new ArrayList<>();
        sources.forEach(source -> all.addAll(source.get()));
        return all;
    }

    /** Each Streams stage running here by name ({@code enrich}, {@code publish}), with its health. */
    public java.util.Map<String, Health> health() {
        java.util.Map<String, Health> health = new java.util.LinkedHashMap<>();
        stages.forEach((name, app) -> health.put(name, app.health()));
        return health;
    }

    /**
     * Each Streams stage running here by name, with its Kafka Streams client, for metrics binders;
     * callers must not start or close them.
     */
    public java.util.Map<String, org.apache.kafka.streams.KafkaStreams> streams() {
        java.util.Map<String, org.apache.kafka.streams.KafkaStreams> streams = new java.util.LinkedHashMap<>();
        stages.forEach((name, app) -> streams.put(name, app.kafkaStreams()));
        return streams;
    }

    /**
     * The handler of {@code POST /v1/articles} for this process's HTTP server: present when the
     * ingest stage runs here and {@code ingest.http.token} is set. Without a token pushes are
     * refused rather than accepted unauthenticated, and this says why in the log.
     */
    public java.util.Optional<HttpPush> httpPush() {
        if (ingestor == null) {
            return java.util.Optional.empty();
        }
        if (ingestConfig.httpToken() == null) {
            LOG.warn("not serving POST {}: no {}{} is set, and pushes are never accepted unauthenticated",
                    HttpPush.PATH, IngestConfig.PREFIX, IngestConfig.HTTP_TOKEN_CONFIG);
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new HttpPush(ingestor, ingestConfig.httpToken().value(),
                ingestConfig.providerHint(), ingestConfig.pinnedFormat(), PUSH_ACK_TIMEOUT, Clock.systemUTC()));
    }

    /** Whether the ingest stage (and so its producer) runs in this process. */
    public boolean ingesting() {
        return ingestor != null;
    }

    /**
     * Runs {@code action} once, with the stage's health, if a Streams stage here gives up for good
     * (too many thread failures, a fatal error) or stops without {@link #close()}; a process should
     * then exit non-zero so that its supervisor restarts it.
     */
    public void onStageFailure(java.util.function.BiConsumer<String, Health> action) {
        stages.forEach((name, app) -> app.onTerminal(health -> {
            if (!closing) {
                action.accept(name, health);
            }
        }));
    }

    /** Stops every stage started here, last started first. */
    @Override
    public void close() {
        closing = true;
        while (!running.isEmpty()) {
            AutoCloseable stage = running.pop();
            try {
                stage.close();
            } catch (Exception e) {
                LOG.warn("error while stopping {}", stage, e);
            }
        }
    }
}
