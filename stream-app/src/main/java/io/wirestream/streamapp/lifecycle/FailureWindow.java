package io.wirestream.streamapp.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Counts failures in a sliding time window and says when there have been too many: the
 * {@code maxFailures}-th failure within {@code window} of the first one still in the window trips
 * it. A failure older than {@code window} no longer counts, so a stage that fails now and then for
 * weeks is never tripped, while one that fails again at once after each replacement is.
 *
 * <p>Thread-safe: Kafka Streams may report failures from several stream threads at once.
 */
public final class FailureWindow {

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Deque<Instant> failures = new ArrayDeque<>();

    /**
     * @param maxFailures how many failures within {@code window} trip it, at least 1
     * @param window      how long a failure counts, positive
     * @param clock       the time of each failure
     * @throws IllegalArgumentException if {@code maxFailures < 1} or {@code window} is not positive
     */
    public FailureWindow(int maxFailures, Duration window, Clock clock) {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1, not " + maxFailures);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, not " + window);
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records one failure now.
     *
     * @return true if it is the {@code maxFailures}-th (or a later) failure within the window
     */
    public synchronized boolean record() {
        Instant now = clock.instant();
        failures.addLast(now);
        forgetBefore(now.minus(window));
        return failures.size() >= maxFailures;
    }

    /** How many failures count at this moment. */
    public synchronized int count() {
        forgetBefore(clock.instant().minus(window));
        return failures.size();
    }

    /** The failure count that trips it. */
    public int maxFailures() {
        return maxFailures;
    }

    /** How long a failure counts. */
    public Duration window() {
        return window;
    }

    private void forgetBefore(Instant oldest) {
        // A failure exactly `window` old no longer counts: "5 in 10 minutes" means within less than 10 minutes.
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(oldest)) {
            failures.removeFirst();
        }
    }
}
