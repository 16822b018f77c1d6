package io.wirestream.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonTopicWatcherTest {

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsTheReceiptTimeOfTheSource() {
        byte[] record = json("{\"guid\":\"a\",\"source\":{\"format\":\"ninjs\",\"receivedAt\":\"2026-12-02T07:10:45.123456Z\"}}");

        assertThat(JsonTopicWatcher.receivedAt(record)).isEqualTo(Instant.parse("2026-12-02T07:10:45.123456Z"));
    }

    @Test
    void toleratesSpacesAfterTheColon() {
        assertThat(JsonTopicWatcher.receivedAt(json("{\"receivedAt\" : \"2026-01-01T00:00:00Z\"}")))
                .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void givesNullWithoutAReadableReceiptTime() {
        assertThat(JsonTopicWatcher.receivedAt(json("{\"guid\":\"a\"}"))).isNull();
        assertThat(JsonTopicWatcher.receivedAt(json("{\"receivedAt\":\"yesterday\"}"))).isNull();
        assertThat(JsonTopicWatcher.receivedAt(json("{\"receivedAt\":\"2026-01-01"))).isNull();
    }
}
