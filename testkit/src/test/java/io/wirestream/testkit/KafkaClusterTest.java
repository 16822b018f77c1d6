package io.wirestream.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class KafkaClusterTest {

    @Test
    void aGivenBootstrapListSelectsTheExternalClusterWithoutConnecting() {
        try (KafkaCluster cluster = KafkaCluster.connectOrStart(" kafka-1:9092,kafka-2:9092 ")) {
            assertThat(cluster).isInstanceOf(ExternalKafka.class);
            assertThat(cluster.bootstrapServers()).isEqualTo("kafka-1:9092,kafka-2:9092");
        }
    }

    @Test
    void externalClusterRefusesWorkAfterClose() {
        ExternalKafka cluster = new ExternalKafka("localhost:9");
        cluster.close();

        assertThatThrownBy(() -> cluster.createTopics(1, "t")).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("closed");
    }

    @Test
    void embeddedKafkaDefaultsAreAllSettingsThisKafkaVersionKnows() {
        assertThat(EmbeddedKafka.unknownDefaultSettings()).isEmpty();
    }

    @Test
    void embeddedKafkaRefusesToOverrideItsListeners() {
        assertThatThrownBy(() -> EmbeddedKafka.start(Map.of("listeners", "PLAINTEXT://0.0.0.0:9092")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'listeners'");
    }
}
