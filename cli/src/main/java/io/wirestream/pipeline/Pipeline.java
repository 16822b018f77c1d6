package io.wirestream.pipeline;

import io.wirestream.enrich.EnrichConfig;
import io.wirestream.enrich.EnrichTopology;
import io.wirestream.enrich.Enricher;
import io.wirestream.ingest.IngestConfig;
import io.wirestream.ingest.Ingestor;
import io.wirestream.ingest.format.FormatDetector;
import io.wirestream.ingest.kafka.KafkaIngestSink;
import io.wirestream.ingest.source.DropFolderSource;
import io.wirestream.ingest.source.FileResult;
import io.wirestream.ingest.source.FileSource;
import io.wirestream.publish.PublishConfig;
import io.wirestream.publish.PublishTopology;
import io.wirestream.schemas.Topics;
import io.wirestream.streamapp.StageConfigs;
import io.wirestream.streamapp.StreamApp;
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

    private final Topics topics;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final IngestConfig ingestConfig;
    private Ingestor ingestor;

    private Pipeline(Topics topics, IngestConfig ingestConfig) {
        this.topics = topics;
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
        if (settings.values().get(StageConfigs.BOOTSTRAP_SERVERS) == null) {
            throw new ConfigException(StageConfigs.BOOTSTRAP_SERVERS, null,
                    "required (use --bootstrap-servers or KAFKA_BOOTSTRAP_SERVERS)");
        }
        EnrichConfig enrichConfig = EnrichConfig.from(settings.forStage(Stage.ENRICH));
        PublishConfig publishConfig = PublishConfig.from(settings.forStage(Stage.PUBLISH));
        // IngestConfig's own keys carry the "ingest." prefix, so it reads the settings as given.
        IngestConfig ingestConfig = IngestConfig.from(settings.values());
        Topics topics = enrichConfig.topics();
        String bootstrap = enrichConfig.streams().bootstrapServers();

        Pipeline pipeline = new Pipeline(topics, ingestConfig);
        try {
            TopicSetup.ensure(bootstrap, topicSetup.topics(topics,
                    publishConfig.rules().desks()), START_TIMEOUT);
            List<StreamApp> apps = new ArrayList<>();
            if (stages.contains(Stage.ENRICH)) {
                EnrichTopology topology = new EnrichTopology(topics, Enricher.standard(Clock.systemUTC()));
                apps.add(new StreamApp("enrich", topology.build(), enrichConfig.streams()));
            }
            if (stages.contains(Stage.PUBLISH)) {
                PublishTopology topology = new PublishTopology(publishConfig.topics(), publishConfig.rules());
                apps.add(new StreamApp("publish", topology.build(), publishConfig.streams()));
            }
            // Start together, then wait: the stages do not depend on each other to start.
            for (StreamApp app : apps) {
                pipeline.running.push(app.startAsync());
            }
            for (StreamApp app : apps) {
                app.awaitRunning(START_TIMEOUT);
            }
            if (stages.contains(Stage.INGEST)) {
                KafkaIngestSink sink = new KafkaIngestSink(bootstrap, topics, Duration.ofSeconds(30));
                pipeline.running.push(sink);
                pipeline.ingestor = new Ingestor(FormatDetector.standard(), sink, ingestConfig.maxInputBytes(),
                        Clock.systemUTC());
            }
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    /** All three stages. */
    public static Pipeline startAll(PipelineSettings settings, TopicSetup topicSetup) {
        return start(settings, EnumSet.allOf(Stage.class), topicSetup);
    }

    /** The pipeline's topics. */
    public Topics topics() {
        return topics;
    }

    /**
     * Ingests files (directories: their files) once, in order.
     *
     * @throws IllegalStateException if the ingest stage is not running here
     */
    public List<FileResult> ingest(List<Path> paths) {
        return new FileSource(requireIngestor(), ingestConfig).ingest(paths);
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
        IngestConfig config = new IngestConfig(folder, ingestConfig.pollInterval(), ingestConfig.providerHint(),
                ingestConfig.maxInputBytes(), ingestConfig.pinnedFormat());
        DropFolderSource source = new DropFolderSource(config, requireIngestor());
        running.push(source);
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

    /** Stops every stage started here, last started first. */
    @Override
    public void close() {
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
