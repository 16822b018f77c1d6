package io.wirestream.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.embedded.KafkaCluster;
import io.wirestream.ingest.Fixtures;
import io.wirestream.ingest.IngestConfig;
import io.wirestream.ingest.Ingestor;
import io.wirestream.ingest.format.FormatDetector;
import io.wirestream.ingest.kafka.BatchLimits;
import io.wirestream.ingest.kafka.KafkaIngestLedger;
import io.wirestream.ingest.kafka.KafkaIngestSink;
import io.wirestream.ingest.kafka.TopicReader;
import io.wirestream.ingest.ledger.IngestLedger;
import io.wirestream.ingest.ledger.LedgerIndex;
import io.wirestream.schemas.Topics;
import io.wirestream.testkit.Await;
import io.wirestream.testkit.ClientConfigs;
import io.wirestream.testkit.SharedKafkaExtension;
import io.wirestream.testkit.TopicNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 scenario 6 on a real broker: the crash window between a file's commit and its move to
 * done/. The state such a crash leaves (committed, file still in the drop folder) is made by
 * moving the filed file back; then a new sink, ledger and source start as after a restart.
 */
@ExtendWith(SharedKafkaExtension.class)
class DropFolderLedgerIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    private static Topics topics(KafkaCluster kafka, TestInfo info) {
        Topics topics = new Topics(TopicNames.unique(info) + ".");
        kafka.createTopics(3, topics.raw().name(), topics.deadLetters().name());
        kafka.createTopic(topics.ingestLedger().name(), 3,
                Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        return topics;
    }

    private static Map<String, Object> producer(KafkaCluster kafka) {
        return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
    }

    private static LedgerIndex load(KafkaCluster kafka, Topics topics) {
        return KafkaIngestLedger.load(ClientConfigs.consumer(kafka, null, IsolationLevel.READ_COMMITTED),
                topics.ingestLedger(), 1_000, Duration.ofSeconds(30));
    }

    /**
     * One run of ingest: a sink (whose start settles what the last run left open), the ledger
     * loaded after it, a drop-folder source; waits until {@code filed} appears, then stops.
     *
     * @return how many keys the ledger held at the start of the run
     */
    private int run(KafkaCluster kafka, Topics topics, String transactionalId, boolean withLedger, Path filed) {
        try (KafkaIngestSink sink = new KafkaIngestSink(producer(kafka), topics, transactionalId,
                new BatchLimits(10, 1 << 20, Duration.ofMillis(10)))) {
            LedgerIndex ledger = load(kafka, topics);
            int loaded = ledger.size();
            IngestConfig config = new IngestConfig(folder, Duration.ofMillis(50), "Liburna", 1 << 20, null);
            try (DropFolderSource source = new DropFolderSource(config, new Ingestor(FormatDetector.standard(), sink),
                    Clock.systemUTC(), 2, withLedger ? ledger : IngestLedger.NONE)) {
                source.start();
                Await.until(DEADLINE, filed + " filed", () -> Files.exists(filed));
            }
            return loaded;
        }
    }

    private void crashWindow() throws IOException {
        // What a SIGKILL after the commit and before the move leaves: the file in the folder, not in done/.
        Files.move(folder.resolve("done/story.txt"), folder.resolve("story.txt"));
    }

    private static List<String> rawOrigins(KafkaCluster kafka, Topics topics) {
        List<ConsumerRecord<byte[], byte[]>> raw =
                TopicReader.readAll(kafka, topics.raw().name(), IsolationLevel.READ_COMMITTED);
        return raw.stream().map(r -> Topics.defaults().raw().valueSerde().deserializer()
                .deserialize(topics.raw().name(), r.value()).getOrigin()).toList();
    }

    @Test
    void aFileCommittedBeforeTheCrashIsMovedAfterTheRestartWithoutASecondCopy(KafkaCluster kafka, TestInfo info)
            throws IOException {
        Topics topics = topics(kafka, info);
        String transactionalId = TopicNames.unique(info, "tx");
        Files.write(folder.resolve("story.txt"), Fixtures.bytes("agency-text/minimal.txt"));
        Path done = folder.resolve("done/story.txt");

        run(kafka, topics, transactionalId, true, done);
        crashWindow();
        int loadedAfterRestart = run(kafka, topics, transactionalId, true, done);

        assertThat(loadedAfterRestart).as("the restarted run found the committed file in the ledger").isEqualTo(1);
        assertThat(folder.resolve("story.txt")).doesNotExist();
        assertThat(done).hasBinaryContent(Fixtures.bytes("agency-text/minimal.txt"));
        assertThat(rawOrigins(kafka, topics)).containsExactly("story.txt");
        List<ConsumerRecord<byte[], byte[]>> ledger =
                TopicReader.readAll(kafka, topics.ingestLedger().name(), IsolationLevel.READ_COMMITTED);
        assertThat(ledger).singleElement().satisfies(r -> {
            assertThat(new String(r.key(), StandardCharsets.UTF_8)).contains("|story.txt|");
            assertThat(r.value().length).as("small: no body").isLessThan(200);
        });
    }

    @Test
    void withoutTheLedgerTheSameCrashWindowSendsTheFileTwice(KafkaCluster kafka, TestInfo info) throws IOException {
        Topics topics = topics(kafka, info);
        String transactionalId = TopicNames.unique(info, "tx");
        Files.write(folder.resolve("story.txt"), Fixtures.bytes("agency-text/minimal.txt"));
        Path done = folder.resolve("done/story.txt");

        run(kafka, topics, transactionalId, false, done);
        crashWindow();
        run(kafka, topics, transactionalId, false, done);

        // The defect the ledger fixes: proof that the test above can fail.
        assertThat(rawOrigins(kafka, topics)).containsExactly("story.txt", "story.txt");
    }
}
