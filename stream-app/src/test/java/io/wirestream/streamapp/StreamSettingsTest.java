package io.wirestream.streamapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.streamapp.membership.InstanceIdentity;
import io.wirestream.config.ClientOverrides;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamSettingsTest {

    @TempDir
    Path state;

    @Test
    void makesTheMainConsumerAStaticMemberWithAShortSession() {
        Properties props = new StreamSettings("wirestream-enrich", "localhost:9092", state, "enrich", "dlq",
                Duration.ofMillis(200)).toProperties();

        assertThat(props.get(StreamsConfig.GROUP_PROTOCOL_CONFIG)).isEqualTo("classic");
        assertThat(props.get("main.consumer.group.instance.id"))
                .isEqualTo(InstanceIdentity.resolve("wirestream-enrich", state, null));
        assertThat(props.get("consumer.session.timeout.ms")).isEqualTo("15000");
        assertThat(props.get("consumer.heartbeat.interval.ms")).isEqualTo("5000");
        // Streams accepts them as they are.
        new StreamsConfig(props);
    }

    @Test
    void usesAConfiguredGroupInstanceId() {
        Properties props = new StreamSettings("wirestream-enrich", "localhost:9092", state, "enrich", "dlq",
                Duration.ofMillis(200), "enrich-0", ClientOverrides.none()).toProperties();

        assertThat(props.get("main.consumer.group.instance.id")).isEqualTo("enrich-0");
    }

    @Test
    void anOperatorMayLengthenTheSessionButNotWeakenExactlyOnce() {
        Properties props = new StreamSettings("wirestream-enrich", "localhost:9092", state, "enrich", "dlq",
                Duration.ofMillis(200), null, ClientOverrides.from(java.util.Map.of(
                        "consumer.session.timeout.ms", "30000", "kafka.security.protocol", "SSL")))
                .toProperties();

        assertThat(props.get("consumer.session.timeout.ms")).isEqualTo("30000");
        assertThat(props.get("security.protocol")).isEqualTo("SSL");
        assertThat(props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
    }
}
