package io.wirestream.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;

class PipelineMetricsTest {

    @Test
    void countsStoriesAndDeadLettersByLabelAndRecordsLatency() {
        try (PipelineMetrics metrics = new PipelineMetrics()) {
            metrics.storyPublished("North Sea Press", "ninjs", "new", Duration.ofMillis(120));
            metrics.storyPublished("North Sea Press", "ninjs", "update", Duration.ofMillis(-5));
            metrics.deadLetter("ingest", "WireFormatException");

            String text = metrics.scrape();

            assertThat(text).contains(
                    "wirestream_stories_published_total{change=\"new\",format=\"ninjs\",provider=\"North Sea Press\"} 1.0",
                    "wirestream_dead_letters_total{reason=\"WireFormatException\",stage=\"ingest\"} 1.0",
                    "wirestream_latency_end_to_end_seconds_count 1",
                    "wirestream_latency_end_to_end_seconds_bucket{le=");
            assertThat(metrics.total("wirestream.stories.published")).isEqualTo(2.0);
            assertThat(metrics.latencyPercentilesMillis()[0]).isBetween(100.0, 140.0);
        }
    }

    @Test
    void summaryLineIsKeyValueWithRates() {
        try (PipelineMetrics metrics = new PipelineMetrics()) {
            SummaryLog log = new SummaryLog(metrics, Duration.ofSeconds(10));
            for (int i = 0; i < 20; i++) {
                metrics.storyPublished("p", "ninjs", "new", Duration.ofMillis(50));
            }

            assertThat(log.line()).startsWith("event=summary period_s=10 stories=20 stories_per_s=2.00 dead_letters=0 ");
            assertThat(log.line()).contains("stories=20 stories_per_s=0.00");
        }
    }

    @Test
    void deadLetterReasonIsTheErrorClassSimpleName() {
        assertThat(StoryFeed.simpleName("io.wirestream.ingest.format.WireFormatException")).isEqualTo("WireFormatException");
        assertThat(StoryFeed.simpleName(null)).isEqualTo("unknown");
    }

    @Test
    void serverSentEventIsOneEventWithItsDataLines() {
        assertThat(ObserveServer.sse("story", "{\"a\":1}")).isEqualTo("event: story\ndata: {\"a\":1}\n\n");
        assertThat(ObserveServer.sse("x", "a\nb")).isEqualTo("event: x\ndata: a\ndata: b\n\n");
    }

    @Test
    void clientsOfDifferentRolesKeepTheirMetricsSideBySide() {
        // Prometheus refuses a meter name with a second set of tag keys: every client must carry stage=.
        try (PipelineMetrics metrics = new PipelineMetrics();
             KafkaConsumer<byte[], byte[]> stage = consumer("stage-client");
             KafkaConsumer<byte[], byte[]> feed = consumer("feed-client")) {
            metrics.bindClient("enrich", stage);
            metrics.bindClient("observe", feed);

            String text = metrics.scrape();

            assertThat(text).containsPattern("kafka_app_info_start_time_ms\\{client_id=\"stage-client\".*stage=\"enrich\"")
                    .containsPattern("kafka_app_info_start_time_ms\\{client_id=\"feed-client\".*stage=\"observe\"");
        }
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String clientId) {
        // Never connects: no broker is needed to construct a consumer and read its metrics.
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9",
                ConsumerConfig.CLIENT_ID_CONFIG, clientId, ConsumerConfig.GROUP_ID_CONFIG, "g-" + clientId),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
