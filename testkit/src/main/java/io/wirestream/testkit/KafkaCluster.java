package io.wirestream.testkit;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.admin.NewTopic;

/**
 * A Kafka cluster that clients can reach at {@link #bootstrapServers()}: either an in-process
 * {@link EmbeddedKafka} or an already running cluster ({@link ExternalKafka}).
 *
 * <p>Obtain one with {@link #fromEnvironment()}, which honours {@value #BOOTSTRAP_SERVERS_ENV}, or
 * in a JUnit test through {@link SharedKafkaExtension}.
 *
 * <p><b>Lifecycle:</b> whoever creates a cluster closes it. Closing an {@code EmbeddedKafka} stops the
 * broker and deletes its data; closing an {@code ExternalKafka} only releases its admin client.
 * A cluster injected by {@code SharedKafkaExtension} is owned by the extension and ignores
 * {@code close()}.
 *
 * <p><b>Thread-safety:</b> implementations are safe for use by several threads at once.
 */
public interface KafkaCluster extends AutoCloseable {

    /** Environment variable naming an existing cluster to use instead of starting one. */
    String BOOTSTRAP_SERVERS_ENV = "KAFKA_BOOTSTRAP_SERVERS";

    /**
     * Returns the {@code bootstrap.servers} value for clients of this cluster.
     *
     * @return a non-empty {@code host:port[,host:port...]} list
     */
    String bootstrapServers();

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

    /**
     * Connects to the cluster named by {@value #BOOTSTRAP_SERVERS_ENV} when that variable is set and
     * not blank, otherwise starts an {@link EmbeddedKafka}.
     *
     * @return a cluster owned by the caller, who must close it
     */
    static KafkaCluster fromEnvironment() {
        return connectOrStart(System.getenv(BOOTSTRAP_SERVERS_ENV));
    }

    /**
     * Connects to {@code bootstrapServers} when it is non-null and not blank, otherwise starts an
     * {@link EmbeddedKafka}. Useful when the address comes from a command-line option.
     *
     * @param bootstrapServers a bootstrap list, or {@code null}/blank for an embedded broker
     * @return a cluster owned by the caller, who must close it
     */
    static KafkaCluster connectOrStart(String bootstrapServers) {
        if (bootstrapServers != null && !bootstrapServers.isBlank()) {
            return new ExternalKafka(bootstrapServers.trim());
        }
        return EmbeddedKafka.start();
    }
}
