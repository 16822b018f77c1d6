package io.wirestream.cli.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The broker's raw ceiling for records like the pipeline's: an idempotent producer ({@code acks=all},
 * zstd like the stages' producers) sends the given values round-robin while a {@code read_committed}
 * consumer reads them back; the figure is records per second from the first send until the consumer
 * has the last one. Nothing is parsed, enriched or written in transactions: it is what moving the
 * bytes through this broker costs on this machine.
 */
final class RawCeiling {

    /** @param records records moved, @param seconds first send to last record read */
    record Result(long records, double seconds, double meanBytes) {
        double rate() {
            return records / seconds;
        }
    }

    private final String bootstrapServers;
    private final int partitions;

    RawCeiling(String bootstrapServers, int partitions) {
        this.bootstrapServers = bootstrapServers;
        this.partitions = partitions;
    }

    Result run(String topic, List<byte[]> values, int records) throws Exception {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no sample values for the raw ceiling");
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        }
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerProps.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProps.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        // A fresh topic: whatever resets a position must not skip records that are already there.
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        AtomicLong read = new AtomicLong();
        AtomicLong lastRead = new AtomicLong();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps(), new ByteArraySerializer(),
                     new ByteArraySerializer())) {
            List<TopicPartition> assigned = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Thread reader = new Thread(() -> {
                long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (read.get() < records && System.nanoTime() - deadline < 0) {
                    int n = consumer.poll(Duration.ofMillis(100)).count();
                    if (n > 0) {
                        read.addAndGet(n);
                        lastRead.set(System.nanoTime());
                    }
                }
            }, "bench-raw-reader");
            long bytes = 0;
            long start = System.nanoTime();
            reader.start();
            for (int i = 0; i < records; i++) {
                byte[] value = values.get(i % values.size());
                bytes += value.length;
                producer.send(new ProducerRecord<>(topic, ("raw-" + i).getBytes(StandardCharsets.UTF_8), value));
            }
            producer.flush();
            reader.join();
            if (read.get() < records) {
                throw new IllegalStateException("raw ceiling: read " + read.get() + " of " + records + " records of "
                        + topic + " in 2 minutes");
            }
            return new Result(records, (lastRead.get() - start) / 1e9, (double) bytes / records);
        }
    }

    private Properties producerProps() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        return props;
    }
}
