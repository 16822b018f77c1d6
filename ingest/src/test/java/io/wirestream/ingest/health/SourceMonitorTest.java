package io.wirestream.ingest.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.ingest.IngestResult;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SourceMonitorTest {

    private static final Instant T0 = Instant.parse("2026-12-02T01:00:00Z");

    private static final class TestClock extends Clock {
        private Instant now = T0;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final SourceMonitor monitor = new SourceMonitor("drop-folder:/in", Duration.ofMinutes(10), clock);

    @Test
    void countsItemsAndDeadLettersAndKeepsTheLastSuccess() {
        monitor.committed(IngestResult.success("ninjs", 2));
        clock.advance(Duration.ofSeconds(5));
        monitor.committed(IngestResult.failure(null, "no format"));

        SourceHealth health = monitor.snapshot();
        assertThat(health.source()).isEqualTo("drop-folder:/in");
        assertThat(health.items()).isEqualTo(2);
        assertThat(health.deadLetters()).isEqualTo(1);
        assertThat(health.lastSuccess()).isEqualTo(T0.plusSeconds(5));
        assertThat(health.lastError()).isNull();
        assertThat(health.quiet()).isFalse();
    }

    @Test
    void keepsTheLastErrorAndItsMessage() {
        clock.advance(Duration.ofSeconds(3));
        monitor.failed(new IOException("disk gone"));

        SourceHealth health = monitor.snapshot();
        assertThat(health.lastError()).isEqualTo(T0.plusSeconds(3));
        assertThat(health.lastErrorMessage()).isEqualTo("disk gone");
        assertThat(health.lastSuccess()).isNull();
    }

    @Test
    void isQuietOnlyPastTheThresholdSinceTheLastSuccess() {
        clock.advance(Duration.ofMinutes(10));
        assertThat(monitor.checkQuiet()).isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(monitor.checkQuiet()).isTrue();
        assertThat(monitor.snapshot().quiet()).isTrue();

        monitor.committed(IngestResult.success("agency-text", 1));
        assertThat(monitor.checkQuiet()).isFalse();
        clock.advance(Duration.ofMinutes(11));
        assertThat(monitor.checkQuiet()).isTrue();
    }

    @Test
    void refusesANonPositiveThreshold() {
        assertThatThrownBy(() -> new SourceMonitor("s", Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
