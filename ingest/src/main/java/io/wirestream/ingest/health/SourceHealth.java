package io.wirestream.ingest.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A snapshot of one source's health, for a {@code /health} endpoint or a log line. Immutable.
 *
 * @param source the source's name (e.g. {@code drop-folder:/var/wire/in}), not null
 * @param lastSuccess when an input of the source was last committed, or null if never
 * @param lastError when the source last failed (an input it could not read or submit), or null
 * @param lastErrorMessage what that failure was, or null
 * @param items articles committed since start
 * @param deadLetters inputs dead-lettered since start
 * @param quietThreshold how long without a success counts as quiet, positive
 * @param quiet whether the source has had no success for longer than {@code quietThreshold}
 */
public record SourceHealth(String source, Instant lastSuccess, Instant lastError, String lastErrorMessage,
                           long items, long deadLetters, Duration quietThreshold, boolean quiet) {

    public SourceHealth {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quietThreshold, "quietThreshold");
    }
}
