package io.wirestream.testkit;

import io.wirestream.embedded.KafkaCluster;
import io.wirestream.embedded.TopicAdmin;
import java.util.Collection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.utils.AppInfoParser;
import org.testcontainers.kafka.KafkaContainer;

/**
 * A single-node KRaft broker in a container (the official {@code apache/kafka} image at the
 * project's Kafka version), started by Testcontainers where a Docker engine exists.
 */
final class ContainerKafka implements KafkaCluster {

    /** The image, at the Kafka version the clients on the class path have. */
    static final String IMAGE = "apache/kafka:" + AppInfoParser.getVersion();

    private final KafkaContainer container;
    private final Admin admin;

    private ContainerKafka(KafkaContainer container) {
        this.container = container;
        this.admin = Admin.create(TopicAdmin.adminConfig(container.getBootstrapServers(),
                "wirestream-testkit-container-admin"));
    }

    static ContainerKafka start() {
        KafkaContainer container = new KafkaContainer(IMAGE)
                // Transactions and groups on one node need the internal topics at replication 1.
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .withEnv("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
        container.start();
        return new ContainerKafka(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public void createTopics(Collection<NewTopic> topics) {
        TopicAdmin.create(admin, topics, TopicAdmin.DEFAULT_TIMEOUT);
    }

    @Override
    public void close() {
        admin.close();
        container.stop();
    }

    @Override
    public String toString() {
        return "ContainerKafka[" + IMAGE + " at " + bootstrapServers() + "]";
    }
}
