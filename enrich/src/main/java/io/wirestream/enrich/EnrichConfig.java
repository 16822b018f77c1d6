package io.wirestream.enrich;

import io.wirestream.config.CommonConfig;
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
 */
public record EnrichConfig(StreamSettings streams, Topics topics, java.time.Duration versionTtl) {

    public static final String DEFAULT_APPLICATION_ID = "wirestream-enrich";
    public static final String VERSION_TTL_MS = "version.ttl.ms";
    private static final String VERSION_TTL_MS_DOC = "How long, in stream time, a story is remembered after its"
            + " last version: a re-delivery or an older version within it is dropped; a story re-sent after it"
            + " counts as new. Bounds the version store on an endless wire.";

    /** Every key of this stage, with doc, default and check. */
    public static ConfigDef definition() {
        return StageConfigs.define(DEFAULT_APPLICATION_ID)
                .define(VERSION_TTL_MS, ConfigDef.Type.LONG, EnrichTopology.DEFAULT_VERSION_TTL.toMillis(),
                        ConfigDef.Range.atLeast(60_000L), ConfigDef.Importance.LOW, VERSION_TTL_MS_DOC);
    }

    /**
     * Parses and checks a config map.
     *
     * @throws org.apache.kafka.common.config.ConfigException naming the key at fault
     */
    public static EnrichConfig from(Map<String, ?> values) {
        AbstractConfig config = CommonConfig.parse("enrich", definition(), values);
        return new EnrichConfig(StageConfigs.settings(config, values, "enrich"), StageConfigs.topics(config),
                java.time.Duration.ofMillis(config.getLong(VERSION_TTL_MS)));
    }
}
