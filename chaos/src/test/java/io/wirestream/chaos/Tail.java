package io.wirestream.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A {@code read_committed} consumer on a background thread that keeps every record of the given
 * topics from their beginning, with the moment it arrived here. It sees only committed
 * transactions, as a downstream reader would, and it keeps reading through broker restarts.
 * The verifier reads what it collected; recovery times are "first record that arrived after".
 */
final class Tail implements AutoCloseable {

    /** A record as it arrived. */
    record Arrival(String topic, String key, byte[] value, long arrivedNanos) {
    }

    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;

    Tail(String bootstrapServers, List<String> topics, Duration topicTimeout) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        long deadline = System.nanoTime() + topicTimeout.toNanos();
        for (String topic : topics) {
            List<PartitionInfo> infos;
            while ((infos = partitions(topic)).isEmpty()) {
                if (System.nanoTime() > deadline) {
                    consumer.close();
                    throw new AssertionError("topic " + topic + " not created within " + topicTimeout);
                }
                Stories.sleep(200);
            }
            infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::run, "chaos-tail");
        thread.setDaemon(true);
        thread.start();
    }

    private List<PartitionInfo> partitions(String topic) {
        try {
            return consumer.partitionsFor(topic, Duration.ofSeconds(2));
        } catch (org.apache.kafka.common.errors.TimeoutException notYet) {
            return List.of();
        }
    }

    private void run() {
        try {
            while (!closed.get()) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(100))) {
                    arrivals.add(new Arrival(r.topic(), r.key(), r.value(), System.nanoTime()));
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    List<Arrival> records(String topic) {
        return arrivals.stream().filter(a -> a.topic().equals(topic)).toList();
    }

    int count(String topic) {
        return (int) arrivals.stream().filter(a -> a.topic().equals(topic)).count();
    }

    /**
     * How long after {@code sinceNanos} the first record of {@code topic} arrived; waits up to
     * {@code timeout}, then fails.
     */
    Duration awaitFirstAfter(String topic, long sinceNanos, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Arrival a : arrivals) {
                if (a.arrivedNanos() > sinceNanos && a.topic().equals(topic)) {
                    return Duration.ofNanos(a.arrivedNanos() - sinceNanos);
                }
            }
            Stories.sleep(50);
        }
        throw new AssertionError("no new record on " + topic + " within " + timeout + " of the restart");
    }

    /** The records of one run: those whose key (story id) starts with {@code keyPrefix}. */
    record View(Tail all, String keyPrefix) {
        List<Arrival> records(String topic) {
            return all.records(topic).stream().filter(a -> a.key() != null && a.key().startsWith(keyPrefix)).toList();
        }
    }

    /** The wall-clock time of a {@link System#nanoTime()} reading taken in this JVM. */
    static java.time.Instant wallClock(long nanos) {
        return java.time.Instant.now().minusNanos(System.nanoTime() - nanos);
    }

    /** Waits until nothing new has arrived for {@code quiet}. */
    void awaitQuiet(Duration quiet) {
        int size = arrivals.size();
        long since = System.nanoTime();
        while (System.nanoTime() - since < quiet.toNanos()) {
            Stories.sleep(100);
            if (arrivals.size() != size) {
                size = arrivals.size();
                since = System.nanoTime();
            }
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            consumer.wakeup();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
