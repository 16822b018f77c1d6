package io.wirestream.streamapp;

import io.wirestream.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;

/**
 * The configuration keys every stream stage has, each defined once with its doc, default and
 * check. A stage's own config class adds its keys to {@link #define(String)} and reads the common
 * part back with {@link #settings} and {@link #topics}.
 */
public final class StageConfigs {

    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    private static final String BOOTSTRAP_SERVERS_DOC = "Kafka bootstrap servers (host:port,...).";
    public static final String APPLICATION_ID = "application.id";
    private static final String APPLICATION_ID_DOC = "Kafka Streams application id. It names the consumer group, "
            + "transactional ids and changelog topics: changing it starts the stage from scratch.";
    public static final String STATE_DIR = "state.dir";
    private static final String STATE_DIR_DOC = "Directory for local state stores.";
    public static final String TOPIC_PREFIX = "topic.prefix";
    private static final String TOPIC_PREFIX_DOC = "Prefix for every Wirestream topic name (dots and hyphens only).";
    public static final String COMMIT_INTERVAL_MS = "commit.interval.ms";
    private static final String COMMIT_INTERVAL_MS_DOC = "How often the exactly-once transaction commits; "
            + "downstream read_committed consumers see output this often.";

    private StageConfigs() {
    }

    /** The common keys, with the stage's default application id. */
    public static ConfigDef define(String defaultApplicationId) {
        return new ConfigDef()
                .define(BOOTSTRAP_SERVERS, Type.STRING, "localhost:9092", new ConfigDef.NonEmptyString(),
                        Importance.HIGH, BOOTSTRAP_SERVERS_DOC)
                .define(APPLICATION_ID, Type.STRING, defaultApplicationId, new ConfigDef.NonEmptyString(),
                        Importance.HIGH, APPLICATION_ID_DOC)
                .define(STATE_DIR, Type.STRING, Path.of(System.getProperty("java.io.tmpdir"), "wirestream-state").toString(),
                        new ConfigDef.NonEmptyString(), Importance.MEDIUM, STATE_DIR_DOC)
                .define(TOPIC_PREFIX, Type.STRING, "", (name, value) -> {
                    if (value != null && !value.toString().matches("[A-Za-z0-9.-]*")) {
                        throw new org.apache.kafka.common.config.ConfigException(name, value,
                                "only letters, digits, dots and hyphens");
                    }
                }, Importance.LOW, TOPIC_PREFIX_DOC)
                .define(COMMIT_INTERVAL_MS, Type.LONG, 200L, ConfigDef.Range.between(10, 60_000),
                        Importance.LOW, COMMIT_INTERVAL_MS_DOC);
    }

    /** The Streams settings of a stage from a parsed config that includes {@link #define}. */
    public static StreamSettings settings(AbstractConfig config, String stage) {
        return new StreamSettings(config.getString(APPLICATION_ID), config.getString(BOOTSTRAP_SERVERS),
                Path.of(config.getString(STATE_DIR)), stage, topics(config).deadLetters().name(),
                Duration.ofMillis(config.getLong(COMMIT_INTERVAL_MS)));
    }

    /** The topics of a stage from a parsed config that includes {@link #define}. */
    public static Topics topics(AbstractConfig config) {
        return new Topics(config.getString(TOPIC_PREFIX));
    }
}
