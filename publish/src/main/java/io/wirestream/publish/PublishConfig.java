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
 * @param rules   desk routing rules
 */
public record PublishConfig(StreamSettings streams, Topics topics, DeskRules rules) {

    public static final String DEFAULT_APPLICATION_ID = "wirestream-publish";
    public static final String DESK_RULES_FILE = "desk.rules.file";
    private static final String DESK_RULES_FILE_DOC = "Desk routing rules file; empty for the bundled rules.";

    /** Every key of this stage, with doc, default and check. */
    public static ConfigDef definition() {
        return StageConfigs.define(DEFAULT_APPLICATION_ID)
                .define(DESK_RULES_FILE, Type.STRING, "", Importance.MEDIUM, DESK_RULES_FILE_DOC);
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
        return new PublishConfig(StageConfigs.settings(config, values, "publish"), StageConfigs.topics(config), rules);
    }
}
