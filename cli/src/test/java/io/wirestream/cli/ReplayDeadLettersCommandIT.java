package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.embedded.KafkaCluster;
import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.Topics;
import io.wirestream.testkit.Await;
import io.wirestream.testkit.SharedKafkaExtension;
import io.wirestream.testkit.TopicNames;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/** {@code wirestream replay-dead-letters --stage ingest}: the original bytes go through ingest again. */
@ExtendWith(SharedKafkaExtension.class)
class ReplayDeadLettersCommandIT {

    private static DeadLetter letter(String origin, String payload, Instant failedAt) {
        return DeadLetter.newBuilder().setStage("ingest").setOrigin(origin).setErrorClass("X")
                .setErrorMessage("parser bug, since fixed").setFailedAt(failedAt)
                .setPayload(ByteBuffer.wrap(payload.getBytes(StandardCharsets.UTF_8))).build();
    }

    @Test
    void replaysIngestDeadLettersSinceTheGivenTimeAndKeepsThem(KafkaCluster kafka, TestInfo info) throws Exception {
        String prefix = TopicNames.unique(info) + ".";
        Topics topics = new Topics(prefix);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topics.deadLetters().name(), 1, (short) 1))).all().get();
        }
        Instant now = Instant.now();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topics.deadLetters().name(), Topics.deadLetterSerde().encode(
                    letter("old.json", "{\"uri\": \"urn:replay-it:old\", \"headline\": \"Old\", \"body_text\": \"x.\"}",
                            now.minus(Duration.ofDays(2)))))).get();
            producer.send(new ProducerRecord<>(topics.deadLetters().name(), Topics.deadLetterSerde().encode(
                    letter("tram.json", """
                            {"uri": "urn:replay-it:tram", "version": "1", "pubstatus": "usable",
                             "headline": "Tram line opens in Zagreb", "body_text": "The first tram ran at dawn."}
                            """, now)))).get();
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = WirestreamCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));

        int code = cli.execute("replay-dead-letters", "--stage", "ingest", "--since",
                now.minus(Duration.ofHours(1)).toString(), "--bootstrap-servers", kafka.bootstrapServers(),
                "--topic-prefix", prefix, "--partitions", "1");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("replayed 1 dead letter(s): 1 stories published");
        try (KafkaConsumer<String, RawArticle> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, prefix + "reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), topics.raw().valueSerde().deserializer())) {
            consumer.subscribe(List.of(topics.raw().name()));
            List<ConsumerRecord<String, RawArticle>> records = Await.records(consumer, 1, Duration.ofSeconds(30));
            assertThat(records).singleElement().satisfies(r -> assertThat(r.key()).isEqualTo("urn:replay-it:tram"));
        }
        StringWriter dlq = new StringWriter();
        CommandLine consume = WirestreamCommand.commandLine();
        consume.setOut(new PrintWriter(dlq));
        consume.execute("consume", "dlq", "--bootstrap-servers", kafka.bootstrapServers(), "--topic-prefix", prefix);
        assertThat(dlq.toString().lines()).hasSize(2); // the dead letters stay
    }
}
