package io.wirestream.ingest.kafka;

import io.wirestream.testkit.ClientConfigs;
import io.wirestream.embedded.KafkaCluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads a whole topic as a consumer of one isolation level sees it now. */
public final class TopicReader {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private TopicReader() {
    }

    /**
     * Every record of {@code topic} up to its end as {@code isolation} sees it: the last stable
     * offset for {@code read_committed}, the high watermark for {@code read_uncommitted}. Polls to a
     * deadline, no sleeps.
     */
    public static List<ConsumerRecord<byte[], byte[]>> readAll(KafkaCluster kafka, String topic, IsolationLevel isolation) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                ClientConfigs.consumer(kafka, null, isolation), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() - deadline > 0) {
                    throw new AssertionError("Timed out reading " + topic + " to " + end + ": got " + records.size());
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}
