package io.wirestream.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.ingest.Fixtures;
import io.wirestream.ingest.IngestResult;
import io.wirestream.ingest.Ingestor;
import io.wirestream.ingest.SinkClosedException;
import io.wirestream.ingest.format.FormatDetector;
import io.wirestream.ingest.format.Origin;
import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.Topics;
import io.wirestream.embedded.KafkaCluster;
import io.wirestream.testkit.SharedKafkaExtension;
import io.wirestream.testkit.TopicNames;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.IsolationLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/** The transactional sink on a real broker: what a {@code read_committed} consumer sees. */
@ExtendWith(SharedKafkaExtension.class)
class KafkaIngestSinkIT {

    private static final Instant RECEIVED = Instant.parse("2025-03-11T12:00:00Z");

    static Topics topics(KafkaCluster kafka, TestInfo info) {
        Topics topics = new Topics(TopicNames.unique(info) + ".");
        kafka.createTopics(3, topics.raw().name());
        kafka.createTopics(1, topics.deadLetters().name());
        return topics;
    }

    static Map<String, Object> client(KafkaCluster kafka) {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
    }

    @Test
    void commitsEveryStoryOfManyInputsAndTheirDeadLettersInTransactions(KafkaCluster kafka, TestInfo info) {
        Topics topics = topics(kafka, info);
        try (KafkaIngestSink sink = new KafkaIngestSink(client(kafka), topics, TopicNames.unique(info, "tx"),
                new BatchLimits(10, 1 << 20, Duration.ofMillis(20)))) {
            Ingestor ingestor = new Ingestor(FormatDetector.standard(), sink, 1 << 20, Clock.systemUTC());
            List<CompletableFuture<IngestResult>> results = List.of(
                    ingestor.submit(ingestor.prepare(Fixtures.bytes("ninjs/ap-feed.json"), Origin.of("feed.json", RECEIVED), null)),
                    ingestor.submit(ingestor.prepare(Fixtures.bytes("agency-text/garbage.bin"),
                            Origin.of("agency/garbage.bin", RECEIVED), null)),
                    ingestor.submit(ingestor.prepare(Fixtures.bytes("agency-text/minimal.txt"),
                            Origin.of("minimal.txt", RECEIVED), null)));

            assertThat(results).extracting(f -> f.orTimeout(30, TimeUnit.SECONDS).join().published())
                    .containsExactly(2, 0, 1);
        }

        List<ConsumerRecord<byte[], byte[]>> raw = TopicReader.readAll(kafka, topics.raw().name(), IsolationLevel.READ_COMMITTED);
        assertThat(raw).extracting(r -> new String(r.key(), StandardCharsets.UTF_8).replaceAll("-[0-9a-f]{12}$", ""))
                .containsExactlyInAnyOrder(
                        "https://api.example.org/content/a1", "https://api.example.org/content/b2", "unknown:ferry-to-isola-brava-sails-again-after");
        List<ConsumerRecord<byte[], byte[]>> letters =
                TopicReader.readAll(kafka, topics.deadLetters().name(), IsolationLevel.READ_COMMITTED);
        assertThat(letters).singleElement().satisfies(r -> {
            assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo("agency/garbage.bin");
            DeadLetter letter = Topics.deadLetterSerde().decode(r.value());
            assertThat(letter.getPayload().remaining()).isEqualTo(Fixtures.bytes("agency-text/garbage.bin").length);
        });
    }

    @Test
    void aFencedSinkFailsItsInputsAndStops(KafkaCluster kafka, TestInfo info) {
        Topics topics = topics(kafka, info);
        String transactionalId = TopicNames.unique(info, "tx");
        try (KafkaIngestSink first = new KafkaIngestSink(client(kafka), topics, transactionalId, BatchLimits.DEFAULTS)) {
            Ingestor ingestor = new Ingestor(FormatDetector.standard(), first);
            // A second instance with the same id: it fences the first.
            try (KafkaIngestSink second = new KafkaIngestSink(client(kafka), topics, transactionalId, BatchLimits.DEFAULTS)) {
                CompletableFuture<IngestResult> fenced = ingestor.submit(ingestor.prepare(
                        Fixtures.bytes("agency-text/minimal.txt"), Origin.of("minimal.txt", RECEIVED), null));

                assertThatThrownBy(() -> fenced.orTimeout(30, TimeUnit.SECONDS).join())
                        .hasCauseInstanceOf(SinkClosedException.class)
                        .hasMessageContaining(transactionalId);
                assertThat(first.submit(ingestor.prepare(Fixtures.bytes("agency-text/minimal.txt"),
                        Origin.of("again.txt", RECEIVED), null))).isCompletedExceptionally();

                Ingestor survivor = new Ingestor(FormatDetector.standard(), second);
                assertThat(survivor.ingest(Fixtures.bytes("agency-text/minimal.txt"), Origin.of("minimal.txt", RECEIVED))
                        .published()).isEqualTo(1);
            }
        }
        assertThat(TopicReader.readAll(kafka, topics.raw().name(), IsolationLevel.READ_COMMITTED)).hasSize(1);
    }
}
