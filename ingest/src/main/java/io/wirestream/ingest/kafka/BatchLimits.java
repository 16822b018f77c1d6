package io.wirestream.ingest.kafka;

import java.time.Duration;
import java.util.Objects;

/**
 * How many inputs {@link KafkaIngestSink} puts in one transaction: it commits as soon as any limit
 * is reached, or when no more input is queued within {@code maxLinger} of the first.
 *
 * <p>Larger batches amortise the commit (a round trip to the transaction coordinator and a marker
 * per partition) over more stories; smaller ones make each input's file move sooner, and a failed
 * commit retries fewer inputs.
 *
 * @param maxInputs most inputs per transaction, positive
 * @param maxBytes most serialized bytes per transaction (an input larger than this still goes
 *     alone), positive
 * @param maxLinger longest time a transaction stays open collecting inputs, not negative
 */
public record BatchLimits(int maxInputs, long maxBytes, Duration maxLinger) {

    /**
     * 500 inputs, 16 MiB, 10 ms. Under load a batch fills while the previous producer commits, so
     * the linger mostly matters at low rates, where it is added to every input's latency.
     */
    public static final BatchLimits DEFAULTS = new BatchLimits(500, 16L * 1024 * 1024, Duration.ofMillis(10));

    public BatchLimits {
        if (maxInputs < 1) {
            throw new IllegalArgumentException("maxInputs must be positive: " + maxInputs);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        Objects.requireNonNull(maxLinger, "maxLinger");
        if (maxLinger.isNegative()) {
            throw new IllegalArgumentException("maxLinger must not be negative: " + maxLinger);
        }
    }
}
