package io.wirestream.cli.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads the JSON topic with a {@code read_committed} consumer, as a downstream reader would, and
 * notes for each story when it became visible here and how long after its ingest receipt
 * ({@code source.receivedAt} in the record). Stories are grouped by their id without the last
 * {@code :n} segment, so each benchmark phase (warm-up, full load, fixed rate) has its own figures.
 *
 * <p>Visible time is this consumer's wall clock when {@code poll} returns the record: an upper bound
 * of when any read_committed reader could have it (the consumer's own fetch wait is included).
 */
final class JsonTopicWatcher implements AutoCloseable {

    /** What one phase's stories showed. */
    static final class Phase {
        final Set<String> ids = ConcurrentHashMap.newKeySet();
        final AtomicLong records = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();
        final ConcurrentLinkedQueue<Long> latencyMicros = new ConcurrentLinkedQueue<>();
        final Map<String, Instant> visible = new ConcurrentHashMap<>();
        volatile long lastNanos;

        /** Distinct stories seen. */
        int stories() {
            return ids.size();
        }

        /** Records seen more than once (zero under exactly-once). */
        long duplicates() {
            return records.get() - ids.size();
        }

        long[] latencies() {
            return latencyMicros.stream().mapToLong(Long::longValue).toArray();
        }
    }

    private static final int SAMPLE_VALUES = 200;

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final String topic;
    private final Map<String, Phase> phases = new ConcurrentHashMap<>();
    private final List<byte[]> samples = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean closed;

    JsonTopicWatcher(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.topic = topic;
        this.thread = new Thread(this::loop, "bench-json-watcher");
        this.thread.setDaemon(true);
    }

    /**
     * Waits for the topic to exist (a stage process creates it), assigns every partition from its
     * start and begins reading.
     */
    JsonTopicWatcher start(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<TopicPartition> partitions;
        while ((partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList()).isEmpty()) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("topic " + topic + " did not appear within " + timeout);
            }
            Thread.sleep(200);
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread.start();
        return this;
    }

    private void loop() {
        try {
            while (!closed) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    handle(record, Instant.now(), System.nanoTime());
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void handle(ConsumerRecord<byte[], byte[]> record, Instant now, long nanos) {
        if (record.key() == null || record.value() == null) {
            return;
        }
        String id = new String(record.key(), StandardCharsets.UTF_8);
        int cut = id.lastIndexOf(':');
        Phase phase = phase(cut < 0 ? id : id.substring(0, cut));
        phase.records.incrementAndGet();
        phase.bytes.addAndGet(record.serializedValueSize());
        if (phase.ids.add(id)) {
            phase.visible.put(id, now);
            Instant received = receivedAt(record.value());
            if (received != null) {
                phase.latencyMicros.add(Duration.between(received, now).toNanos() / 1000);
            }
        }
        phase.lastNanos = nanos;
        if (samples.size() < SAMPLE_VALUES) {
            samples.add(record.value());
        }
    }

    /** The phase of stories whose ids start with {@code prefix:}; created empty if none arrived yet. */
    Phase phase(String prefix) {
        return phases.computeIfAbsent(prefix, p -> new Phase());
    }

    /** Up to {@value #SAMPLE_VALUES} values as read, for a raw ceiling with records of the same size. */
    List<byte[]> sampleValues() {
        return List.copyOf(samples);
    }

    /**
     * Waits until {@code stories} distinct stories of the phase have been seen.
     *
     * @return whether they all arrived within the timeout
     */
    boolean await(String prefix, int stories, Duration timeout) throws InterruptedException {
        Phase phase = phase(prefix);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (phase.stories() < stories) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    /** {@code source.receivedAt} from a JSON record, found by text (cheaper than parsing 5 KB of JSON). */
    static Instant receivedAt(byte[] json) {
        String text = new String(json, StandardCharsets.UTF_8);
        int field = text.indexOf("\"receivedAt\"");
        if (field < 0) {
            return null;
        }
        int open = text.indexOf('"', text.indexOf(':', field) + 1);
        int close = open < 0 ? -1 : text.indexOf('"', open + 1);
        if (close < 0) {
            return null;
        }
        try {
            return Instant.parse(text.substring(open + 1, close));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        consumer.wakeup();
        thread.join(5000);
    }
}
