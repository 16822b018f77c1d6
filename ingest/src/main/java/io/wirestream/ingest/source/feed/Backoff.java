package io.wirestream.ingest.source.feed;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: after the n-th failure in a row the wait is drawn from
 * {@code [c/2, c]} where {@code c = min(max, initial * 2^(n-1))} ("equal jitter"). Why jitter:
 * many feeds of one host failing together (the host is down) must not come back in lockstep;
 * why half of it fixed: the wait still grows, so a broken feed is not hammered.
 *
 * @param initial the ceiling after the first failure, positive
 * @param max the largest ceiling, at least {@code initial}
 */
public record Backoff(Duration initial, Duration max) {

    /** What pollers use: 2 s after the first failure, never more than 15 min. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(15));

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isZero() || initial.isNegative() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max: " + initial + ", " + max);
        }
    }

    /** The ceiling after {@code failures} failures in a row (at least 1). */
    public Duration ceiling(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be positive: " + failures);
        }
        long maxMillis = max.toMillis();
        long ceiling = initial.toMillis();
        // Stops doubling at the cap, so a long run of failures cannot overflow.
        for (int i = 1; i < failures && ceiling < maxMillis; i++) {
            ceiling = ceiling > maxMillis / 2 ? maxMillis : ceiling * 2;
        }
        return Duration.ofMillis(ceiling);
    }

    /**
     * The wait after {@code failures} failures in a row.
     *
     * @param random gives a number in {@code [0, 1)}, e.g. {@code ThreadLocalRandom.current()::nextDouble}
     */
    public Duration delay(int failures, DoubleSupplier random) {
        long ceiling = ceiling(failures).toMillis();
        double r = random.getAsDouble();
        if (r < 0 || r >= 1) {
            throw new IllegalArgumentException("random must be in [0, 1): " + r);
        }
        long half = ceiling / 2;
        return Duration.ofMillis(half + (long) (r * (ceiling - half + 1)));
    }
}
