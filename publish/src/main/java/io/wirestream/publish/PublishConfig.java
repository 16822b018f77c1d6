package io.wirestream.publish;

import io.wirestream.publish.route.DeskRules;
import io.wirestream.config.CommonConfig;
import io.wirestream.schemas.Topics;
import io.wirestream.streamapp.StageConfigs;
import io.wirestream.streamapp.StreamSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * Configuration of the publish stage: the common stream-stage keys ({@link StageConfigs}) and the
 * desk rules file.
 *
 * @param streams Kafka Streams settings
 * @param topics  topic names
 * @param rules     desk routing rules
 * @param routesTtl how long the desks a story went to are remembered ({@link PublishTopology})
 */
public record PublishConfig(StreamSettings streams, Topics topics, DeskRules rules, java.time.Duration routesTtl) {

    public static final String DEFAULT_APPLICATION_ID = "wirestream-publish";
    public static final String DESK_RULES_FILE = "desk.rules.file";
    private static final String DESK_RULES_FILE_DOC = "Desk routing rules file; empty for the bundled rules.";
    public static final String ROUTES_TTL_MS = "routes.ttl.ms";
    private static final String ROUTES_TTL_MS_DOC = "How long, in stream time, the desks a story went to are"
            + " remembered after its last record, so that updates and kills follow it there; later, an update goes"
            + " only to the desks its rules match. Bounds the routes store.";

    /** Every key of this stage, with doc, default and check. */
    public static ConfigDef definition() {
        return StageConfigs.define(DEFAULT_APPLICATION_ID)
                .define(DESK_RULES_FILE, Type.STRING, "", Importance.MEDIUM, DESK_RULES_FILE_DOC)
                .define(ROUTES_TTL_MS, Type.LONG, PublishTopology.DEFAULT_ROUTES_TTL.toMillis(),
                        ConfigDef.Range.atLeast(60_000L), Importance.LOW, ROUTES_TTL_MS_DOC);
    }

    /**
     * Parses and checks a config map, reading the rules file.
     *
     * @throws ConfigException naming the key at fault
     */
    public static PublishConfig from(Map<String, ?> values) {
        AbstractConfig config = CommonConfig.parse("publish", definition(), values);
        String file = config.getString(DESK_RULES_FILE);
        DeskRules rules;
        if (file.isBlank()) {
            rules = DeskRules.defaults();
        } else if (!Files.isRegularFile(Path.of(file))) {
            throw new ConfigException(DESK_RULES_FILE, file, "no such file");
        } else {
            try {
                rules = DeskRules.load(Path.of(file));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(DESK_RULES_FILE, file, e.getMessage());
            }
        }
        return new PublishConfig(StageConfigs.settings(config, values, "publish"), StageConfigs.topics(config), rules,
                java.time.Duration.ofMillis(config.getLong(ROUTES_TTL_MS)));
    }
}
