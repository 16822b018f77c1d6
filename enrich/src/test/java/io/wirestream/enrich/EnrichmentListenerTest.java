package io.wirestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.PubStatus;
import io.wirestream.schemas.RawArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class EnrichmentListenerTest {

    private static final Instant NOW = Instant.parse("2025-03-12T08:30:00Z");

    @Test
    void listenerHearsEachStepOnceWithItsDuration() {
        Map<String, Long> steps = new ConcurrentHashMap<>();
        Enricher plain = Enricher.standard(Clock.fixed(NOW, ZoneOffset.UTC), "wirestream-enrich/test");
        Enricher timed = plain.withListener((step, nanos) -> steps.merge(step, nanos, (a, b) -> -1L));
        RawArticle article = RawArticle.newBuilder()
                .setId("urn:test:listener")
                .setVersion(1)
                .setPubStatus(PubStatus.USABLE)
                .setProvider("Harbour Wire Service")
                .setFormat("agency-text")
                .setOrigin("test")
                .setReceivedAt(NOW)
                .setHeadline("Envoy in Valletta")
                .setBody(List.of("The envoy Maria Borg arrived in Valletta on Monday."))
                .setContentHash("0".repeat(64))
                .build();

        assertThat(timed.enrich(article, ChangeKind.NEW, NOW)).isEqualTo(plain.enrich(article, ChangeKind.NEW, NOW));
        assertThat(steps).containsOnlyKeys("clean", "language", "statistics", "entities", "extractions", "topics");
        assertThat(steps.values()).allSatisfy(nanos -> assertThat(nanos).isNotNegative());
    }
}
