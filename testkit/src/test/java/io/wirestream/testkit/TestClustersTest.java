package io.wirestream.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestClustersTest {

    private static final DockerEngine NO_ENGINE = () -> false;
    private static final DockerEngine ENGINE = () -> true;

    @Test
    void anExternalClusterFromTheTestVariableWins() {
        TestClusters.Choice choice = TestClusters.choose(Map.of(TestClusters.BOOTSTRAP_SERVERS_ENV, " k1:9092 ")::get,
                key -> null, ENGINE);
        assertThat(choice.kind()).isEqualTo(TestClusters.Kind.EXTERNAL);
        assertThat(choice.reason()).contains("k1:9092");
    }

    @Test
    void theProductionVariableDoesNotRedirectTests() {
        TestClusters.Choice choice = TestClusters.choose(Map.of("KAFKA_BOOTSTRAP_SERVERS", "prod:9092")::get,
                key -> null, NO_ENGINE);
        assertThat(choice.kind()).isEqualTo(TestClusters.Kind.EMBEDDED);
    }

    @Test
    void blankMeansEmbedded() {
        assertThat(TestClusters.choose(Map.of(TestClusters.BOOTSTRAP_SERVERS_ENV, "  ")::get, key -> null, NO_ENGINE)
            .kind()).isEqualTo(TestClusters.Kind.EMBEDDED);
    }

    @Test
    void aDockerEngineMeansAContainer() {
        TestClusters.Choice choice = TestClusters.choose(key -> null, key -> null, ENGINE);
        assertThat(choice.kind()).isEqualTo(TestClusters.Kind.CONTAINER);
        assertThat(choice.reason()).contains("Docker engine answers");
    }

    @Test
    void containersCanBeTurnedOffEvenWithAnEngine() {
        DockerEngine mustNotBeAsked = () -> {
            throw new AssertionError("engine asked although containers are disabled");
        };
        TestClusters.Choice choice = TestClusters.choose(key -> null,
                Map.of(TestClusters.CONTAINERS_PROPERTY, "false")::get, mustNotBeAsked);
        assertThat(choice.kind()).isEqualTo(TestClusters.Kind.EMBEDDED);
        assertThat(choice.reason()).contains("disabled");
    }

    @Test
    void noEngineMeansEmbeddedAndSaysWhy() {
        TestClusters.Choice choice = TestClusters.choose(key -> null, key -> null, NO_ENGINE);
        assertThat(choice.kind()).isEqualTo(TestClusters.Kind.EMBEDDED);
        assertThat(choice.reason()).contains("no Docker engine");
    }

    @Test
    void theContainerImageIsTheProjectsKafkaVersion() {
        assertThat(ContainerKafka.IMAGE).isEqualTo("apache/kafka:" + org.apache.kafka.common.utils.AppInfoParser.getVersion())
            .startsWith("apache/kafka:4.");
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
