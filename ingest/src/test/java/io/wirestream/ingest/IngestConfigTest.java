package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

    @Test
    void hasDefaultsForEverySetting() {
        IngestConfig config = IngestConfig.defaults();

        assertThat(config.dropFolder()).isNull();
        assertThat(config.pollInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(config.providerHint()).isNull();
        assertThat(config.maxInputBytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(config.pinnedFormat()).isNull();
    }

    @Test
    void readsEverySetting() {
        IngestConfig config = IngestConfig.from(Map.of(
                "ingest.drop.folder", "/var/wire/in",
                "ingest.poll.interval.ms", "250",
                "ingest.provider", " Liburna ",
                "ingest.max.input.bytes", "1000",
                "ingest.format", "agency-text"));

        assertThat(config).isEqualTo(new IngestConfig(
                Path.of("/var/wire/in"), Duration.ofMillis(250), "Liburna", 1000, "agency-text"));
    }

    @Test
    void ignoresKeysOfOtherStages() {
        assertThat(IngestConfig.from(Map.of("bootstrap.servers", "x:9092", "enrich.language", "en")))
                .isEqualTo(IngestConfig.defaults());
    }

    @Test
    void failsNamingTheKeyOfAnInvalidValue() {
        assertThatThrownBy(() -> IngestConfig.from(Map.of("ingest.poll.interval.ms", "soon")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.poll.interval.ms");
        assertThatThrownBy(() -> IngestConfig.from(Map.of("ingest.max.input.bytes", "0")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.max.input.bytes");
        assertThatThrownBy(() -> IngestConfig.from(Map.of("ingest.format", "NITF!")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.format");
    }

    @Test
    void failsNamingAnUnknownIngestKey() {
        assertThatThrownBy(() -> IngestConfig.from(Map.of("ingest.pol.interval.ms", "100")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.pol.interval.ms")
                .hasMessageContaining("ingest.poll.interval.ms");
    }

    @Test
    void validatesWhenBuiltDirectlyToo() {
        assertThatThrownBy(() -> new IngestConfig(null, Duration.ofMillis(1), null, 10, null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.poll.interval.ms");
    }

    @Test
    void requireDropFolderNamesTheKey() {
        assertThatThrownBy(() -> IngestConfig.defaults().requireDropFolder())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.drop.folder");
    }

    @Test
    void documentsEveryKey() {
        assertThat(IngestConfig.configDef().configKeys().values())
                .allSatisfy(key -> assertThat(key.documentation).isNotBlank())
                .extracting(key -> key.name)
                .containsExactlyInAnyOrder("ingest.drop.folder", "ingest.poll.interval.ms", "ingest.provider",
                        "ingest.max.input.bytes", "ingest.format");
    }
}
