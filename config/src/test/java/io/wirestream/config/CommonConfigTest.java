package io.wirestream.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class CommonConfigTest {

    private static ConfigDef stage() {
        return CommonConfig.define().define("batch.size", ConfigDef.Type.INT, 10, ConfigDef.Importance.LOW, "doc");
    }

    @Test
    void parsesKnownKeysAndLeavesClientKeysToTheOverrides() {
        Map<String, String> values = Map.of("bootstrap.servers", "k:9092", "batch.size", "5",
                "kafka.security.protocol", "SSL");
        AbstractConfig config = CommonConfig.parse("test", stage(), values);

        assertThat(config.getInt("batch.size")).isEqualTo(5);
        ClusterSettings cluster = CommonConfig.cluster(config, values);
        assertThat(cluster.bootstrapServers()).isEqualTo("k:9092");
        assertThat(cluster.clients().admin()).containsEntry("security.protocol", "SSL");
    }

    @Test
    void rejectsATypoNamingItAndTheStage() {
        assertThatThrownBy(() -> CommonConfig.parse("enrich", stage(), Map.of("bootstrap.servers", "k:1",
                "batch.sise", "5")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("batch.sise")
                .hasMessageContaining("unknown enrich setting")
                .hasMessageContaining("enrich.batch.sise")
                .hasMessageContaining("did you mean batch.size?");
        assertThatThrownBy(() -> CommonConfig.parse("enrich", stage(), Map.of("bootstrap.servers", "k:1",
                "completely.different", "5")))
                .hasMessageContaining("completely.different").hasMessageNotContaining("did you mean");
    }

    @Test
    void bootstrapServersHasNoDefault() {
        assertThatThrownBy(() -> CommonConfig.parse("ingest", stage(), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("bootstrap.servers");
    }

    @Test
    void httpPortComesFromTheSettingsElseTheCallersFallback() {
        assertThat(CommonConfig.httpPort(Map.of(), CommonConfig.HTTP_OFF)).isEqualTo(-1);
        assertThat(CommonConfig.httpPort(Map.of(), 0)).isZero();
        assertThat(CommonConfig.httpPort(Map.of("http.port", "9464"), -1)).isEqualTo(9464);
        assertThat(CommonConfig.httpPort(Map.of("http.port", " 0 "), -1)).isZero();
    }

    @Test
    void httpPortOutsideThePortRangeIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> CommonConfig.httpPort(Map.of("http.port", "70000"), -1))
                .isInstanceOf(ConfigException.class).hasMessageContaining("http.port");
        assertThatThrownBy(() -> CommonConfig.httpPort(Map.of("http.port", "eighty"), -1))
                .isInstanceOf(ConfigException.class).hasMessageContaining("http.port");
    }

    @Test
    void everyStageAcceptsHttpPortAsACommonKey() {
        AbstractConfig config = CommonConfig.parse("publish", stage(), Map.of("bootstrap.servers", "k:1",
                "http.port", "8080"));
        assertThat(config.getInt("http.port")).isEqualTo(8080);
    }
}
