package io.wirestream.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.embedded.EmbeddedKafka;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** A broker of its own (not the shared one), to check start and close. */
class EmbeddedKafkaLifecycleIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void servesClientsUntilClosedThenFreesPortAndDeletesItsDirectory(TestInfo testInfo) throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.start();
        Path directory = kafka.directory();
        String topic = TopicNames.unique(testInfo);
        try {
            assertThat(kafka.bootstrapServers()).matches("127\\.0\\.0\\.1:\\d+");
            assertThat(directory).isDirectory();
            kafka.createTopics(1, topic);
            kafka.createTopics(1, topic); // an existing topic is left alone, not an error

            try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                ClientConfigs.producer(kafka), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(topic, "k", "v")).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                ClientConfigs.consumer(kafka, null, IsolationLevel.READ_UNCOMMITTED),
                new StringDeserializer(), new StringDeserializer())) {
                consumer.assign(List.of(new TopicPartition(topic, 0)));
                assertThat(Await.records(consumer, 1, TIMEOUT)).extracting(ConsumerRecord::value).containsExactly("v");
            }
        } finally {
            kafka.close();
        }

        assertThat(directory).doesNotExist();
        assertThat(accepts(kafka.bootstrapServers())).as("broker port still open after close").isFalse();
        kafka.close(); // idempotent
        assertThatThrownBy(() -> kafka.createTopics(1, "after-close")).isInstanceOf(IllegalStateException.class);
    }

    private static boolean accepts(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(hostAndPort.substring(0, colon),
                Integer.parseInt(hostAndPort.substring(colon + 1))), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
