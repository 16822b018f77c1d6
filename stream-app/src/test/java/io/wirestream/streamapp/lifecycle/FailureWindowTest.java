package io.wirestream.streamapp.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FailureWindowTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final FailureWindow window = new FailureWindow(5, Duration.ofMinutes(10), clock);

    @Test
    void tripsOnTheFifthFailureWithinTenMinutes() {
        for (int i = 1; i <= 4; i++) {
            assertThat(window.record()).as("failure %d", i).isFalse();
            clock.advance(Duration.ofMinutes(2));
        }
        assertThat(window.record()).isTrue();
        assertThat(window.count()).isEqualTo(5);
    }

    @Test
    void staysTrippedWhileFailuresGoOnInTheWindow() {
        for (int i = 0; i < 4; i++) {
            window.record();
        }
        assertThat(window.record()).isTrue();
        assertThat(window.record()).isTrue();
    }

    @Test
    void forgetsFailuresOlderThanTheWindow() {
        for (int i = 0; i < 4; i++) {
            window.record();
        }
        clock.advance(Duration.ofMinutes(10));
        assertThat(window.count()).isZero();
        assertThat(window.record()).isFalse();
        assertThat(window.count()).isEqualTo(1);
    }

    @Test
    void slidesSoSpacedFailuresNeverTrip() {
        // One failure every 2.5 minutes: at most 4 fall within any 10 minutes.
        for (int i = 0; i < 50; i++) {
            assertThat(window.record()).as("failure %d", i).isFalse();
            clock.advance(Duration.ofSeconds(150));
        }
    }

    @Test
    void countsAFailureJustInsideTheWindow() {
        for (int i = 0; i < 4; i++) {
            window.record();
        }
        clock.advance(Duration.ofMinutes(10).minusMillis(1));
        assertThat(window.record()).isTrue();
    }

    @Test
    void aLimitOfOneTripsOnTheFirstFailure() {
        assertThat(new FailureWindow(1, Duration.ofSeconds(1), clock).record()).isTrue();
    }

    @Test
    void refusesALimitBelowOneAndAnEmptyWindow() {
        assertThatThrownBy(() -> new FailureWindow(0, Duration.ofMinutes(1), clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFailures");
        assertThatThrownBy(() -> new FailureWindow(3, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
    }
}
