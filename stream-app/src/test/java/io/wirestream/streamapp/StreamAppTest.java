package io.wirestream.streamapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.streamapp.lifecycle.Health;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lifecycle without a broker: a client that is never started or already closed. */
class StreamAppTest {

    @TempDir
    Path state;

    private StreamApp app() {
        Topology topology = new Topology();
        topology.addSource("read-in", Serdes.String().deserializer(), Serdes.String().deserializer(), "in");
        topology.addSink("write-out", "out", Serdes.String().serializer(), Serdes.String().serializer(), "read-in");
        return new StreamApp("test", topology, new StreamSettings("stream-app-test", "localhost:1", state, "test",
                "dlq", Duration.ofMillis(100)));
    }

    @Test
    void reportsNotStartedBeforeStart() {
        try (StreamApp app = app()) {
            assertThat(app.health().status()).isEqualTo(Health.Status.NOT_STARTED);
        }
    }

    @Test
    void awaitingAClosedStageFailsAtOnceInsteadOfWaitingOutTheTimeout() {
        StreamApp app = app();
        app.close();
        assertThat(app.health().status()).isEqualTo(Health.Status.STOPPED);

        long begin = System.nanoTime();
        assertThatThrownBy(() -> app.awaitRunning(Duration.ofMinutes(5)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("will not reach RUNNING");
        assertThatThrownBy(() -> app.awaitRunningPatiently(Duration.ofSeconds(1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void tellsOnceWhenTheStageStopsAndAtOnceToWhoAsksLater() {
        List<Health> told = new CopyOnWriteArrayList<>();
        StreamApp app = app().onTerminal(told::add);
        app.close();
        assertThat(told).singleElement().satisfies(h -> assertThat(h.status()).isEqualTo(Health.Status.STOPPED));

        List<Health> late = new CopyOnWriteArrayList<>();
        app.onTerminal(late::add);
        assertThat(late).singleElement().satisfies(h -> assertThat(h.status()).isEqualTo(Health.Status.STOPPED));
        assertThat(told).hasSize(1);
    }
}
