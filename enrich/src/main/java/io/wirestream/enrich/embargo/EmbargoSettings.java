package io.wirestream.enrich.embargo;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds of the embargo hold.
 *
 * @param maxHold       the longest a version is held: an embargo further ahead than this is refused
 *                      (dead-lettered, never published early) and a withheld version still held after
 *                      it is dropped; positive
 * @param checkInterval how often, in wall-clock time, held versions are checked for release; positive
 */
public record EmbargoSettings(Duration maxHold, Duration checkInterval) {

    /** Held at most 30 days. */
    public static final Duration DEFAULT_MAX_HOLD = Duration.ofDays(30);
    /** Checked every second: an embargo is lifted at most about a second late. */
    public static final Duration DEFAULT_CHECK_INTERVAL = Duration.ofSeconds(1);

    /** @throws IllegalArgumentException if a duration is not positive */
    public EmbargoSettings {
        positive(maxHold, "maxHold");
        positive(checkInterval, "checkInterval");
    }

    /** The defaults. */
    public static EmbargoSettings defaults() {
        return new EmbargoSettings(DEFAULT_MAX_HOLD, DEFAULT_CHECK_INTERVAL);
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + d);
        }
    }
}
