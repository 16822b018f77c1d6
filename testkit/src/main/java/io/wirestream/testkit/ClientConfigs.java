package io.wirestream.testkit;

import io.wirestream.embedded.KafkaCluster;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.IsolationLevel;

/**
 * Client settings for tests against a {@link KafkaCluster}. Each method returns a new mutable map
 * without serializers, so pass those to the client constructor, e.g.
 * {@code new KafkaProducer<>(ClientConfigs.producer(cluster), new StringSerializer(), new StringSerializer())}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ClientConfigs {

    private ClientConfigs() {
    }

    /** An idempotent producer with {@code acks=all} that sends without lingering. */
    public static Map<String, Object> producer(KafkaCluster cluster) {
        Map<String, Object> config = new HashMap<>(cluster.clientSecurity());
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return config;
    }

    /** A {@link #producer(KafkaCluster)} with a {@code transactional.id}; call {@code initTransactions()} first. */
    public static Map<String, Object> transactionalProducer(KafkaCluster cluster, String transactionalId) {
        Objects.requireNonNull(transactionalId, "transactionalId");
        Map<String, Object> config = producer(cluster);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        return config;
    }

    /**
     * A consumer in group {@code groupId} (may be {@code null} for {@code assign()}-only use) that
     * starts from the earliest offset and does not auto-commit.
     */
    public static Map<String, Object> consumer(KafkaCluster cluster, String groupId, IsolationLevel isolation) {
        Map<String, Object> config = new HashMap<>(cluster.clientSecurity());
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        if (groupId != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation.toString().toLowerCase(Locale.ROOT));
        return config;
    }

    /** A {@link #consumer} that only sees committed transactional records ({@code read_committed}). */
    public static Map<String, Object> readCommittedConsumer(KafkaCluster cluster, String groupId) {
        return consumer(cluster, groupId, IsolationLevel.READ_COMMITTED);
    }
}
