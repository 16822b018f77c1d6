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
}
