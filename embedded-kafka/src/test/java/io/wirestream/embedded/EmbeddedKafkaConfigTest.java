package io.wirestream.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaConfigTest {

    @Test
    void defaultsAreAllSettingsThisKafkaVersionKnows() {
        assertThat(EmbeddedKafka.unknownDefaultSettings()).isEmpty();
    }

    @Test
    void refusesToOverrideItsListeners() {
        assertThatThrownBy(() -> EmbeddedKafka.start(Map.of("listeners", "PLAINTEXT://0.0.0.0:9092")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'listeners'");
    }

    @Test
    void refusesToOverrideTheDirectoryOfAKeptBroker() {
        assertThatThrownBy(() -> EmbeddedKafka.startOn(Path.of("unused"), 9092, 9093, Map.of("log.dirs", "/tmp/x")))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'log.dirs'");
    }

    @Test
    void saslPlainListsEveryUserAndTheBrokerItself() {
        BrokerSecurity security = BrokerSecurity.saslPlain(Map.of("alice", "alice-secret"));
        Map<String, String> broker = security.brokerConfig("BROKER");

        assertThat(broker).containsEntry("listener.security.protocol.map", "BROKER:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT")
            .containsEntry("sasl.enabled.mechanisms", "PLAIN");
        String jaas = broker.get("listener.name.broker.plain.sasl.jaas.config");
        assertThat(jaas).contains("user_alice=\"alice-secret\"").endsWith(";");
        assertThat(security.clientConfig()).containsEntry("security.protocol", "SASL_PLAINTEXT")
            .containsKey("sasl.jaas.config");
        assertThat(BrokerSecurity.plaintext().clientConfig()).isEmpty();
    }

    @Test
    void saslSettingsAreKnownToThisKafkaVersion() {
        Map<String, String> props = new java.util.HashMap<>(EmbeddedKafka.brokerConfig(Path.of("unused"), 9092, 9093));
        props.putAll(BrokerSecurity.saslPlain(Map.of("bob", "pw")).brokerConfig("BROKER"));
        // the per-listener JAAS key is dynamic; the rest must be real broker settings
        props.keySet().removeIf(key -> key.startsWith("listener.name."));
        assertThat(new kafka.server.KafkaConfig(props, false).values().keySet()).containsAll(props.keySet());
    }

    @Test
    void rejectsQuotesInCredentials() {
        assertThatThrownBy(() -> BrokerSecurity.saslPlain(Map.of("a\"b", "pw")))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
