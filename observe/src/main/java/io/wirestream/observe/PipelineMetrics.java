package io.wirestream.observe;

import io.micrometer.core.instrument.Counter;
import io.wirestream.enrich.EnrichmentListener;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The pipeline's meters in one Prometheus registry: what the downstream topics show (stories
 * published per provider and format, dead letters per stage and reason, end-to-end latency from
 * ingest receipt to the JSON topic), enrichment time per step, records read per topic, and the Kafka client and Streams
 * metrics bound through Micrometer's Kafka binders (consumer lag included).
 *
 * <p>Thread-safe. {@link #close()} unbinds the Kafka binders.
 */
public final class PipelineMetrics implements AutoCloseable {

    /** Percentiles published for latency timers, and shown on the dashboard. */
    static final double[] PERCENTILES = {0.5, 0.95, 0.99};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer latency;
    private final List<AutoCloseable> binders = new ArrayList<>();
    private final java.util.Map<String, Timer> steps = new java.util.concurrent.ConcurrentHashMap<>();
    private final EnrichmentListener enrichment = (step, nanos) -> steps.computeIfAbsent(step, s ->
            Timer.builder("wirestream.enrich.step")
                    .description("Time each enrichment step takes per story version")
                    .tag("step", s)
                    .publishPercentiles(PERCENTILES)
                    // Buckets, so that Prometheus can take quantiles across instances (histogram_quantile).
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofNanos(10_000))
                    .maximumExpectedValue(Duration.ofSeconds(10))
                    .register(registry)).record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);

    public PipelineMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        latency = Timer.builder("wirestream.latency.end.to.end")
                .description("Time from ingest receipt (receivedAt) to the story being readable on the JSON topic")
                .publishPercentiles(PERCENTILES)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofMinutes(2))
                .register(registry);
    }

    /** The registry, for binding more meters. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /**
     * Records enrichment step times as {@code wirestream.enrich.step} timers (histogram buckets, and
     * p50, p95, p99 in {@link #stepPercentilesMillis}), for {@code Pipeline.start}.
     */
    public EnrichmentListener enrichmentListener() {
        return enrichment;
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    /** Counts a story read from the JSON topic and records its latency (negative: clock skew, not recorded). */
    void storyPublished(String provider, String format, String change, Duration latencySinceReceipt) {
        Counter.builder("wirestream.stories.published")
                .description("Stories read committed from the JSON topic, per provider (source) and wire format")
                .tags("provider", provider, "format", format, "change", change)
                .register(registry).increment();
        if (!latencySinceReceipt.isNegative()) {
            latency.record(latencySinceReceipt);
        }
    }

    /** Counts a dead letter read from the dead-letter topic; {@code reason} is the error class's simple name. */
    void deadLetter(String stage, String reason) {
        Counter.builder("wirestream.dead.letters")
                .description("Dead letters read committed from the dead-letter topic, per stage and reason")
                .tags("stage", stage, "reason", reason)
                .register(registry).increment();
    }

    /** Counts records the dashboard's feed read from {@code topic}. */
    void recordIn(String topic) {
        Counter.builder("wirestream.records.in")
                .description("Records read by the observer's feed, per topic")
                .tag("topic", topic)
                .register(registry).increment();
    }

    /** End-to-end latency timer. */
    Timer latency() {
        return latency;
    }

    /** Latency percentiles in milliseconds (p50, p95, p99), NaN-free: 0 before the first story. */
    double[] latencyPercentilesMillis() {
        return percentilesMillis(latency);
    }

    private static double[] percentilesMillis(Timer timer) {
        double[] out = new double[PERCENTILES.length];
        ValueAtPercentile[] values = timer.takeSnapshot().percentileValues();
        for (int i = 0; i < values.length && i < out.length; i++) {
            double v = values[i].value(java.util.concurrent.TimeUnit.MILLISECONDS);
            out[i] = Double.isNaN(v) ? 0 : v;
        }
        return out;
    }

    /** Each enrichment step's p50, p95 and p99 in milliseconds, for the dashboard. */
    java.util.Map<String, double[]> stepPercentilesMillis() {
        java.util.Map<String, double[]> out = new java.util.TreeMap<>();
        steps.forEach((step, timer) -> out.put(step, percentilesMillis(timer)));
        return out;
    }

    /** Sum of a counter family across its tags. */
    double total(String name) {
        return registry.find(name).counters().stream().mapToDouble(Counter::count).sum();
    }

    /**
     * Binds a Kafka consumer's client metrics (lag included), tagged {@code stage=<role>} like the stages'
     * clients: Prometheus refuses a meter name seen with two sets of tag keys, so an untagged client would
     * lose its metrics (and log a warning) once a stage's are registered.
     *
     * @param role what the client is for, e.g. {@code observe}
     */
    public void bindClient(String role, Consumer<?, ?> consumer) {
        KafkaClientMetrics binder = new KafkaClientMetrics(consumer,
                List.of(io.micrometer.core.instrument.Tag.of("stage", role.toLowerCase(Locale.ROOT))));
        binder.bindTo(registry);
        binders.add(binder);
    }

    /** Binds a Streams stage's metrics (thread, task, processor, store and its clients' metrics). */
    public void bindStreams(String stage, KafkaStreams streams) {
        KafkaStreamsMetrics binder = new KafkaStreamsMetrics(streams,
                List.of(io.micrometer.core.instrument.Tag.of("stage", stage.toLowerCase(Locale.ROOT))));
        binder.bindTo(registry);
        binders.add(binder);
    }

    @Override
    public void close() {
        for (AutoCloseable binder : binders) {
            try {
                binder.close();
            } catch (Exception e) {
                // closing: nothing left to report to
            }
        }
        registry.close();
    }
}
