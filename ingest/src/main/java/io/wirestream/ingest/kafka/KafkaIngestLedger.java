package io.wirestream.ingest.kafka;

import io.wirestream.ingest.IngestConfig;
import io.wirestream.ingest.ledger.LedgerEntry;
import io.wirestream.ingest.ledger.LedgerIndex;
import io.wirestream.schemas.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the ingest ledger topic into a {@link LedgerIndex}: reads it once from the beginning to
 * its end with {@code read_committed}, so only entries whose transaction committed count (an
 * aborted input's entry is never seen, and the input is sent again, as it must be).
 *
 * <p>Load it after the sink has started: the sink's {@code initTransactions()} completes or aborts
 * whatever the previous run of the same {@code transactional.id} left open, so the last stable
 * offset read to here covers every transaction the crashed run committed.
 */
public final class KafkaIngestLedger {

    private static final Logger log = LoggerFactory.getLogger(KafkaIngestLedger.class);

    private KafkaIngestLedger() {
    }

    /**
     * The ledger of an ingest stage configured by {@code config}, loaded with its cluster's consumer
     * settings.
     *
     * @throws KafkaException if the topic is missing or cannot be read to its end within {@code timeout}
     */
    public static LedgerIndex load(IngestConfig config, Duration timeout) {
        return load(config.cluster().consumerConfig(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.cluster().bootstrapServers())),
                config.topics().ingestLedger(), LedgerIndex.DEFAULT_MAX_ENTRIES, timeout);
    }

    /**
     * Reads {@code topic} to its end into a new index of at most {@code maxEntries} keys.
     *
     * @param clientSettings consumer settings, at least {@code bootstrap.servers}
     * @throws KafkaException if the topic is missing or cannot be read to its end within {@code timeout}
     */
    public static LedgerIndex load(Map<String, Object> clientSettings, Topic<String, String> topic, int maxEntries,
                                   Duration timeout) {
        Map<String, Object> settings = new HashMap<>(Objects.requireNonNull(clientSettings, "clientSettings"));
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG); // assigned, not subscribed: no group, no offsets
        settings.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "wirestream-ingest-ledger");
        settings.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        settings.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        LedgerIndex index = new LedgerIndex(maxEntries);
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        int read = 0;
        int bad = 0;
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic.name(), timeout);
            if (infos == null || infos.isEmpty()) {
                throw new KafkaException("ingest ledger topic " + topic.name() + " does not exist (TopicSetup creates it)");
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(p -> new TopicPartition(topic.name(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // With read_committed these are the last stable offsets.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            while (partitions.stream().anyMatch(p -> consumer.position(p, timeout) < end.get(p))) {
                if (System.nanoTime() - deadline > 0) {
                    throw new KafkaException("could not read the ingest ledger " + topic.name() + " to its end "
                            + end + " within " + timeout);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key() == null || record.value() == null) {
                        continue;
                    }
                    try {
                        index.committed(LedgerEntry.decode(record.key(), record.value()));
                        read++;
                    } catch (IllegalArgumentException e) {
                        // A record a later version wrote, or garbage: skipping it only risks a re-send.
                        bad++;
                    }
                }
            }
        }
        log.info("Loaded the ingest ledger {}: {} record(s), {} key(s) kept{} in {} ms", topic.name(), read,
                index.size(), bad == 0 ? "" : ", " + bad + " unreadable record(s) skipped",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        return index;
    }
}
