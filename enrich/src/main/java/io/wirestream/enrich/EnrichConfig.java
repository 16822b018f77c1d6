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
 * @param streams Kafka Streams settings
 * @param topics  topic names
 */
public record EnrichConfig(StreamSettings streams, Topics topics) {

    public static final String DEFAULT_APPLICATION_ID = "wirestream-enrich";

    /** Every key of this stage, with doc, default and check. */
    public static ConfigDef definition() {
        return StageConfigs.define(DEFAULT_APPLICATION_ID);
    }

    /**
     * Parses and checks a config map.
     *
     * @throws org.apache.kafka.common.config.ConfigException naming the key at fault
     */
    public static EnrichConfig from(Map<String, ?> values) {
        AbstractConfig config = CommonConfig.parse("enrich", definition(), values);
        return new EnrichConfig(StageConfigs.settings(config, values, "enrich"), StageConfigs.topics(config));
    }
}
