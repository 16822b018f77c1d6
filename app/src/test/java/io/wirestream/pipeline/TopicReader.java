package io.wirestream.pipeline;

import io.wirestream.testkit.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;

/** Reads a whole topic from the beginning with read_committed, as a downstream consumer would. */
final class TopicReader<K, V> implements AutoCloseable {

    private final KafkaConsumer<K, V> consumer;
    private final List<ConsumerRecord<K, V>> seen = new ArrayList<>();

    TopicReader(String bootstrapServers, String topic, Deserializer<K> keys, Deserializer<V> values) {
        this(bootstrapServers, Map.of(), topic, keys, values);
    }

    /** A reader with client settings (security) besides the bootstrap list. */
    TopicReader(String bootstrapServers, Map<String, String> client, String topic, Deserializer<K> keys,
                Deserializer<V> values) {
        Map<String, Object> config = new java.util.HashMap<>(client);
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(config, keys, values);
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Polls until {@code done} holds for everything read so far, and returns it all. */
    List<ConsumerRecord<K, V>> until(String what, Predicate<List<ConsumerRecord<K, V>>> done) {
        Await.until(Duration.ofSeconds(60), what, () -> {
            consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
            return done.test(seen);
        });
        return List.copyOf(seen);
    }

    /** Everything read so far. */
    List<ConsumerRecord<K, V>> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
