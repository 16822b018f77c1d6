package io.wirestream.ingest.source.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.embedded.KafkaCluster;
import io.wirestream.ingest.Ingestor;
import io.wirestream.ingest.format.FormatDetector;
import io.wirestream.ingest.kafka.BatchLimits;
import io.wirestream.ingest.kafka.KafkaIngestLedger;
import io.wirestream.ingest.kafka.KafkaIngestSink;
import io.wirestream.ingest.kafka.TopicReader;
import io.wirestream.ingest.ledger.LedgerIndex;
import io.wirestream.ingest.source.feed.FeedPoller.Outcome;
import io.wirestream.schemas.Topics;
import io.wirestream.testkit.ClientConfigs;
import io.wirestream.testkit.SharedKafkaExtension;
import io.wirestream.testkit.TopicNames;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A feed that changes, served by a local HTTP server, polled into a real broker; what a
 * {@code read_committed} consumer of the raw topic sees, across a restart of the poller.
 */
@ExtendWith(SharedKafkaExtension.class)
class FeedPollerIT {

    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    private static KafkaIngestSink sink(KafkaCluster kafka, Topics topics, String transactionalId) {
        return new KafkaIngestSink(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000), topics, transactionalId,
                new BatchLimits(10, 1 << 20, Duration.ofMillis(10)));
    }

    private static LedgerIndex ledger(KafkaCluster kafka, Topics topics) {
        return KafkaIngestLedger.load(ClientConfigs.consumer(kafka, null, IsolationLevel.READ_COMMITTED),
                topics.ingestLedger(), 1_000, Duration.ofSeconds(30));
    }

    private static FeedPoller poller(FeedServer server, KafkaIngestSink sink, LedgerIndex ledger) {
        Random random = new Random(12);
        return new FeedPoller(new FeedSpec(server.url(), Duration.ofMinutes(5)),
                new Ingestor(FormatDetector.standard(), sink), ledger, HttpClient.newHttpClient(), BACKOFF,
                random::nextDouble, "Harbour Gazette", Clock.systemUTC());
    }

    private static List<String> rawHeadlines(KafkaCluster kafka, Topics topics) {
        return TopicReader.readAll(kafka, topics.raw().name(), IsolationLevel.READ_COMMITTED).stream()
                .map(r -> topics.raw().valueSerde().deserializer().deserialize(topics.raw().name(), r.value())
                        .getHeadline())
                .toList();
    }

    @Test
    void publishesEachItemOnceAcrossNotModifiedNewItemsAndARestart(KafkaCluster kafka, TestInfo info)
            throws IOException {
        Topics topics = new Topics(TopicNames.unique(info) + ".");
        kafka.createTopics(3, topics.raw().name(), topics.deadLetters().name());
        kafka.createTopic(topics.ingestLedger().name(), 3,
                Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        String transactionalId = TopicNames.unique(info, "tx");
        try (FeedServer server = new FeedServer()) {
            server.serve(List.of(FeedPollerTest.HARBOUR, FeedPollerTest.FERRY));
            try (KafkaIngestSink sink = sink(kafka, topics, transactionalId)) {
                FeedPoller poller = poller(server, sink, ledger(kafka, topics));

                assertThat(poller.pollOnce().published()).as("first poll: every item").isEqualTo(2);
                assertThat(rawHeadlines(kafka, topics)).containsExactlyInAnyOrder(
                        "Harbour dredging starts", "Night ferry returns");

                FeedPoller.Poll notModified = poller.pollOnce();
                assertThat(notModified.outcome()).isEqualTo(Outcome.NOT_MODIFIED);
                assertThat(notModified.status()).isEqualTo(304);
                assertThat(rawHeadlines(kafka, topics)).hasSize(2);

                server.serve(List.of(FeedPollerTest.MARKET, FeedPollerTest.HARBOUR, FeedPollerTest.FERRY));
                FeedPoller.Poll added = poller.pollOnce();
                assertThat(added.published()).isEqualTo(1);
                assertThat(added.skipped()).isEqualTo(2);
            }

            // A restart: new sink (same transactional id), ledger read back from the topic, new poller.
            try (KafkaIngestSink sink = sink(kafka, topics, transactionalId)) {
                LedgerIndex ledger = ledger(kafka, topics);
                assertThat(ledger.size()).isEqualTo(3);
                FeedPoller restarted = poller(server, sink, ledger);

                FeedPoller.Poll again = restarted.pollOnce();
                assertThat(again.status()).as("no validators after a restart: a full GET").isEqualTo(200);
                assertThat(again.outcome()).isEqualTo(Outcome.UNCHANGED);
                assertThat(again.skipped()).isEqualTo(3);

                server.force(500);
                FeedPoller.Poll first = restarted.pollOnce();
                FeedPoller.Poll second = restarted.pollOnce();
                assertThat(first.outcome()).isEqualTo(Outcome.FAILED);
                assertThat(first.nextDelay()).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
                assertThat(second.nextDelay()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
                assertThat(restarted.health().lastErrorMessage()).contains("HTTP 500");
            }
            assertThat(server.requests()).extracting(FeedServer.Request::userAgent).containsOnly(FeedPoller.USER_AGENT);
        }

        assertThat(rawHeadlines(kafka, topics)).containsExactlyInAnyOrder(
                "Harbour dredging starts", "Night ferry returns", "Fish market moves indoors");
    }
}
