package io.wirestream.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class ClientOverridesTest {

    private static final Map<String, String> SECURED = Map.of(
            "kafka.security.protocol", "SASL_SSL",
            "kafka.sasl.mechanism", "PLAIN",
            "producer.compression.type", "lz4",
            "consumer.max.poll.records", "50",
            "admin.request.timeout.ms", "5000",
            "streams.num.stream.threads", "2",
            "application.id", "not-a-client-key");

    @Test
    void commonClientSettingsReachEveryClientAndSpecificOnesOnlyTheirs() {
        ClientOverrides overrides = ClientOverrides.from(SECURED);

        assertThat(overrides.producer()).containsOnly(Map.entry("security.protocol", "SASL_SSL"),
                Map.entry("sasl.mechanism", "PLAIN"), Map.entry("compression.type", "lz4"));
        assertThat(overrides.consumer()).containsEntry("max.poll.records", "50").doesNotContainKey("compression.type");
        assertThat(overrides.admin()).containsEntry("request.timeout.ms", "5000").containsKey("security.protocol");
    }

    @Test
    void streamsGetsClientSettingsInItsOwnPrefixes() {
        Properties streams = ClientOverrides.from(SECURED).streams();

        assertThat(streams).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("num.stream.threads", "2")
                .containsEntry("producer.compression.type", "lz4")
                .containsEntry("consumer.max.poll.records", "50")
                .containsEntry("admin.request.timeout.ms", "5000")
                .doesNotContainKey("application.id");
    }

    @Test
    void aSpecificSettingWinsOverTheCommonOne() {
        ClientOverrides overrides = ClientOverrides.from(Map.of("kafka.client.id", "all", "producer.client.id", "p"));
        assertThat(overrides.producer()).containsEntry("client.id", "p");
        assertThat(overrides.consumer()).containsEntry("client.id", "all");
    }

    @Test
    void guaranteesCannotBeOverridden() {
        for (String key : new String[] {"streams.processing.guarantee", "producer.enable.idempotence",
                "kafka.acks", "consumer.isolation.level", "producer.transactional.id", "kafka.bootstrap.servers"}) {
            assertThatThrownBy(() -> ClientOverrides.from(Map.of(key, "x")))
                    .as(key).isInstanceOf(ConfigException.class).hasMessageContaining(key);
        }
    }

    @Test
    void toStringHidesValuesBecauseTheyMayBeCredentials() {
        String shown = ClientOverrides.from(Map.of("kafka.sasl.jaas.config", "secret-password")).toString();
        assertThat(shown).contains("kafka.sasl.jaas.config").doesNotContain("secret-password");
    }

    @Test
    void aPrefixAloneIsNotASetting() {
        assertThatThrownBy(() -> ClientOverrides.from(Map.of("producer.", "x"))).isInstanceOf(ConfigException.class);
    }
}
