package io.wirestream.ingest.health;

import io.wirestream.ingest.IngestResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts what one source achieved and reports when it falls quiet. A source calls
 * {@link #committed} when an input's records are committed (or its dead letter is),
 * {@link #failed} when it could not read or submit an input; anyone may call {@link #snapshot()}
 * and {@link #checkQuiet()}. Thread-safe.
 *
 * <p>A source is quiet when nothing has been committed for longer than its threshold, counted
 * from its last success or, before the first one, from the monitor's creation; {@link #checkQuiet}
 * logs one WARN line when a source becomes quiet and one INFO line when it recovers, not one per
 * check.
 */
public final class SourceMonitor {

    private static final Logger log = LoggerFactory.getLogger(SourceMonitor.class);

    private final String source;
    private final Duration quietThreshold;
    private final Clock clock;
    private final Instant started;
    private final LongAdder items = new LongAdder();
    private final LongAdder deadLetters = new LongAdder();
    private volatile Instant lastSuccess;
    private volatile Instant lastError;
    private volatile String lastErrorMessage;
    private volatile boolean reportedQuiet;

    /**
     * @param source the source's name, not null
     * @param quietThreshold how long without a success counts as quiet, positive
     * @param clock gives the times, not null
     */
    public SourceMonitor(String source, Duration quietThreshold, Clock clock) {
        this.source = Objects.requireNonNull(source, "source");
        this.quietThreshold = Objects.requireNonNull(quietThreshold, "quietThreshold");
        if (quietThreshold.isZero() || quietThreshold.isNegative()) {
            throw new IllegalArgumentException("quietThreshold must be positive: " + quietThreshold);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.started = clock.instant();
    }

    /** An input's records were committed: its articles count as items, a failure as a dead letter. */
    public void committed(IngestResult result) {
        if (result.ok()) {
            items.add(result.published());
        } else {
            deadLetters.increment();
        }
        // A dead letter is committed too: the source is delivering, only that input was bad.
        lastSuccess = clock.instant();
    }

    /** The source could not read or submit an input. */
    public void failed(Throwable error) {
        lastErrorMessage = String.valueOf(error.getMessage() == null ? error.getClass().getName() : error.getMessage());
        lastError = clock.instant();
    }

    /** The source's health now. */
    public SourceHealth snapshot() {
        Instant success = lastSuccess;
        return new SourceHealth(source, success, lastError, lastErrorMessage, items.sum(), deadLetters.sum(),
                quietThreshold, isQuiet(success));
    }

    /**
     * Logs a WARN line if the source has just become quiet (an INFO line once it recovers); call it
     * periodically, e.g. from the source's poll loop.
     *
     * @return whether the source is quiet now
     */
    public boolean checkQuiet() {
        Instant success = lastSuccess;
        boolean quiet = isQuiet(success);
        if (quiet && !reportedQuiet) {
            reportedQuiet = true;
            log.warn("Source {} is quiet: nothing committed since {} (threshold {}){}", source,
                    success == null ? "start at " + started : success, quietThreshold,
                    lastErrorMessage == null ? "" : "; last error at " + lastError + ": " + lastErrorMessage);
        } else if (!quiet && reportedQuiet) {
            reportedQuiet = false;
            log.info("Source {} delivers again (last success {})", source, success);
        }
        return quiet;
    }

    private boolean isQuiet(Instant success) {
        Instant since = success == null ? started : success;
        return Duration.between(since, clock.instant()).compareTo(quietThreshold) > 0;
    }
}
