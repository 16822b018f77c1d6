package io.wirestream.streamapp.lifecycle;

import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.streams.KafkaStreams;

/**
 * What a stream stage is doing, for a health check or a log line: a {@link Status} derived from
 * the Kafka Streams state, since when it has been so, and why.
 *
 * @param status what a caller should make of it
 * @param state  the Kafka Streams state it was derived from
 * @param since  when the stage entered {@code status} (for {@link Status#WAITING}: since when it
 *               has been waiting for its assignment, across CREATED and REBALANCING)
 * @param reason a sentence for people: the failure for {@link Status#FAILED}, else what it waits
 *               for or did
 */
public record Health(Status status, KafkaStreams.State state, Instant since, String reason) {

    /** What the Streams state means for a caller. */
    public enum Status {
        /** Built but not started. */
        NOT_STARTED,
        /** Started and waiting for, or restoring, its assignment (CREATED after start, REBALANCING): healthy, keep waiting. */
        WAITING,
        /** Processing. */
        RUNNING,
        /** PENDING_ERROR or ERROR: it will not process again; the process should exit. */
        FAILED,
        /** PENDING_SHUTDOWN or NOT_RUNNING: closed or closing. */
        STOPPED;

        /**
         * @param state   a Kafka Streams state
         * @param started whether {@code start} was called (CREATED means different things before and after)
         */
        public static Status of(KafkaStreams.State state, boolean started) {
            return switch (state) {
                case CREATED -> started ? WAITING : NOT_STARTED;
                case REBALANCING -> WAITING;
                case RUNNING -> RUNNING;
                case PENDING_ERROR, ERROR -> FAILED;
                case PENDING_SHUTDOWN, NOT_RUNNING -> STOPPED;
            };
        }

        /** True when waiting longer cannot make it RUNNING. */
        public boolean isTerminal() {
            return this == FAILED || this == STOPPED;
        }
    }

    public Health {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(reason, "reason");
    }
}
