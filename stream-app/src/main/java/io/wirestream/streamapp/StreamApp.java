package io.wirestream.streamapp;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Kafka Streams stage: starts a topology, waits until it is {@code RUNNING}, and closes
 * it cleanly.
 *
 * <p>An exception that escapes the dead-letter handlers (a broker or state failure, not bad input)
 * replaces the failed stream thread rather than killing the stage; exactly-once makes the retry
 * safe. Not thread-safe for concurrent start/close; {@link #close()} may be called from a shutdown
 * hook.
 */
public final class StreamApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamApp.class);

    private final String name;
    private final KafkaStreams streams;
    private final CountDownLatch running = new CountDownLatch(1);
    private volatile Instant started = Instant.now();

    /**
     * @param name     stage name for logs
     * @param topology the stage's topology
     * @param settings its settings
     */
    public StreamApp(String name, Topology topology, StreamSettings settings) {
        this.name = Objects.requireNonNull(name, "name");
        this.streams = new KafkaStreams(topology, settings.toProperties());
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("{}: stream thread failed, replacing it", name, e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> {
            LOG.info("{}: {} -> {}", name, before, now);
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
        });
    }

    /**
     * Starts the stage and waits until it is running.
     *
     * @throws IllegalStateException if it is not running within {@code timeout}
     */
    public StreamApp start(Duration timeout) {
        return startAsync().awaitRunning(timeout);
    }

    /** Starts the stage without waiting, so several stages can start at once. */
    public StreamApp startAsync() {
        started = Instant.now();
        streams.start();
        return this;
    }

    /**
     * Waits until the started stage is running.
     *
     * @throws IllegalStateException if it is not running within {@code timeout}
     */
    public StreamApp awaitRunning(Duration timeout) {
        try {
            if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " did not reach RUNNING within " + timeout
                        + " (state " + streams.state() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted while starting", e);
        }
        LOG.info("{}: running after {} ms", name, Duration.between(started, Instant.now()).toMillis());
        return this;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
