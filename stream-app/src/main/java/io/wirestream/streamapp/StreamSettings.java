package io.wirestream.streamapp;

import io.wirestream.streamapp.errors.DeadLetterDeserializationHandler;
import io.wirestream.streamapp.errors.DeadLetterProcessingHandler;
import io.wirestream.streamapp.errors.DeadLetterProductionHandler;
import io.wirestream.streamapp.errors.DeadLetterRecords;
import io.wirestream.config.ClientOverrides;
import io.wirestream.streamapp.membership.InstanceIdentity;
import io.wirestream.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka Streams settings every Wirestream stage runs with.
 *
 * @param applicationId   Streams application id; it names consumer group, transactional ids and
 *                        changelog topics, so changing it orphans state
 * @param bootstrapServers Kafka bootstrap servers
 * @param stateDir        local state directory
 * @param stage           stage name written into dead letters ({@code enrich}, {@code publish})
 * @param deadLetterTopic topic that bad records go to
 * @param commitInterval  how often the EOS transaction commits; bounds end-to-end latency
 * @param groupInstanceId the instance's {@code group.instance.id}, or null (or blank) to derive a
 *                        stable one from the state directory ({@link InstanceIdentity})
 * @param clients         Kafka client and Streams settings passed through (security, threads, tuning)
 */
public record StreamSettings(String applicationId, String bootstrapServers, Path stateDir, String stage,
                             String deadLetterTopic, Duration commitInterval, String groupInstanceId,
                             ClientOverrides clients) {

    /** Settings with a derived group instance id and no pass-through client settings. */
    public StreamSettings(String applicationId, String bootstrapServers, Path stateDir, String stage,
                          String deadLetterTopic, Duration commitInterval) {
        this(applicationId, bootstrapServers, stateDir, stage, deadLetterTopic, commitInterval, null,
                ClientOverrides.none());
    }

    public StreamSettings {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(stateDir, "stateDir");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
        Objects.requireNonNull(commitInterval, "commitInterval");
        Objects.requireNonNull(clients, "clients");
    }

    /**
     * Streams properties: Wirestream's defaults (zstd, 8 MiB requests, a 15 s session for static
     * members), then the pass-through client settings, then what carries the guarantees and cannot
     * be overridden (exactly-once v2, every internal resource explicitly named, read_committed,
     * dead letters, static group membership; {@link InstanceIdentity} says why).
     *
     * @throws java.io.UncheckedIOException if the derived group instance id cannot be kept in the state directory
     */
    public Properties toProperties() {
        Properties props = new Properties();
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), Topics.MAX_RECORD_BYTES);
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG),
                Long.toString(InstanceIdentity.SESSION_TIMEOUT.toMillis()));
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG),
                Long.toString(InstanceIdentity.HEARTBEAT_INTERVAL.toMillis()));
        props.putAll(clients.streams());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, Long.toString(commitInterval.toMillis()));
        // Generated names shift when the topology changes and orphan state: refuse them.
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterDeserializationHandler.class.getName());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterProcessingHandler.class.getName());
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterProductionHandler.class.getName());
        props.put(DeadLetterRecords.TOPIC_CONFIG, deadLetterTopic);
        props.put(DeadLetterRecords.STAGE_CONFIG, stage);
        // Read only committed upstream output (EOS v2 sets this for its own consumer; explicit for clarity).
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.ISOLATION_LEVEL_CONFIG), "read_committed");
        // Static membership: a restart on the same state rejoins as the same member and gets its
        // partitions back at once instead of after the dead member's session (issue 12).
        props.put(StreamsConfig.GROUP_PROTOCOL_CONFIG, "classic");
        props.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG),
                InstanceIdentity.resolve(applicationId, stateDir, groupInstanceId));
        return props;
    }
}
