package io.wirestream.testkit;

import io.wirestream.embedded.KafkaCluster;
import io.wirestream.embedded.TopicAdmin;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A Kafka cluster that is already running somewhere, known only by its bootstrap list.
 *
 * <p>Creating an {@code ExternalKafka} does not connect; the admin client used by
 * {@link #createTopics(Collection)} is created on first use and released by {@link #close()}.
 * Clients get {@link #clientSecurity()} (e.g. SASL settings) besides the bootstrap list.
 *
 * <p>Thread-safe.
 */
public final class ExternalKafka implements KafkaCluster {

    private final String bootstrapServers;
    private final Map<String, String> clientSecurity;
    private Admin admin; // guarded by this
    private boolean closed; // guarded by this

    /**
     * @param bootstrapServers the cluster's {@code bootstrap.servers}, e.g. {@code "localhost:9092"}
     * @throws IllegalArgumentException if it is blank
     */
    public ExternalKafka(String bootstrapServers) {
        this(bootstrapServers, Map.of());
    }

    /**
     * @param bootstrapServers the cluster's {@code bootstrap.servers}
     * @param clientSecurity   client settings needed to be let in (security.protocol, sasl.*), possibly empty
     * @throws IllegalArgumentException if the bootstrap list is blank
     */
    public ExternalKafka(String bootstrapServers, Map<String, String> clientSecurity) {
        this.clientSecurity = Map.copyOf(clientSecurity);
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
    public Map<String, String> clientSecurity() {
        return clientSecurity;
    }

    @Override
    public void createTopics(Collection<NewTopic> topics) {
        TopicAdmin.create(admin(), topics, TopicAdmin.DEFAULT_TIMEOUT);
    }

    private synchronized Admin admin() {
        if (closed) {
            throw new IllegalStateException("ExternalKafka(" + bootstrapServers + ") is closed");
        }
        if (admin == null) {
            Map<String, Object> config = TopicAdmin.adminConfig(bootstrapServers, "wirestream-testkit-external-admin");
            config.putAll(clientSecurity);
            admin = Admin.create(config);
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
