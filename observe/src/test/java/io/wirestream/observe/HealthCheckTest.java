package io.wirestream.observe;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.streamapp.lifecycle.Health;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

class HealthCheckTest {

    private static final Instant NOW = Instant.parse("2026-03-11T10:00:00Z");
    private final HealthCheck check = new HealthCheck(null, null, Clock.fixed(NOW, ZoneOffset.UTC));

    private static Health health(Health.Status status, KafkaStreams.State state) {
        return new Health(status, state, NOW.minusSeconds(5), "because");
    }

    @Test
    void readyWhenEveryStreamsStageRuns() {
        Map<String, Health> stages = new LinkedHashMap<>();
        stages.put("enrich", health(Health.Status.RUNNING, KafkaStreams.State.RUNNING));
        stages.put("publish", health(Health.Status.RUNNING, KafkaStreams.State.RUNNING));

        HealthCheck.Report report = check.check(stages, true);

        assertThat(report.ready()).isTrue();
        assertThat(report.live()).isTrue();
        assertThat(report.json()).contains("\"enrich\":{\"live\":true,\"ready\":true,\"status\":\"RUNNING\"",
                "\"ingest\":{\"live\":true,\"ready\":true");
    }

    @Test
    void rebalancingStageIsLiveButNotReady() {
        HealthCheck.Report report = check.check(
                Map.of("enrich", health(Health.Status.WAITING, KafkaStreams.State.REBALANCING)), false);

        assertThat(report.live()).isTrue();
        assertThat(report.ready()).isFalse();
        assertThat(report.json()).contains("\"state\":\"REBALANCING\"").doesNotContain("\"ingest\"");
    }

    @Test
    void failedStageIsNeitherLiveNorReady() {
        HealthCheck.Report report = check.check(
                Map.of("publish", health(Health.Status.FAILED, KafkaStreams.State.ERROR)), false);

        assertThat(report.live()).isFalse();
        assertThat(report.ready()).isFalse();
        assertThat(report.json()).contains("\"reason\":\"because\"");
    }

    @Test
    void listsEachIngestSourceWithoutMakingAFailingOneUnready() {
        io.wirestream.ingest.health.SourceHealth folder = new io.wirestream.ingest.health.SourceHealth(
                "drop-folder:/in", NOW.minusSeconds(60), null, null, 12, 1, java.time.Duration.ofHours(1), false);
        io.wirestream.ingest.health.SourceHealth feed = new io.wirestream.ingest.health.SourceHealth(
                "feed:https://news.example.org/rss", null, NOW.minusSeconds(3), "HTTP 500 from https://news.example.org/rss",
                0, 0, java.time.Duration.ofHours(1), true);

        HealthCheck.Report report = check.check(Map.of(), true, java.util.List.of(folder, feed));

        assertThat(report.ready()).isTrue();
        assertThat(report.json()).contains(
                "\"sources\":[{\"source\":\"drop-folder:/in\",\"lastSuccessAt\":\"2026-03-11T09:59:00Z\","
                        + "\"lastErrorAt\":null,\"lastError\":null,\"items\":12,\"deadLetters\":1,\"quiet\":false}",
                "{\"source\":\"feed:https://news.example.org/rss\",\"lastSuccessAt\":null,"
                        + "\"lastErrorAt\":\"2026-03-11T09:59:57Z\",\"lastError\":\"HTTP 500 from https://news.example.org/rss\","
                        + "\"items\":0,\"deadLetters\":0,\"quiet\":true}]");
    }
}
