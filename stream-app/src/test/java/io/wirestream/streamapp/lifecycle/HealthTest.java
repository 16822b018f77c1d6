package io.wirestream.streamapp.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.streamapp.lifecycle.Health.Status;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;

class HealthTest {

    @Test
    void rebalancingAndCreatedAfterStartAreWaitingNotFailed() {
        assertThat(Status.of(State.REBALANCING, true)).isEqualTo(Status.WAITING);
        assertThat(Status.of(State.CREATED, true)).isEqualTo(Status.WAITING);
        assertThat(Status.of(State.CREATED, false)).isEqualTo(Status.NOT_STARTED);
        assertThat(Status.WAITING.isTerminal()).isFalse();
    }

    @Test
    void errorIsFailedAndShutdownIsStoppedBothTerminal() {
        assertThat(Status.of(State.PENDING_ERROR, true)).isEqualTo(Status.FAILED);
        assertThat(Status.of(State.ERROR, true)).isEqualTo(Status.FAILED);
        assertThat(Status.of(State.PENDING_SHUTDOWN, true)).isEqualTo(Status.STOPPED);
        assertThat(Status.of(State.NOT_RUNNING, false)).isEqualTo(Status.STOPPED);
        assertThat(Status.FAILED.isTerminal()).isTrue();
        assertThat(Status.STOPPED.isTerminal()).isTrue();
        assertThat(Status.of(State.RUNNING, true).isTerminal()).isFalse();
    }
}
