package io.wirestream.streamapp;

import io.wirestream.streamapp.lifecycle.FailureWindow;
import io.wirestream.streamapp.lifecycle.Health;
import io.wirestream.streamapp.lifecycle.Health.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Kafka Streams stage: starts a topology, tells its {@link #health()}, waits until it is
 * {@code RUNNING}, and closes it cleanly.
 *
 * <p>An exception that escapes the dead-letter handlers (a broker or state failure, not bad input)
 * replaces the failed stream thread rather than killing the stage; exactly-once makes the retry
 * safe. But a failure that recurs at once would be replaced forever, so after
 * {@code maxThreadFailures} failures within {@code failureWindow} the client shuts down
 * ({@code SHUTDOWN_CLIENT}, state ERROR) with one ERROR line saying why, and the process can exit
 * and be restarted or looked at.
 *
 * <p>Two ways to wait for {@code RUNNING}: {@link #awaitRunning(Duration)} with a deadline (tests,
 * the demo) and {@link #awaitRunningPatiently(Duration)} without one, for a long-running stage: a
 * rebalance or a state restore ends by itself, and exiting in the middle of it only leaves one
 * more dead group member for the next incarnation to wait out. Both fail at once when the stage is
 * FAILED or STOPPED.
 *
 * <p>{@link #health()}, {@link #state()} and the waits are thread-safe; start and close are not
 * meant to race each other. {@link #close()} may be called from a shutdown hook.
 */
public final class StreamApp implements AutoCloseable {

    /** Stream-thread failures within {@link #DEFAULT_FAILURE_WINDOW} that shut the client down. */
    public static final int DEFAULT_MAX_THREAD_FAILURES = 5;
    public static final Duration DEFAULT_FAILURE_WINDOW = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(StreamApp.class);

    private final String name;
    private final KafkaStreams streams;
    private final FailureWindow threadFailures;
    private final Clock clock;
    private final Object monitor = new Object();
    // Guarded by monitor; the state listener keeps them current.
    private boolean started;
    private KafkaStreams.State state = KafkaStreams.State.CREATED;
    private Status status = Status.NOT_STARTED;
    private Instant since;
    private String failure;
    private final List<Consumer<Health>> terminalActions = new ArrayList<>();
    private boolean terminalReported;

    /**
     * A stage that shuts down after {@link #DEFAULT_MAX_THREAD_FAILURES} stream-thread failures
     * within {@link #DEFAULT_FAILURE_WINDOW}.
     *
     * @param name     stage name for logs
     * @param topology the stage's topology
     * @param settings its settings
     */
    public StreamApp(String name, Topology topology, StreamSettings settings) {
        this(name, topology, settings, DEFAULT_MAX_THREAD_FAILURES, DEFAULT_FAILURE_WINDOW);
    }

    /**
     * @param name              stage name for logs
     * @param topology          the stage's topology
     * @param settings          its settings
     * @param maxThreadFailures stream-thread failures within {@code failureWindow} that shut the client down,
     *                          at least 1; the ones before are replaced
     * @param failureWindow     how long a thread failure counts, positive
     * @throws IllegalArgumentException if {@code maxThreadFailures} or {@code failureWindow} is out of range
     */
    public StreamApp(String name, Topology topology, StreamSettings settings, int maxThreadFailures,
                     Duration failureWindow) {
        this.name = Objects.requireNonNull(name, "name");
        this.clock = Clock.systemUTC();
        this.threadFailures = new FailureWindow(maxThreadFailures, failureWindow, clock);
        this.since = clock.instant();
        this.streams = new KafkaStreams(topology, settings.toProperties());
        streams.setUncaughtExceptionHandler(this::onThreadFailure);
        streams.setStateListener((now, before) -> {
            LOG.info("{}: {} -> {}", name, before, now);
            List<Consumer<Health>> actions = List.of();
            Health health;
            synchronized (monitor) {
                state = now;
                moveTo(Status.of(now, started));
                health = new Health(status, state, since, reason());
                if (status.isTerminal() && !terminalReported) {
                    terminalReported = true;
                    actions = List.copyOf(terminalActions);
                }
            }
            // Terminal actions before waking waiters, so a caller woken by a failure usually finds
            // them done; they run outside the lock because they may call back into this class.
            actions.forEach(action -> runTerminalAction(action, health));
            synchronized (monitor) {
                monitor.notifyAll();
            }
        });
    }

    private StreamThreadExceptionResponse onThreadFailure(Throwable e) {
        if (threadFailures.record()) {
            String why = threadFailures.maxFailures() + " stream-thread failures within " + threadFailures.window()
                    + ", the last: " + e;
            synchronized (monitor) {
                failure = why;
            }
            LOG.error("{}: shutting the client down after {}; replacing the thread again would only repeat it",
                    name, why, e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        LOG.error("{}: stream thread failed ({} of {} allowed within {}), replacing it", name,
                threadFailures.count(), threadFailures.maxFailures() - 1, threadFailures.window(), e);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    private void moveTo(Status next) {
        if (next != status) {
            status = next;
            since = clock.instant();
        }
    }

    /**
     * Starts the stage and waits until it is running.
     *
     * @throws IllegalStateException if it is not running within {@code timeout}, or fails or stops first
     */
    public StreamApp start(Duration timeout) {
        return startAsync().awaitRunning(timeout);
    }

    /** Starts the stage without waiting, so several stages can start at once. */
    public StreamApp startAsync() {
        synchronized (monitor) {
            started = true;
            moveTo(Status.of(state, true));
        }
        streams.start();
        return this;
    }

    /** The Kafka Streams state now. */
    public KafkaStreams.State state() {
        synchronized (monitor) {
            return state;
        }
    }

    /**
     * The Kafka Streams client behind this stage, for reading its metrics (e.g. binding them to a
     * metrics registry). Callers must not start, close or clean it up: this class owns its lifecycle.
     */
    public KafkaStreams kafkaStreams() {
        return streams;
    }

    /** The stage's name, as given to the constructor. */
    public String name() {
        return name;
    }

    /** The stage's health now: waiting, running, failed or stopped, and since when. */
    public Health health() {
        synchronized (monitor) {
            return new Health(status, state, since, reason());
        }
    }

    private String reason() {
        return switch (status) {
            case NOT_STARTED -> "not started";
            case WAITING -> "waiting for its assignment (state " + state + ")";
            case RUNNING -> "processing";
            case FAILED -> failure != null ? failure : "Kafka Streams state " + state + " after a fatal error";
            case STOPPED -> "closed (state " + state + ")";
        };
    }

    /**
     * Runs {@code action} once when the stage first becomes FAILED or STOPPED (at once, on the
     * calling thread, if it already is), so that a long-running process can exit, with a failure
     * code, when its stage has given up: a client in ERROR processes nothing and never recovers.
     *
     * <p>The action usually runs on a Kafka Streams thread, while the client is changing state: it
     * must be quick and must not call {@link #close()} itself (hand off: count down a latch). An
     * exception it throws is logged and ignored.
     *
     * @param action gets the health at that moment; not null
     */
    public StreamApp onTerminal(Consumer<Health> action) {
        Objects.requireNonNull(action, "action");
        Health health;
        synchronized (monitor) {
            if (!terminalReported) {
                terminalActions.add(action);
                return this;
            }
            health = new Health(status, state, since, reason());
        }
        runTerminalAction(action, health);
        return this;
    }

    private void runTerminalAction(Consumer<Health> action, Health health) {
        try {
            action.accept(health);
        } catch (RuntimeException e) {
            LOG.warn("{}: an action on {} failed", name, health.status(), e);
        }
    }

    /**
     * Waits until the started stage is running, at most {@code timeout}.
     *
     * @throws IllegalStateException if it is not running within {@code timeout}; at once if it is
     *                               FAILED or STOPPED (or becomes so), or the thread is interrupted
     */
    public StreamApp awaitRunning(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            while (status != Status.RUNNING) {
                failIfTerminal();
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException(name + " did not reach RUNNING within " + timeout
                            + " (state " + state + ")");
                }
                waitOnMonitor(left);
            }
        }
        LOG.info("{}: running", name);
        return this;
    }

    /**
     * Waits without a deadline until the started stage is running, as long as it is
     * {@link Status#WAITING} (CREATED after start, REBALANCING: joining the group, waiting for its
     * assignment, restoring state), logging one WARN line every {@code warnEvery} it goes on waiting.
     *
     * @param warnEvery how often to say it is still waiting, positive
     * @throws IllegalStateException at once if the stage is or becomes FAILED (with the reason) or
     *                               STOPPED, or if the thread is interrupted
     */
    public StreamApp awaitRunningPatiently(Duration warnEvery) {
        if (warnEvery.isNegative() || warnEvery.isZero()) {
            throw new IllegalArgumentException("warnEvery must be positive, not " + warnEvery);
        }
        synchronized (monitor) {
            long nextWarn = System.nanoTime() + warnEvery.toNanos();
            while (status != Status.RUNNING) {
                failIfTerminal();
                long left = nextWarn - System.nanoTime();
                if (left <= 0) {
                    LOG.warn("{}: still {} since {} ({} s); waiting on, a rebalance or restore ends by itself",
                            name, state, since, Duration.between(since, clock.instant()).toSeconds());
                    nextWarn = System.nanoTime() + warnEvery.toNanos();
                    continue;
                }
                waitOnMonitor(left);
            }
        }
        LOG.info("{}: running", name);
        return this;
    }

    // Holds monitor.
    private void failIfTerminal() {
        if (status.isTerminal()) {
            throw new IllegalStateException(name + " will not reach RUNNING: " + reason());
        }
    }

    // Holds monitor.
    private void waitOnMonitor(long nanos) {
        try {
            long millis = Math.max(1, nanos / 1_000_000);
            monitor.wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted while waiting for RUNNING (state " + state + ")", e);
        }
    }

    @Override
    public void close() {
        // Remain in the group: with static membership a restart on the same state takes the
        // assignment back at once; leaving would make the group rebalance twice.
        streams.close(CloseOptions.timeout(Duration.ofSeconds(30))
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.REMAIN_IN_GROUP));
    }
}
