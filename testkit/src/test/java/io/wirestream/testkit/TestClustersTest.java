package io.wirestream.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestClustersTest {

    @Test
    void anExternalClusterFromTheTestVariableWins() {
        TestClusters.Choice choice = TestClusters.choose(Map.of(TestClusters.BOOTSTRAP_SERVERS_ENV, " k1:9092 ")::get);
        assertThat(choice.kind()).isEqualTo(TestClusters.Kind.EXTERNAL);
        assertThat(choice.reason()).contains("k1:9092");
    }

    @Test
    void theProductionVariableDoesNotRedirectTests() {
        TestClusters.Choice choice = TestClusters.choose(Map.of("KAFKA_BOOTSTRAP_SERVERS", "prod:9092")::get);
        assertThat(choice.kind()).isEqualTo(TestClusters.Kind.EMBEDDED);
    }

    @Test
    void blankMeansEmbedded() {
        assertThat(TestClusters.choose(Map.of(TestClusters.BOOTSTRAP_SERVERS_ENV, "  ")::get).kind())
            .isEqualTo(TestClusters.Kind.EMBEDDED);
    }

    @Test
    void clientSettingsComeFromThePropertiesFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("client.properties");
        Files.writeString(file, "security.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\n");
        assertThat(TestClusters.clientConfig(file.toString()))
            .containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512");
        assertThat(TestClusters.clientConfig(null)).isEmpty();
    }

    @Test
    void anExternalHandleRefusesWorkAfterClose() {
        ExternalKafka cluster = new ExternalKafka("localhost:9");
        cluster.close();
        assertThatThrownBy(() -> cluster.createTopics(1, "t")).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("closed");
    }
}
