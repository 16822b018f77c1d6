package io.wirestream.testkit;

import java.util.Collection;
import java.util.Objects;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A Kafka cluster that is already running somewhere, known only by its bootstrap list.
 *
 * <p>Creating an {@code ExternalKafka} does not connect; the admin client used by
 * {@link #createTopics(Collection)} is created on first use and released by {@link #close()}.
 * Plaintext, unauthenticated access is assumed.
 *
 * <p>Thread-safe.
 */
public final class ExternalKafka implements KafkaCluster {

    private final String bootstrapServers;
    private Admin admin; // guarded by this
    private boolean closed; // guarded by this

    /**
     * @param bootstrapServers the cluster's {@code bootstrap.servers}, e.g. {@code "localhost:9092"}
     * @throws IllegalArgumentException if it is blank
     */
    public ExternalKafka(String bootstrapServers) {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        if (bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("bootstrapServers must not be blank");
        }
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void createTopics(Collection<NewTopic> topics) {
        Topics.create(admin(), topics, Topics.DEFAULT_TIMEOUT);
    }

    private synchronized Admin admin() {
        if (closed) {
            throw new IllegalStateException("ExternalKafka(" + bootstrapServers + ") is closed");
        }
        if (admin == null) {
            admin = Admin.create(Topics.adminConfig(bootstrapServers, "wirestream-testkit-external-admin"));
        }
        return admin;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (admin != null) {
            admin.close();
            admin = null;
        }
    }

    @Override
    public String toString() {
        return "ExternalKafka[" + bootstrapServers + "]";
    }
}
