package io.wirestream.cli;

import io.wirestream.pipeline.PipelineSettings;
import io.wirestream.schemas.Topics;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wirestream consume TOPIC} (or {@code tail}): any Wirestream topic as JSON lines. */
@Command(name = "consume", aliases = "tail", mixinStandardHelpOptions = true,
        description = {"Print a Wirestream topic's records as JSON lines (read_committed).", "",
                "TOPIC: raw, enriched, json, latest, dlq, desk.NAME, or a full topic name.",
                "Avro values are shown in Avro's JSON encoding; dead letters with their",
                "reason, coordinates and original bytes (text if UTF-8, else base64).",
                "Without --follow it stops at the end offsets it found at start."})
final class ConsumeCommand implements Callable<Integer> {

    /** Where to start. */
    enum From { BEGINNING, END }

    @Parameters(paramLabel = "TOPIC", description = "Which topic (see above).")
    String topic;

    @Option(names = "--from", defaultValue = "beginning", paramLabel = "WHERE",
            description = "beginning or end (default: ${DEFAULT-VALUE}).")
    From from;

    @Option(names = "--from-time", paramLabel = "ISO",
            description = "Start at the first record at or after this instant, e.g. 2026-03-11T06:00:00Z.")
    Instant fromTime;

    @Option(names = "--follow", description = "Keep printing new records until Ctrl-C.")
    boolean follow;

    @Option(names = "--key", paramLabel = "K", description = "Only records with this key.")
    String key;

    @Option(names = "--max", paramLabel = "N", description = "Stop after N records.")
    Integer max;

    @Mixin
    KafkaOptions kafka;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PipelineSettings settings = kafka.settings();
        String bootstrap = settings.values().get("bootstrap.servers");
        if (bootstrap == null) {
            throw new ParameterException(spec.commandLine(),
                    "no Kafka cluster: give --bootstrap-servers or set KAFKA_BOOTSTRAP_SERVERS");
        }
        Topics topics = new Topics(settings.values().getOrDefault("topic.prefix", ""));
        TopicReader reader;
        try {
            reader = TopicReader.resolve(topics, topic);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topics.MAX_RECORD_BYTES);
        PrintWriter out = spec.commandLine().getOut();
        AtomicBoolean stopping = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(1);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(reader.name(), Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (partitions.isEmpty()) {
                throw new IllegalStateException("topic " + reader.name() + " does not exist");
            }
            consumer.assign(partitions); // no group: reading leaves no trace on the cluster
            seek(consumer, partitions);
            Map<TopicPartition, Long> ends = follow ? Map.of() : consumer.endOffsets(partitions);
            Thread hook = new Thread(() -> {
                stopping.set(true);
                consumer.wakeup();
                try {
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "wirestream-consume-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            int printed = 0;
            try {
                while (!stopping.get() && (max == null || printed < max) && (follow || !reachedEnd(consumer, ends))) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                        if (ends.containsKey(new TopicPartition(record.topic(), record.partition()))
                                && record.offset() >= ends.get(new TopicPartition(record.topic(), record.partition()))) {
                            continue; // past the end seen at start
                        }
                        if (key != null && (record.key() == null
                                || !key.equals(new String(record.key(), StandardCharsets.UTF_8)))) {
                            continue;
                        }
                        out.println(reader.line(record));
                        printed++;
                        if (max != null && printed >= max) {
                            break;
                        }
                    }
                    out.flush();
                }
            } catch (WakeupException e) {
                // Ctrl-C
            } finally {
                out.flush();
                done.countDown();
                if (!stopping.get()) {
                    Runtime.getRuntime().removeShutdownHook(hook);
                }
            }
        }
        return 0;
    }

    private void seek(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions) {
        if (fromTime != null) {
            Map<TopicPartition, Long> times = new HashMap<>();
            partitions.forEach(p -> times.put(p, fromTime.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(times);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            for (TopicPartition p : partitions) {
                OffsetAndTimestamp at = found.get(p);
                consumer.seek(p, at == null ? ends.get(p) : at.offset());
            }
        } else if (from == From.END) {
            consumer.seekToEnd(partitions);
        } else {
            consumer.seekToBeginning(partitions);
        }
    }

    /** Whether every partition's position has reached its end offset seen at start. */
    private static boolean reachedEnd(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }
}
