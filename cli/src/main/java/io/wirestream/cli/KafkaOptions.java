package io.wirestream.cli;

import io.wirestream.pipeline.PipelineSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options shared by the commands that talk to a Kafka cluster. */
public final class KafkaOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS}",
            description = "Kafka cluster to use (default: $KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file with stage settings (common keys, or prefixed enrich./publish./ingest.).")
    Path configFile;

    @Option(names = "--topic-prefix", paramLabel = "PREFIX", description = "Prefix for every topic name.")
    String topicPrefix;

    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = "${env:WIRESTREAM_STATE_DIR}",
            description = "Directory for Kafka Streams state (default: $WIRESTREAM_STATE_DIR, else ~/.wirestream/state).")
    Path stateDir;

    /** The settings from the config file, overridden by the command-line options. */
    PipelineSettings settings() {
        Map<String, String> values = new HashMap<>();
        if (configFile != null) {
            try {
                values.putAll(PipelineSettings.load(configFile).values());
            } catch (java.io.UncheckedIOException e) {
                throw new java.io.UncheckedIOException("cannot read --config " + e.getMessage().substring(
                        "cannot read ".length()), e.getCause());
            }
        }
        if (bootstrapServers != null && !bootstrapServers.isBlank()) {
            values.put("bootstrap.servers", bootstrapServers);
        }
        if (topicPrefix != null) {
            values.put("topic.prefix", topicPrefix);
        }
        if (stateDir != null) {
            values.put("state.dir", stateDir.toString());
        }
        return new PipelineSettings(values);
    }

}
