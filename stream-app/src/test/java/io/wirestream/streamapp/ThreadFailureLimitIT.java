package io.wirestream.streamapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.streamapp.lifecycle.Health;
import io.wirestream.embedded.KafkaCluster;
import io.wirestream.testkit.Await;
import io.wirestream.testkit.SharedKafkaExtension;
import io.wirestream.testkit.TopicNames;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failure that recurs after every thread replacement (here a source topic that does not exist,
 * as after an operator deleted it) ends in ERROR after the allowed number of failures, instead of
 * replacing threads forever, and a waiting caller is told at once, with the reason.
 */
@ExtendWith(SharedKafkaExtension.class)
class ThreadFailureLimitIT {

    @TempDir
    Path state;

    @Test
    void aRecurringThreadFailureShutsTheClientDownAndTheWaitFailsWithTheReason(KafkaCluster kafka, TestInfo info) {
        String missing = TopicNames.unique(info, "never-created");
        String dlq = TopicNames.unique(info, "dlq");
        kafka.createTopics(1, dlq);
        Topology topology = new Topology();
        topology.addSource("read-in", Serdes.String().deserializer(), Serdes.String().deserializer(), missing);
        topology.addSink("write-out", TopicNames.unique(info, "out"), Serdes.String().serializer(),
                Serdes.String().serializer(), "read-in");
        StreamSettings settings = new StreamSettings(TopicNames.unique(info, "app"), kafka.bootstrapServers(), state,
                "test-stage", dlq, Duration.ofMillis(100));

        List<Health> told = new CopyOnWriteArrayList<>();
        try (StreamApp app = new StreamApp("doomed", topology, settings, 2, Duration.ofMinutes(10))
                .onTerminal(told::add).startAsync()) {
            assertThatThrownBy(() -> app.awaitRunningPatiently(Duration.ofSeconds(5)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("2 stream-thread failures within PT10M")
                    .hasMessageContaining("source topics were missing");
            Health health = app.health();
            assertThat(health.status()).isEqualTo(Health.Status.FAILED);
            assertThat(health.reason()).contains("MissingSourceTopicException");
            // What `run` needs to exit with a failure instead of idling on a dead client.
            // The action runs on a Streams thread, so it may finish just after the waiter wakes.
            Await.until(Duration.ofSeconds(10), "the terminal action to run", () -> !told.isEmpty());
            assertThat(told).singleElement().satisfies(h -> {
                assertThat(h.status()).isEqualTo(Health.Status.FAILED);
                assertThat(h.reason()).contains("2 stream-thread failures");
            });
            // No thread is replaced any more: the client has given up for good.
            assertThat(app.state()).isIn(KafkaStreams.State.PENDING_ERROR, KafkaStreams.State.ERROR);
            assertThatThrownBy(() -> app.awaitRunning(Duration.ofMinutes(5)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("will not reach RUNNING");
        }
    }
}
