package io.wirestream.ingest.source.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(15));

    @Test
    void theCeilingDoublesWithEachFailureUpToTheCap() {
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(backoff.ceiling(9)).isEqualTo(Duration.ofSeconds(512));
        assertThat(backoff.ceiling(10)).as("1024 s is past the cap").isEqualTo(Duration.ofMinutes(15));
        assertThat(backoff.ceiling(Integer.MAX_VALUE)).as("no overflow").isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theDelayIsBetweenHalfTheCeilingAndTheCeiling() {
        assertThat(backoff.delay(3, () -> 0.0)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.delay(3, () -> 0.5)).isEqualTo(Duration.ofMillis(6000));
        assertThat(backoff.delay(3, () -> Math.nextDown(1.0))).isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.delay(40, () -> Math.nextDown(1.0))).isEqualTo(Duration.ofMinutes(15));
        assertThat(backoff.delay(40, () -> 0.0)).isEqualTo(Duration.ofSeconds(450));
    }

    @Test
    void jitterSpreadsTheDelaysOfOneFailureCount() {
        java.util.Random random = new java.util.Random(7);
        java.util.Set<Duration> delays = new java.util.HashSet<>();
        for (int i = 0; i < 50; i++) {
            Duration d = backoff.delay(4, random::nextDouble);
            assertThat(d).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(16));
            delays.add(d);
        }
        assertThat(delays).hasSizeGreaterThan(40);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> backoff.ceiling(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backoff.delay(1, () -> 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
