package io.wirestream.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wirestream.embedded.EmbeddedKafka;
import io.wirestream.embedded.KafkaCluster;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

@ExtendWith(SharedKafkaExtension.class)
class EmbeddedKafkaIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** What each test used, checked in {@link #testsSharedOneBrokerWithDistinctTopics}. */
    private static final Set<String> BOOTSTRAP_SERVERS_SEEN = ConcurrentHashMap.newKeySet();
    private static final Map<String, String> TOPIC_BY_TEST = new ConcurrentHashMap<>();

    @Test
    void readCommittedConsumerSkipsAbortedTransaction(KafkaCluster kafka, TestInfo testInfo) {
        String topic = TopicNames.unique(testInfo);
        record(kafka, testInfo, topic);
        kafka.createTopics(1, topic);

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
            ClientConfigs.transactionalProducer(kafka, TopicNames.unique(testInfo, "tx")),
            new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            sendInTransaction(producer, topic, "committed-1", "committed-2");

            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "a", "aborted-1"));
            producer.send(new ProducerRecord<>(topic, "b", "aborted-2"));
            producer.flush(); // the aborted records are really in the log, not just in the producer
            producer.abortTransaction();

            sendInTransaction(producer, topic, "committed-3", "committed-4");
        }

        // The last committed records sit behind the aborted ones, so reading them means the
        // consumer has passed (and skipped) the aborted transaction.
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
            ClientConfigs.readCommittedConsumer(kafka, TopicNames.unique(testInfo, "group")),
            new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            assertThat(values(Await.records(consumer, 4, TIMEOUT)))
                .containsExactly("committed-1", "committed-2", "committed-3", "committed-4");
        }

        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
            ClientConfigs.consumer(kafka, null, IsolationLevel.READ_UNCOMMITTED),
            new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(new TopicPartition(topic, 0)));
            assertThat(values(Await.records(consumer, 6, TIMEOUT)))
                .as("read_uncommitted sees the aborted records, so the check above is not vacuous")
                .containsExactly("committed-1", "committed-2", "aborted-1", "aborted-2", "committed-3", "committed-4");
        }
    }

    @Test
    void compactedTopicReportsItsCleanupPolicy(KafkaCluster kafka, TestInfo testInfo)
        throws Exception {
        String topic = TopicNames.unique(testInfo);
        record(kafka, testInfo, topic);
        kafka.createTopic(topic, 2, Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));

        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            Config config = admin.describeConfigs(List.of(resource)).all()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(resource);
            ConfigEntry cleanupPolicy = config.get(TopicConfig.CLEANUP_POLICY_CONFIG);
            assertThat(cleanupPolicy.value()).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
            assertThat(cleanupPolicy.source()).isEqualTo(ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);
            assertThat(admin.describeTopics(List.of(topic)).allTopicNames()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic).partitions()).hasSize(2);
        }
    }

    @Test
    void brokerLoggersAreQuietWhileTestkitLoggerIsNot(KafkaCluster kafka) {
        assertThat(kafka.bootstrapServers()).isNotBlank(); // the broker has started
        assumeTrue(System.getenv(TestClusters.BOOTSTRAP_SERVERS_ENV) == null, "only the embedded broker is quieted");
        // logback-test.xml sets root to INFO and leaves the broker loggers alone; EmbeddedKafka lowers them.
        assertThat(LoggerFactory.getLogger("kafka.server.BrokerServer").isInfoEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("org.apache.kafka.controller.QuorumController").isInfoEnabled()).isFalse();
        assertThat(LoggerFactory.getLogger("kafka.server.BrokerServer").isWarnEnabled()).isTrue();
        assertThat(LoggerFactory.getLogger(EmbeddedKafka.class).isInfoEnabled()).isTrue();
    }

    @AfterAll
    static void testsSharedOneBrokerWithDistinctTopics(KafkaCluster kafka) throws Exception {
        assertThat(BOOTSTRAP_SERVERS_SEEN).containsExactly(kafka.bootstrapServers());
        assertThat(TOPIC_BY_TEST.values()).doesNotHaveDuplicates()
            .allSatisfy(topic -> assertThat(topic).matches("[A-Za-z0-9.-]+"));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            assertThat(admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
                .containsAll(TOPIC_BY_TEST.values());
        }
    }

    private static void record(KafkaCluster kafka, TestInfo testInfo, String topic) {
        BOOTSTRAP_SERVERS_SEEN.add(kafka.bootstrapServers());
        TOPIC_BY_TEST.put(testInfo.getDisplayName(), topic);
    }

    private static void sendInTransaction(KafkaProducer<String, String> producer, String topic, String... values) {
        producer.beginTransaction();
        for (String value : values) {
            producer.send(new ProducerRecord<>(topic, value, value));
        }
        producer.commitTransaction();
    }

    private static List<String> values(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::value).toList();
    }
}
