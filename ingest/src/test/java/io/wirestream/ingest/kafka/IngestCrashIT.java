package io.wirestream.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.ingest.IngestResult;
import io.wirestream.ingest.Ingestor;
import io.wirestream.ingest.InputRecords;
import io.wirestream.ingest.format.FormatDetector;
import io.wirestream.ingest.format.Origin;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A failure in the middle of a multi-story input leaves none of its stories visible to a
 * {@code read_committed} consumer, and the retried input then gives all of them exactly once.
 * Each test also reads {@code read_uncommitted} to prove that half of the input really reached the
 * log before the failure (so the test could fail).
 */
@ExtendWith(SharedKafkaExtension.class)
class IngestCrashIT {

    private static final Instant RECEIVED = Instant.parse("2025-03-11T12:00:00Z");
    private static final int STORIES = 6;
    private static final int FAIL_AT = STORIES / 2;

    /** Thrown by the send hook to stand for the process dying: the sink neither aborts nor closes. */
    static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash() {
            super("simulated crash in the middle of an input");
        }
    }

    /** A ninjs feed page of {@value #STORIES} stories. */
    private static byte[] feed() {
        String items = IntStream.range(0, STORIES)
                .mapToObj(i -> "{\"item\":{\"uri\":\"story-" + i + "\",\"headline\":\"Story " + i
                        + "\",\"body_text\":\"Paragraph " + i + ".\"}}")
                .collect(Collectors.joining(","));
        return ("{\"data\":{\"items\":[" + items + "]}}").getBytes(StandardCharsets.UTF_8);
    }

    private static InputRecords prepare(Ingestor ingestor) {
        InputRecords records = ingestor.prepare(feed(), Origin.of("feeds/page-1.json", RECEIVED), null);
        assertThat(records.articles()).hasSize(STORIES);
        return records;
    }

    private static List<String> keys(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList();
    }

    private static List<String> allStories() {
        return IntStream.range(0, STORIES).mapToObj(i -> "story-" + i).toList();
    }

    @Test
    void aFailureBetweenSendsAbortsTheWholeInputAndTheRetryGivesEveryStoryOnce(KafkaCluster kafka, TestInfo info) {
        Topics topics = KafkaIngestSinkIT.topics(kafka, info);
        AtomicReference<Producer<byte[], byte[]>> producer = new AtomicReference<>();
        AtomicBoolean failOnce = new AtomicBoolean(true);
        Function<Map<String, Object>, Producer<byte[], byte[]>> producers = config -> {
            producer.set(new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer()));
            return producer.get();
        };
        KafkaIngestSink.SendHook hook = (position, record) -> {
            if (position == FAIL_AT && failOnce.getAndSet(false)) {
                producer.get().flush(); // the first half is in the log, inside the open transaction
                throw new IllegalStateException("injected failure between sends");
            }
        };
        try (KafkaIngestSink sink = new KafkaIngestSink(KafkaIngestSinkIT.client(kafka), topics,
                TopicNames.unique(info, "tx"), BatchLimits.DEFAULTS, 1, producers, hook)) {
            Ingestor ingestor = new Ingestor(FormatDetector.standard(), sink, 1 << 20, Clock.systemUTC());
            InputRecords input = prepare(ingestor);

            assertThatThrownBy(() -> ingestor.submit(input).orTimeout(30, TimeUnit.SECONDS).join())
                    .hasMessageContaining("injected failure");
            assertThat(TopicReader.readAll(kafka, topics.raw().name(), IsolationLevel.READ_COMMITTED))
                    .as("nothing of the aborted input is visible").isEmpty();

            IngestResult retried = ingestor.submit(input).orTimeout(30, TimeUnit.SECONDS).join();
            assertThat(retried.published()).isEqualTo(STORIES);
        }

        assertThat(keys(TopicReader.readAll(kafka, topics.raw().name(), IsolationLevel.READ_COMMITTED)))
                .containsExactlyInAnyOrderElementsOf(allStories());
        assertThat(TopicReader.readAll(kafka, topics.raw().name(), IsolationLevel.READ_UNCOMMITTED))
                .as("the aborted half reached the log").hasSize(STORIES + FAIL_AT);
    }

    @Test
    void aCrashInTheMiddleOfAnInputShowsNoneOfItAndTheRestartedInstanceGivesEveryStoryOnce(
            KafkaCluster kafka, TestInfo info) {
        Topics topics = KafkaIngestSinkIT.topics(kafka, info);
        String transactionalId = TopicNames.unique(info, "tx");
        AtomicReference<Producer<byte[], byte[]>> producer = new AtomicReference<>();
        Function<Map<String, Object>, Producer<byte[], byte[]>> producers = config -> {
            producer.set(new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer()));
            return producer.get();
        };
        KafkaIngestSink.SendHook crash = (position, record) -> {
            if (position == FAIL_AT) {
                producer.get().flush();
                throw new SimulatedCrash();
            }
        };
        KafkaIngestSink crashed = new KafkaIngestSink(KafkaIngestSinkIT.client(kafka), topics, transactionalId,
                BatchLimits.DEFAULTS, 1, producers, crash);
        try {
            Ingestor first = new Ingestor(FormatDetector.standard(), crashed, 1 << 20, Clock.systemUTC());
            assertThatThrownBy(() -> first.submit(prepare(first)).orTimeout(30, TimeUnit.SECONDS).join())
                    .hasRootCauseInstanceOf(SimulatedCrash.class);
            assertThat(TopicReader.readAll(kafka, topics.raw().name(), IsolationLevel.READ_UNCOMMITTED))
                    .as("half of the input is in the log, in a transaction left open").hasSize(FAIL_AT);

            // The restarted instance: same transactional.id, so initTransactions aborts what the
            // crashed one left open, and the input (still in the drop folder) is ingested again.
            try (KafkaIngestSink restarted = new KafkaIngestSink(KafkaIngestSinkIT.client(kafka), topics,
                    transactionalId, new BatchLimits(100, 1 << 20, Duration.ofMillis(10)))) {
                Ingestor second = new Ingestor(FormatDetector.standard(), restarted, 1 << 20, Clock.systemUTC());
                assertThat(second.submit(prepare(second)).orTimeout(30, TimeUnit.SECONDS).join().published())
                        .isEqualTo(STORIES);
            }
        } finally {
            crashed.close();
        }

        assertThat(keys(TopicReader.readAll(kafka, topics.raw().name(), IsolationLevel.READ_COMMITTED)))
                .as("every story once, none of the crashed attempt").containsExactlyInAnyOrderElementsOf(allStories());
        assertThat(TopicReader.readAll(kafka, topics.raw().name(), IsolationLevel.READ_UNCOMMITTED))
                .hasSize(STORIES + FAIL_AT);
    }
}
