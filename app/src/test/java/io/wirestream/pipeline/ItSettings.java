package io.wirestream.pipeline;

import io.wirestream.embedded.KafkaCluster;
import io.wirestream.testkit.TopicNames;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.TestInfo;

/** Settings for a whole pipeline in an integration test: its own topics, state and groups on the shared broker. */
final class ItSettings {

    private ItSettings() {
    }

    /**
     * @param name short name of the test, in its state folder and application ids (e.g. {@code cluster-it})
     */
    static PipelineSettings forRun(KafkaCluster cluster, TestInfo info, String name) throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return new PipelineSettings(Map.of(
                "bootstrap.servers", cluster.bootstrapServers(),
                "topic.prefix", TopicNames.unique(info) + ".",
                "state.dir", Files.createTempDirectory(name + "-state").toString(),
                "commit.interval.ms", "100",
                "enrich.application.id", name + "-enrich-" + run,
                "publish.application.id", name + "-publish-" + run));
    }
}
