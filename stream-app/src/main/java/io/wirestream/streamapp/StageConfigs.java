package io.wirestream.streamapp;

import io.wirestream.config.CommonConfig;
import io.wirestream.config.ClusterSettings;
import io.wirestream.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * The configuration keys every stream stage has besides the common ones ({@link CommonConfig}),
 * each defined once with its doc, default and check. A stage's own config class adds its keys to
 * {@link #define(String)} and reads the common part back with {@link #settings}.
 */
public final class StageConfigs {

    public static final String BOOTSTRAP_SERVERS = CommonConfig.BOOTSTRAP_SERVERS;
    public static final String APPLICATION_ID = "application.id";
    private static final String APPLICATION_ID_DOC = "Kafka Streams application id. It names the consumer group, "
            + "transactional ids and changelog topics: changing it starts the stage from scratch.";
    public static final String STATE_DIR = "state.dir";
    private static final String STATE_DIR_DOC = "Directory for local state stores. Not under /tmp by default:"
            + " state lost with a reboot is rebuilt from changelogs, which takes long on a big wire.";
    public static final String TOPIC_PREFIX = CommonConfig.TOPIC_PREFIX;
    public static final String COMMIT_INTERVAL_MS = "commit.interval.ms";
    private static final String COMMIT_INTERVAL_MS_DOC = "How often the exactly-once transaction commits; "
            + "downstream read_committed consumers see output this often, so each stage adds up to this much"
            + " latency. Longer amortises each commit over more records (fewer transactions for the broker).";
    /** 50 ms: each stage adds at most this to a story's latency; 20 commits a second per thread cost little next to enrichment. */
    public static final long COMMIT_INTERVAL_MS_DEFAULT = 50;

    public static final String GROUP_INSTANCE_ID = "group.instance.id";
    private static final String GROUP_INSTANCE_ID_DOC = "Static group member id of this instance. Empty: derived"
            + " once and kept in state.dir, so a restart on the same state rejoins as the same member and gets its"
            + " partitions back without waiting out a session. Set it per instance when state.dir is not kept.";

    /** Where state lives unless {@value #STATE_DIR} says otherwise. */
    public static final String DEFAULT_STATE_DIR =
            Path.of(System.getProperty("user.home"), ".wirestream", "state").toString();

    private StageConfigs() {
    }

    /** The common keys and the stream-stage keys, with the stage's default application id. */
    public static ConfigDef define(String defaultApplicationId) {
        return CommonConfig.define()
                .define(APPLICATION_ID, Type.STRING, defaultApplicationId, new ConfigDef.NonEmptyString(),
                        Importance.HIGH, APPLICATION_ID_DOC)
                .define(STATE_DIR, Type.STRING, DEFAULT_STATE_DIR, new ConfigDef.NonEmptyString(),
                        Importance.MEDIUM, STATE_DIR_DOC)
                .define(COMMIT_INTERVAL_MS, Type.LONG, COMMIT_INTERVAL_MS_DEFAULT, ConfigDef.Range.between(10, 60_000),
                        Importance.LOW, COMMIT_INTERVAL_MS_DOC)
                .define(GROUP_INSTANCE_ID, Type.STRING, null, Importance.LOW, GROUP_INSTANCE_ID_DOC);
    }

    /**
     * The Streams settings of a stage from a parsed config that includes {@link #define}.
     *
     * @param values the settings it was parsed from, for the pass-through client keys
     */
    public static StreamSettings settings(AbstractConfig config, Map<String, ?> values, String stage) {
        ClusterSettings cluster = CommonConfig.cluster(config, values);
        return new StreamSettings(config.getString(APPLICATION_ID), cluster.bootstrapServers(),
                Path.of(config.getString(STATE_DIR)), stage, topics(config).deadLetters().name(),
                Duration.ofMillis(config.getLong(COMMIT_INTERVAL_MS)), config.getString(GROUP_INSTANCE_ID),
                cluster.clients());
    }

    /** The topics of a stage from a parsed config that includes {@link #define}. */
    public static Topics topics(AbstractConfig config) {
        return new Topics(config.getString(TOPIC_PREFIX));
    }
}
