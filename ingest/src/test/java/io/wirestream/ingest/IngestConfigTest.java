package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.ingest.source.feed.FeedSpec;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

    private static final String BOOTSTRAP = "bootstrap.servers";

    @Test
    void hasDefaultsForEverySetting() {
        IngestConfig config = IngestConfig.defaults();

        assertThat(config.dropFolder()).isNull();
        assertThat(config.pollInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.providerHint()).isNull();
        assertThat(config.maxInputBytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(config.pinnedFormat()).isNull();
        assertThat(config.cluster().topicPrefix()).isEmpty();
        assertThat(config.transactionalId()).startsWith("wirestream-ingest-").isNotEqualTo("wirestream-ingest-");
        assertThat(config.producers()).isEqualTo(3);
        assertThat(config.batchMaxInputs()).isEqualTo(500);
        assertThat(config.batchMaxBytes()).isEqualTo(16L * 1024 * 1024);
        assertThat(config.batchLinger()).isEqualTo(Duration.ofMillis(10));
        assertThat(config.sourceThreads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void readsTheSinkAndThreadSettings() {
        IngestConfig config = IngestConfig.from(Map.of(
                BOOTSTRAP, "k1:9092",
                "transactional.id", " ingest-a ",
                "producers", "2",
                "batch.max.inputs", "10",
                "batch.max.bytes", "4096",
                "batch.linger.ms", "0",
                "source.threads", "7"));

        assertThat(config.transactionalId()).isEqualTo("ingest-a");
        assertThat(config.producers()).isEqualTo(2);
        assertThat(config.batchMaxInputs()).isEqualTo(10);
        assertThat(config.batchMaxBytes()).isEqualTo(4096);
        assertThat(config.batchLinger()).isEqualTo(Duration.ZERO);
        assertThat(config.sourceThreads()).isEqualTo(7);
        assertThat(config.withDropFolder(Path.of("/in")).transactionalId()).isEqualTo("ingest-a");
    }

    @Test
    void derivesTheTransactionalIdFromTheTopicPrefix() {
        IngestConfig config = IngestConfig.from(Map.of(BOOTSTRAP, "k1:9092", "topic.prefix", "lab."));

        assertThat(config.transactionalId()).startsWith("wirestream-ingest-lab.")
                .isEqualTo(IngestConfig.defaultTransactionalId("lab."));
    }

    @Test
    void refusesSinkSettingsOutOfRangeNamingTheKey() {
        for (String key : new String[] {"producers", "batch.max.inputs", "batch.max.bytes"}) {
            assertThatThrownBy(() -> IngestConfig.from(Map.of(BOOTSTRAP, "k:1", key, "0")))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining(key);
        }
        assertThatThrownBy(() -> IngestConfig.from(Map.of(BOOTSTRAP, "k:1", "batch.linger.ms", "-1")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("batch.linger.ms");
        assertThatThrownBy(() -> IngestConfig.from(Map.of(BOOTSTRAP, "k:1", "source.threads", "-2")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("source.threads");
    }

    @Test
    void readsEverySettingWithoutTheStagePrefix() {
        IngestConfig config = IngestConfig.from(Map.of(
                BOOTSTRAP, "k1:9092",
                "topic.prefix", "lab.",
                "drop.folder", "/var/wire/in",
                "poll.interval.ms", "250",
                "provider", " Liburna ",
                "max.input.bytes", "1000",
                "format", "agency-text"));

        assertThat(config.cluster().bootstrapServers()).isEqualTo("k1:9092");
        assertThat(config.topics().raw().name()).isEqualTo("lab.news.raw.v1");
        assertThat(config.withDropFolder(Path.of("/var/wire/in"))).isEqualTo(config);
        assertThat(config.pollInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(config.providerHint()).isEqualTo("Liburna");
        assertThat(config.maxInputBytes()).isEqualTo(1000);
        assertThat(config.pinnedFormat()).isEqualTo("agency-text");
    }

    @Test
    void passesKafkaClientSettingsThroughToTheProducer() {
        IngestConfig config = IngestConfig.from(Map.of(BOOTSTRAP, "k1:9092",
                "kafka.security.protocol", "SASL_SSL", "producer.linger.ms", "20", "consumer.fetch.min.bytes", "1"));

        assertThat(config.cluster().producerConfig(Map.of()))
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("linger.ms", "20")
                .containsEntry("bootstrap.servers", "k1:9092")
                .doesNotContainKey("fetch.min.bytes");
    }

    @Test
    void refusesClientSettingsThatWouldWeakenTheGuarantees() {
        assertThatThrownBy(() -> IngestConfig.from(Map.of(BOOTSTRAP, "k:1", "producer.acks", "1")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("producer.acks")
                .hasMessageContaining("acks=all");
    }

    @Test
    void bootstrapServersIsRequired() {
        assertThatThrownBy(() -> IngestConfig.from(Map.of("provider", "x")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("bootstrap.servers");
    }

    @Test
    void failsNamingTheKeyOfAnInvalidValue() {
        assertThatThrownBy(() -> IngestConfig.from(Map.of(BOOTSTRAP, "k:1", "poll.interval.ms", "soon")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("poll.interval.ms");
        assertThatThrownBy(() -> IngestConfig.from(Map.of(BOOTSTRAP, "k:1", "max.input.bytes", "0")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("max.input.bytes");
        assertThatThrownBy(() -> IngestConfig.from(Map.of(BOOTSTRAP, "k:1", "format", "NITF!")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("format");
        assertThatThrownBy(() -> IngestConfig.from(Map.of(BOOTSTRAP, "k:1", "topic.prefix", "a_b")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("topic.prefix");
    }

    @Test
    void failsNamingAnUnknownKeyAndListingTheKnownOnes() {
        assertThatThrownBy(() -> IngestConfig.from(Map.of(BOOTSTRAP, "k:1", "pol.interval.ms", "100")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("pol.interval.ms")
                .hasMessageContaining("poll.interval.ms");
    }

    @Test
    void validatesWhenBuiltDirectlyToo() {
        assertThatThrownBy(() -> new IngestConfig(null, Duration.ofMillis(1), null, 10, null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.poll.interval.ms");
    }

    @Test
    void requireDropFolderNamesTheKeyAsUsersWriteIt() {
        assertThatThrownBy(() -> IngestConfig.defaults().requireDropFolder())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.drop.folder");
    }

    @Test
    void documentsEveryKey() {
        assertThat(IngestConfig.configDef().configKeys().values())
                .allSatisfy(key -> assertThat(key.documentation).isNotBlank())
                .extracting(key -> key.name)
                .containsExactlyInAnyOrder(BOOTSTRAP, "topic.prefix", "http.port", "drop.folder", "poll.interval.ms", "provider",
                        "max.input.bytes", "format", "transactional.id", "producers", "batch.max.inputs",
                        "batch.max.bytes", "batch.linger.ms", "source.threads", "http.token", "feeds", "feed.interval.ms");
    }

    @Test
    void readsTheHttpTokenAsAPasswordThatNeverPrints() {
        IngestConfig config = IngestConfig.from(Map.of(BOOTSTRAP, "k:1", "http.token", " t0ken "));

        assertThat(config.httpToken().value()).isEqualTo("t0ken");
        assertThat(config.toString()).doesNotContain("t0ken");
        assertThat(IngestConfig.from(Map.of(BOOTSTRAP, "k:1")).httpToken()).isNull();
        assertThat(IngestConfig.from(Map.of(BOOTSTRAP, "k:1", "http.token", "  ")).httpToken()).isNull();
    }

    @Test
    void readsFeedsWithTheDefaultOrTheirOwnInterval() {
        IngestConfig config = IngestConfig.from(Map.of(BOOTSTRAP, "localhost:9092", "feeds",
                "https://news.example.org/rss, https://wire.example.com/atom|60000", "feed.interval.ms", "120000"));

        assertThat(config.feeds()).containsExactly(
                new FeedSpec(URI.create("https://news.example.org/rss"), Duration.ofMinutes(2)),
                new FeedSpec(URI.create("https://wire.example.com/atom"), Duration.ofMinutes(1)));
        assertThat(IngestConfig.defaults().feeds()).isEmpty();
        assertThat(IngestConfig.from(Map.of(BOOTSTRAP, "localhost:9092", "feeds", "https://news.example.org/rss"))
                .feeds()).singleElement().extracting(FeedSpec::interval).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aBadFeedEntryFailsNamingTheKeyAndTheEntry() {
        assertThatThrownBy(() -> IngestConfig.from(Map.of(BOOTSTRAP, "localhost:9092", "feeds",
                "https://news.example.org/rss,file:///etc/passwd")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.feeds")
                .hasMessageContaining("file:///etc/passwd");
    }
}
