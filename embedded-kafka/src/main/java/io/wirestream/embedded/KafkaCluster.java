package io.wirestream.embedded;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.admin.NewTopic;

/**
 * A Kafka cluster that clients can reach at {@link #bootstrapServers()} with the settings in
 * {@link #clientSecurity()}: an in-process {@link EmbeddedKafka}, or (in the test kit) a cluster that is
 * already running somewhere.
 *
 * <p><b>Lifecycle:</b> whoever creates a cluster closes it. Closing an {@code EmbeddedKafka} stops the
 * broker and deletes its data; closing a handle on an external cluster only releases its admin client.
 *
 * <p><b>Thread-safety:</b> implementations are safe for use by several threads at once.
 */
public interface KafkaCluster extends AutoCloseable {

    /**
     * Returns the {@code bootstrap.servers} value for clients of this cluster.
     *
     * @return a non-empty {@code host:port[,host:port...]} list
     */
    String bootstrapServers();

    /**
     * The client settings a client needs besides {@code bootstrap.servers} to be let in
     * ({@code security.protocol}, {@code sasl.mechanism}, {@code sasl.jaas.config}); empty for a
     * plaintext cluster. Immutable.
     */
    default Map<String, String> clientSecurity() {
        return Map.of();
    }

    /**
     * Creates the given topics and returns once every partition of each has a leader, so that
     * clients can use them straight away. Topics that already exist are left unchanged (their
     * partition count and configs are not compared), which keeps a re-run against an external
     * cluster working.
     *
     * @param topics the topics; a topic without a replication factor gets the broker default
     * @throws IllegalStateException if a topic cannot be created or does not become ready in time
     */
    void createTopics(Collection<NewTopic> topics);

    /**
     * Creates topics with the same partition count and broker-default settings.
     *
     * @see #createTopics(Collection)
     */
    default void createTopics(int partitions, String... names) {
        createTopics(Arrays.stream(names)
            .map(name -> new NewTopic(name, Optional.of(partitions), Optional.empty()))
            .toList());
    }

    /**
     * Creates one topic with topic-level configs, e.g. {@code Map.of("cleanup.policy", "compact")}.
     *
     * @see #createTopics(Collection)
     */
    default void createTopic(String name, int partitions, Map<String, String> configs) {
        createTopics(List.of(new NewTopic(name, Optional.of(partitions), Optional.empty()).configs(configs)));
    }

    /** Releases this cluster (see the type's lifecycle notes); never throws a checked exception. */
    @Override
    void close();
}
