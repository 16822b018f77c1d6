package io.wirestream.observe;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs one structured {@code key=value} line every period at INFO, instead of a line per story:
 * totals and rates of stories and dead letters over the period, and latency percentiles.
 *
 * <pre>event=summary period_s=30 stories=120 stories_per_s=4.00 dead_letters=1 dead_letters_per_s=0.03 latency_p50_ms=310 latency_p95_ms=520 latency_p99_ms=800</pre>
 */
public final class SummaryLog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SummaryLog.class);

    private final PipelineMetrics metrics;
    private final Duration period;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "wirestream-summary-log");
        t.setDaemon(true);
        return t;
    });
    private double lastStories;
    private double lastDeadLetters;

    public SummaryLog(PipelineMetrics metrics, Duration period) {
        this.metrics = metrics;
        this.period = period;
    }

    public SummaryLog start() {
        timer.scheduleAtFixedRate(() -> LOG.info(line()), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** The next summary line; moves the rate window on. */
    synchronized String line() {
        double stories = metrics.total("wirestream.stories.published");
        double deadLetters = metrics.total("wirestream.dead.letters");
        double seconds = period.toMillis() / 1000.0;
        double[] p = metrics.latencyPercentilesMillis();
        String line = String.format(Locale.ROOT,
                "event=summary period_s=%d stories=%d stories_per_s=%.2f dead_letters=%d dead_letters_per_s=%.2f"
                        + " latency_p50_ms=%.0f latency_p95_ms=%.0f latency_p99_ms=%.0f",
                period.toSeconds(), (long) stories, (stories - lastStories) / seconds, (long) deadLetters,
                (deadLetters - lastDeadLetters) / seconds, p[0], p[1], p[2]);
        lastStories = stories;
        lastDeadLetters = deadLetters;
        return line;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
