package io.wirestream.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class AwaitTest {

    private static final TopicPartition PARTITION = new TopicPartition("articles", 0);

    @Test
    void returnsAsSoonAsTheConditionHolds() {
        AtomicInteger checks = new AtomicInteger();

        Await.until(Duration.ofSeconds(10), () -> checks.incrementAndGet() == 3);

        assertThat(checks).hasValue(3);
    }

    @Test
    void failsWithTheDescriptionAfterTheTimeout() {
        assertThatThrownBy(() -> Await.until(Duration.ofMillis(50), "the topic to exist", () -> false))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("PT0.05S")
            .hasMessageContaining("the topic to exist");
    }

    @Test
    void collectsRecordsAcrossPolls() {
        MockConsumer<String, String> consumer = assignedMockConsumer();
        consumer.addRecord(record(0, "a"));
        consumer.schedulePollTask(() -> consumer.addRecord(record(1, "b")));
        consumer.schedulePollTask(() -> consumer.addRecord(record(2, "c")));

        List<ConsumerRecord<String, String>> records = Await.records(consumer, 3, Duration.ofSeconds(10));

        assertThat(records).extracting(ConsumerRecord::value).containsExactly("a", "b", "c");
    }

    @Test
    void reportsHowManyRecordsArrivedWhenTooFew() {
        MockConsumer<String, String> consumer = assignedMockConsumer();
        consumer.addRecord(record(0, "a"));

        assertThatThrownBy(() -> Await.records(consumer, 2, Duration.ofMillis(300)))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("waiting for 2 records: got 1")
            .hasMessageContaining("articles-0");
    }

    private static MockConsumer<String, String> assignedMockConsumer() {
        MockConsumer<String, String> consumer = new MockConsumer<>("earliest");
        consumer.assign(List.of(PARTITION));
        consumer.updateBeginningOffsets(java.util.Map.of(PARTITION, 0L));
        return consumer;
    }

    private static ConsumerRecord<String, String> record(long offset, String value) {
        return new ConsumerRecord<>(PARTITION.topic(), PARTITION.partition(), offset, "k", value);
    }
}
