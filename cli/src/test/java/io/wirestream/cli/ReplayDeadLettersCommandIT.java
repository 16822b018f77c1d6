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
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** {@code wirestream replay-dead-letters --stage ingest}: the original bytes go through ingest again. */
@ExtendWith(SharedKafkaExtension.class)
class ReplayDeadLettersCommandIT {

    private static DeadLetter letter(String origin, String payload, Instant failedAt) {
        return letter(origin, payload.getBytes(StandardCharsets.UTF_8), failedAt);
    }

    private static DeadLetter letter(String origin, byte[] payload, Instant failedAt) {
        return DeadLetter.newBuilder().setStage("ingest").setOrigin(origin).setErrorClass("X")
                .setErrorMessage("parser bug, since fixed").setFailedAt(failedAt)
                .setPayload(ByteBuffer.wrap(payload)).build();
    }

    /** Creates the one-partition dead-letter topic and writes {@code letters} to it, in order. */
    private static void seed(KafkaCluster kafka, Topics topics, DeadLetter... letters) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topics.deadLetters().name(), 1, (short) 1))).all().get();
        }
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (DeadLetter letter : letters) {
                producer.send(new ProducerRecord<>(topics.deadLetters().name(),
                        Topics.deadLetterSerde().encode(letter))).get();
            }
        }
    }

    @Test
    void replaysIngestDeadLettersSinceTheGivenTimeAndKeepsThem(KafkaCluster kafka, TestInfo info) throws Exception {
        String prefix = TopicNames.unique(info) + ".";
        Topics topics = new Topics(prefix);
        Instant now = Instant.now();
        seed(kafka, topics,
                letter("old.json", "{\"uri\": \"urn:replay-it:old\", \"headline\": \"Old\", \"body_text\": \"x.\"}",
                        now.minus(Duration.ofDays(2))),
                letter("tram.json", """
                        {"uri": "urn:replay-it:tram", "version": "1", "pubstatus": "usable",
                         "headline": "Tram line opens in Zagreb", "body_text": "The first tram ran at dawn."}
                        """, now));
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

    private record Run(int code, String out, String err) {
    }

    private static Run replay(KafkaCluster kafka, String prefix, String... extra) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = WirestreamCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> args = new java.util.ArrayList<>(List.of("replay-dead-letters", "--stage", "ingest",
                "--bootstrap-servers", kafka.bootstrapServers(), "--topic-prefix", prefix, "--partitions", "1"));
        args.addAll(List.of(extra));
        int code = cli.execute(args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    /** Every committed record of the dead-letter topic now, with its headers. */
    private static List<ConsumerRecord<byte[], byte[]>> deadLetters(KafkaCluster kafka, Topics topics) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(topics.deadLetters().name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> ends = consumer.endOffsets(parts);
            List<ConsumerRecord<byte[], byte[]>> records = new java.util.ArrayList<>();
            Await.until(Duration.ofSeconds(30), "the dead-letter topic read to its end", () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return parts.stream().allMatch(p -> consumer.position(p) >= ends.get(p));
            });
            return records;
        }
    }

    private static String header(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(ReplayDeadLettersCommand.REPLAY_OF_HEADER);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void aSecondRunReplaysNoDeadLetterThatTheFirstMadeOrAlreadyRetried(KafkaCluster kafka, TestInfo info)
            throws Exception {
        String prefix = TopicNames.unique(info) + ".";
        Topics topics = new Topics(prefix);
        Instant now = Instant.now();
        seed(kafka, topics,
                letter("still-bad.bin", new byte[] {0, (byte) 0xff, 1, (byte) 0xfe, 2, 3, 0, 0, (byte) 0x80, 'z'}, now),
                letter("bridge.json", """
                        {"uri": "urn:replay-it:bridge", "version": "1", "pubstatus": "usable",
                         "headline": "Bridge reopens after repairs", "body_text": "Traffic crossed again."}
                        """, now));
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> ingestLog =
                new ch.qos.logback.core.read.ListAppender<>();
        ingestLog.start();
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(io.wirestream.ingest.Ingestor.class))
                .addAppender(ingestLog);

        Run first;
        try {
            first = replay(kafka, prefix);
        } finally {
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(io.wirestream.ingest.Ingestor.class))
                    .detachAppender(ingestLog);
        }

        assertThat(first.code()).as(first.err()).isEqualTo(1);
        assertThat(first.out()).contains("replayed 2 dead letter(s): 1 stories published, 1 rejected again",
                "skipped 0 already replayed; 0 made by earlier replays");
        assertThat(first.err().lines().filter(l -> l.contains("still-bad.bin"))).singleElement()
                .satisfies(l -> assertThat(l).contains("rejected: "));
        assertThat(ingestLog.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN));
        List<ConsumerRecord<byte[], byte[]>> afterFirst = deadLetters(kafka, topics);
        assertThat(afterFirst).hasSize(3);
        ConsumerRecord<byte[], byte[]> product = afterFirst.get(2);
        assertThat(header(product)).isEqualTo(topics.deadLetters().name() + "-0@0");
        assertThat(Topics.deadLetterSerde().decode(product.value()).getOrigin()).isEqualTo("still-bad.bin");
        assertThat(header(afterFirst.get(0))).isNull();

        Run second = replay(kafka, prefix);

        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("replayed 1 dead letter(s): 1 stories published, 0 rejected again",
                "skipped 1 already replayed (--again retries them); 1 made by earlier replays not replayed");
        assertThat(second.err()).doesNotContain("rejected:");
        assertThat(deadLetters(kafka, topics)).hasSize(3);

        Run forced = replay(kafka, prefix, "--again");

        assertThat(forced.out()).contains("replayed 2 dead letter(s): 1 stories published, 1 rejected again",
                "skipped 0 already replayed; 1 made by earlier replays not replayed");
        List<ConsumerRecord<byte[], byte[]>> afterForced = deadLetters(kafka, topics);
        assertThat(afterForced).hasSize(4);
        assertThat(header(afterForced.get(3))).isEqualTo(topics.deadLetters().name() + "-0@0");
    }
}
