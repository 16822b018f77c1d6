package io.wirestream.enrich;

import io.wirestream.config.CommonConfig;
import io.wirestream.enrich.cluster.ClusterPolicy;
import io.wirestream.enrich.embargo.EmbargoSettings;
import io.wirestream.schemas.Topics;
import io.wirestream.streamapp.StageConfigs;
import io.wirestream.streamapp.StreamSettings;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;

/**
 * Configuration of the enrich stage: the common keys and the stream-stage keys ({@link StageConfigs});
 * unknown keys are rejected, Kafka client keys pass through.
 *
 * @param streams    Kafka Streams settings
 * @param topics     topic names
 * @param versionTtl how long a story's last version is remembered ({@link EnrichTopology})
 * @param embargo    bounds of the embargo hold ({@link io.wirestream.enrich.embargo.EmbargoHold})
 * @param clusterWindow how long a story can be joined by other copy of its event and is kept
 *                   ({@link io.wirestream.enrich.cluster.StoryClusterer})
 */
public record EnrichConfig(StreamSettings streams, Topics topics, java.time.Duration versionTtl,
                           EmbargoSettings embargo, java.time.Duration clusterWindow) {

    public static final String DEFAULT_APPLICATION_ID = "wirestream-enrich";
    public static final String VERSION_TTL_MS = "version.ttl.ms";
    private static final String VERSION_TTL_MS_DOC = "How long, in stream time, a story is remembered after its"
            + " last version: a re-delivery or an older version within it is dropped; a story re-sent after it"
            + " counts as new. Bounds the version store on an endless wire.";
    public static final String EMBARGO_MAX_HOLD_MS = "embargo.max.hold.ms";
    private static final String EMBARGO_MAX_HOLD_MS_DOC = "The longest a story is held back: a version whose"
            + " embargo lies further ahead (wall clock) is taken for bad input and dead-lettered, never published"
            + " early; a withheld version with no usable successor within it is dropped. Bounds the embargo store.";
    public static final String EMBARGO_CHECK_INTERVAL_MS = "embargo.check.interval.ms";
    private static final String EMBARGO_CHECK_INTERVAL_MS_DOC = "How often, in wall-clock time, held stories"
            + " are checked and those whose embargo has passed are released: the most an embargo is lifted late.";
    public static final String CLUSTER_WINDOW_MS = "cluster.window.ms";
    private static final String CLUSTER_WINDOW_MS_DOC = "How long, in stream time, a story stays in the cluster"
            + " store after its last version: later copy of the same event, or a re-worded re-send, joins its"
            + " cluster within it. Bounds the cluster store on an endless wire.";

    /** Every key of this stage, with doc, default and check. */
    public static ConfigDef definition() {
        return StageConfigs.define(DEFAULT_APPLICATION_ID)
                .define(VERSION_TTL_MS, ConfigDef.Type.LONG, EnrichTopology.DEFAULT_VERSION_TTL.toMillis(),
                        ConfigDef.Range.atLeast(60_000L), ConfigDef.Importance.LOW, VERSION_TTL_MS_DOC)
                .define(EMBARGO_MAX_HOLD_MS, ConfigDef.Type.LONG, EmbargoSettings.DEFAULT_MAX_HOLD.toMillis(),
                        ConfigDef.Range.atLeast(60_000L), ConfigDef.Importance.LOW, EMBARGO_MAX_HOLD_MS_DOC)
                .define(EMBARGO_CHECK_INTERVAL_MS, ConfigDef.Type.LONG,
                        EmbargoSettings.DEFAULT_CHECK_INTERVAL.toMillis(), ConfigDef.Range.between(10L, 3_600_000L),
                        ConfigDef.Importance.LOW, EMBARGO_CHECK_INTERVAL_MS_DOC)
                .define(CLUSTER_WINDOW_MS, ConfigDef.Type.LONG, ClusterPolicy.DEFAULT_WINDOW.toMillis(),
                        ConfigDef.Range.atLeast(60_000L), ConfigDef.Importance.LOW, CLUSTER_WINDOW_MS_DOC);
    }

    /**
     * Parses and checks a config map.
     *
     * @throws org.apache.kafka.common.config.ConfigException naming the key at fault
     */
    public static EnrichConfig from(Map<String, ?> values) {
        AbstractConfig config = CommonConfig.parse("enrich", definition(), values);
        return new EnrichConfig(StageConfigs.settings(config, values, "enrich"), StageConfigs.topics(config),
                java.time.Duration.ofMillis(config.getLong(VERSION_TTL_MS)),
                new EmbargoSettings(java.time.Duration.ofMillis(config.getLong(EMBARGO_MAX_HOLD_MS)),
                        java.time.Duration.ofMillis(config.getLong(EMBARGO_CHECK_INTERVAL_MS))),
                java.time.Duration.ofMillis(config.getLong(CLUSTER_WINDOW_MS)));
    }
}
