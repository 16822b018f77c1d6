package io.wirestream.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.Entity;
import io.wirestream.schemas.PubStatus;
import io.wirestream.schemas.Topic;
import io.wirestream.schemas.Topics;
import io.wirestream.embedded.KafkaCluster;
import io.wirestream.testkit.SharedKafkaExtension;
import io.wirestream.testkit.TopicNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three stages on a real broker, checked from the outside with plain read_committed consumers.
 * One pipeline serves the class; every test uses its own story ids.
 */
@ExtendWith(SharedKafkaExtension.class)
class PipelineIT {

    private static KafkaCluster kafka;
    private static Pipeline pipeline;
    private static Topics topics;
    private static Path stateDir;

    @TempDir
    Path in;

    @BeforeAll
    static void startPipeline(KafkaCluster cluster, TestInfo info) throws IOException {
        kafka = cluster;
        String prefix = TopicNames.unique(info) + ".";
        stateDir = Files.createTempDirectory("pipeline-it-state");
        String run = UUID.randomUUID().toString().substring(0, 8);
        PipelineSettings settings = new PipelineSettings(Map.of(
                "bootstrap.servers", cluster.bootstrapServers(),
                "topic.prefix", prefix,
                "state.dir", stateDir.toString(),
                "commit.interval.ms", "100",
                "enrich.application.id", "pipeline-it-enrich-" + run,
                "publish.application.id", "pipeline-it-publish-" + run));
        // Two partitions, so the tests also cover keyed partitioning across the stages.
        pipeline = Pipeline.startAll(settings, new TopicSetup(2, (short) 1));
        topics = pipeline.topics();
    }

    @AfterAll
    static void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(in.resolve(name), content);
    }

    private static String kforStory() throws IOException {
        return Files.readString(BundledSamples.kforStory(), StandardCharsets.UTF_8);
    }

    private static String ninjs(String uri, int version, String status, String headline, String body) {
        return """
                {"uri": "%s", "type": "text", "version": "%d", "pubstatus": "%s", "language": "en",
                 "headline": "%s", "provider": {"name": "IT Agency"}, "body_text": "%s"}
                """.formatted(uri, version, status, headline, body);
    }

    private static TopicReader<String, EnrichedArticle> avro(Topic<String, EnrichedArticle> topic) {
        return new TopicReader<>(kafka.bootstrapServers(), topic.name(), topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
    }

    private static TopicReader<byte[], DeadLetter> deadLetters() {
        return new TopicReader<>(kafka.bootstrapServers(), topics.deadLetters().name(),
                Serdes.ByteArray().deserializer(), topics.deadLetters().valueSerde().deserializer());
    }

    private static boolean has(List<? extends ConsumerRecord<String, ?>> records, String key) {
        return records.stream().anyMatch(r -> key.equals(r.key()));
    }

    @Test
    void aStoryIngestedAsAFileArrivesEnrichedOnEveryDownstreamTopic() throws Exception {
        Path story = file("balkan-wire-kfor.txt", kforStory());
        assertThat(pipeline.ingest(List.of(story))).singleElement().satisfies(r -> assertThat(r.result().ok()).isTrue());
        String id = "balkan-wire-agency:nato-chief-to-reassure-kosovo-over-kfor-ea76e221b6d9";

        try (var enriched = avro(topics.enriched());
             var latest = avro(topics.latest());
             var balkans = avro(topics.desk("balkans"));
             var json = new TopicReader<>(kafka.bootstrapServers(), topics.enrichedJson().name(),
                     Serdes.String().deserializer(), Serdes.String().deserializer())) {
            EnrichedArticle article = enriched.until("story on enriched topic", r -> has(r, id)).stream()
                    .filter(r -> id.equals(r.key())).findFirst().orElseThrow().value();
            assertThat(article.getChange()).isEqualTo(ChangeKind.NEW);
            assertThat(article.getBody()).doesNotContain("All rights reserved", "The link was copied");
            assertThat(article.getEntities()).extracting(Entity::getName)
                    .contains("NATO", "KFOR", "EUFOR", "Mark Rutte", "Kosovo", "Pristina", "Serbia",
                            "Bosnia and Herzegovina");
            assertThat(latest.until("story on latest topic", r -> has(r, id))).isNotEmpty();
            assertThat(balkans.until("story on balkans desk", r -> has(r, id))).isNotEmpty();

            String line = json.until("story on JSON topic", r -> has(r, id)).stream()
                    .filter(r -> id.equals(r.key())).findFirst().orElseThrow().value();
            JsonNode doc = new ObjectMapper().readTree(line);
            assertThat(doc.get("guid").asText()).isEqualTo(id);
            assertThat(doc.get("pubStatus").asText()).isEqualTo("usable");
            assertThat(doc.get("language").asText()).isEqualTo("en");
            assertThat(doc.get("wordCount").asInt()).isGreaterThan(100);
            assertThat(doc.get("readingTimeMinutes").asInt()).isPositive();
            String body = doc.get("body").asText();
            for (JsonNode entity : doc.get("entities")) {
                for (JsonNode m : entity.get("mentions")) {
                    assertThat(body.substring(m.get("start").asInt(), m.get("end").asInt()))
                            .isEqualTo(m.get("text").asText());
                }
            }
        }
    }

    @Test
    void garbageOnTheRawTopicIsDeadLetteredAndTheNextStoryStillFlows() throws Exception {
        byte[] garbage = "\u0000\u0001 not an avro record".getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topics.raw().name(), "poison-1", garbage)).get();
        }
        Path good = file("after-poison.json", ninjs("urn:it:after-poison", 1, "usable",
                "Ferry service resumes in Split", "Ferries between Split and Hvar resumed on Monday."));
        pipeline.ingest(List.of(good));

        try (var dlq = deadLetters(); var enriched = avro(topics.enriched())) {
            DeadLetter letter = dlq.until("dead letter for the poison record", r -> r.stream()
                    .anyMatch(x -> "enrich".equals(x.value().getStage()))).stream()
                    .map(ConsumerRecord::value).filter(v -> "enrich".equals(v.getStage())).findFirst().orElseThrow();
            assertThat(letter.getSourceTopic()).isEqualTo(topics.raw().name());
            assertThat(letter.getSourceOffset()).isNotNull();
            assertThat(letter.getPayload().array()).isEqualTo(garbage);
            assertThat(new String(letter.getKey().array(), StandardCharsets.UTF_8)).isEqualTo("poison-1");
            assertThat(letter.getErrorMessage()).contains("cannot decode RawArticle");
            assertThat(enriched.until("the good story after the poison", r -> has(r, "urn:it:after-poison")))
                    .isNotEmpty();
        }
    }

    @Test
    void anUnparseableFileIsDeadLetteredWithItsOriginalBytes() throws Exception {
        String broken = "{\"uri\": \"urn:it:broken\", \"headline\": \"cut off";
        Path file = file("broken.json", broken);
        assertThat(pipeline.ingest(List.of(file))).singleElement()
                .satisfies(r -> assertThat(r.result().failed()).isTrue());

        try (var dlq = deadLetters()) {
            DeadLetter letter = dlq.until("ingest dead letter", r -> r.stream()
                    .anyMatch(x -> x.value().getOrigin().endsWith("broken.json"))).stream()
                    .map(ConsumerRecord::value).filter(v -> v.getOrigin().endsWith("broken.json"))
                    .findFirst().orElseThrow();
            assertThat(letter.getStage()).isEqualTo("ingest");
            assertThat(letter.getFormat()).isEqualTo("ninjs");
            assertThat(new String(letter.getPayload().array(), StandardCharsets.UTF_8)).isEqualTo(broken);
        }
    }

    @Test
    void anUpdateReplacesTheEarlierVersionInLatestAndRedeliveriesAreDropped() throws Exception {
        String id = "urn:it:harbour";
        Path v1 = file("harbour-v1.json", ninjs(id, 1, "usable", "Storm closes harbour in Split",
                "The harbour in Split closed on Tuesday."));
        Path v2 = file("harbour-v2.json", ninjs(id, 2, "usable", "Harbour in Split reopens",
                "The harbour in Split reopened on Wednesday."));
        // v1 twice (a re-delivery of the same copy), then v2, then v1 again (stale by then). Files
        // given in one call are ingested in parallel and may commit in any order, so each step that
        // must come after another is its own call (each returns once its files are committed).
        pipeline.ingest(List.of(v1, v1));
        pipeline.ingest(List.of(v2));
        pipeline.ingest(List.of(v1));

        try (var latest = avro(topics.latest()); var enriched = avro(topics.enriched())) {
            List<ConsumerRecord<String, EnrichedArticle>> versions = latest.until("v2 on latest",
                    r -> r.stream().anyMatch(x -> id.equals(x.key()) && x.value().getArticle().getVersion() == 2));
            EnrichedArticle current = versions.stream().filter(r -> id.equals(r.key()))
                    .reduce((a, b) -> b).orElseThrow().value();
            assertThat(current.getArticle().getVersion()).isEqualTo(2);
            assertThat(current.getChange()).isEqualTo(ChangeKind.UPDATE);

            // v3 has the same key, so it follows the re-delivered v1 on the same partition: once v3
            // is out, a v1 that had passed would be out too.
            pipeline.ingest(List.of(file("harbour-v3.json", ninjs(id, 3, "usable", "Harbour in Split busy again",
                    "Ships queued in Split on Thursday."))));
            List<ConsumerRecord<String, EnrichedArticle>> all = enriched.until("v3 on enriched",
                    r -> r.stream().anyMatch(x -> id.equals(x.key()) && x.value().getArticle().getVersion() == 3));
            assertThat(all.stream().filter(r -> id.equals(r.key())).map(r -> r.value().getArticle().getVersion()))
                    .containsExactly(1L, 2L, 3L);
        }
    }

    @Test
    void aKillPropagatesToLatestAndToTheDesksThatHadTheStory() throws Exception {
        String id = "urn:it:kosovo-border";
        pipeline.ingest(List.of(file("border-v1.json", ninjs(id, 1, "usable", "Border crossing reopens",
                "Officials in Kosovo said the crossing to Serbia reopened on Monday."))));
        pipeline.ingest(List.of(file("border-kill.json", ninjs(id, 2, "canceled", "KILL: border story", ""))));

        try (var balkans = avro(topics.desk("balkans")); var latest = avro(topics.latest())) {
            List<ConsumerRecord<String, EnrichedArticle>> desk = balkans.until("kill on balkans desk",
                    r -> r.stream().anyMatch(x -> id.equals(x.key()) && x.value().getChange() == ChangeKind.KILL));
            assertThat(desk.stream().filter(r -> id.equals(r.key())).map(r -> r.value().getChange()))
                    .containsExactly(ChangeKind.NEW, ChangeKind.KILL);
            EnrichedArticle current = latest.until("kill on latest", r -> r.stream()
                    .anyMatch(x -> id.equals(x.key()) && x.value().getChange() == ChangeKind.KILL)).stream()
                    .filter(r -> id.equals(r.key())).reduce((a, b) -> b).orElseThrow().value();
            assertThat(current.getArticle().getPubStatus()).isEqualTo(PubStatus.CANCELED);
        }
    }

    @Test
    void theDropFolderPublishesGoodFilesAndDeadLettersBadOnes() throws Exception {
        Path drop = Files.createDirectories(in.resolve("drop"));
        io.wirestream.ingest.source.DropFolderSource source = pipeline.watch(drop);
        try {
            Files.writeString(drop.resolve("tram.json"), ninjs("urn:it:tram", 1, "usable", "Trams return to Zagreb",
                    "Trams returned to the centre of Zagreb on Friday."));
            Files.write(drop.resolve("static.bin"), new byte[] {0x1b, 0x00, (byte) 0xfe, 0x7f});

            try (var enriched = avro(topics.enriched()); var dlq = deadLetters()) {
                assertThat(enriched.until("dropped story", r -> has(r, "urn:it:tram"))).isNotEmpty();
                DeadLetter letter = dlq.until("dropped garbage", r -> r.stream()
                        .anyMatch(x -> x.value().getOrigin().endsWith("static.bin"))).stream()
                        .map(ConsumerRecord::value).filter(v -> v.getOrigin().endsWith("static.bin"))
                        .findFirst().orElseThrow();
                assertThat(letter.getPayload().array()).containsExactly(0x1b, 0x00, (byte) 0xfe, 0x7f);
            }
            io.wirestream.testkit.Await.until(java.time.Duration.ofSeconds(30), "files moved out of the drop folder",
                    () -> Files.exists(drop.resolve("done/tram.json")) && Files.exists(drop.resolve("failed/static.bin")));
            assertThat(Files.readString(drop.resolve("failed/static.bin.reason.txt"))).isNotBlank();
            assertThat(pipeline.sources()).anySatisfy(health -> {
                assertThat(health.source()).isEqualTo("drop-folder:" + drop);
                assertThat(health.items()).isEqualTo(1);
                assertThat(health.deadLetters()).isEqualTo(1);
            });
        } finally {
            source.close();
        }
    }

    @Test
    void theLatestTopicIsCompactedAndEveryTopicTakesTheLargestRecord() throws Exception {
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            var latest = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topics.latest().name());
            var raw = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topics.raw().name());
            var ledger = new org.apache.kafka.common.config.ConfigResource(
                    org.apache.kafka.common.config.ConfigResource.Type.TOPIC, topics.ingestLedger().name());
            var configs = admin.describeConfigs(List.of(latest, raw, ledger)).all().get();
            assertThat(configs.get(latest).get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(configs.get(ledger).get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(configs.get(raw).get("cleanup.policy").value()).isEqualTo("delete");
            assertThat(configs.get(raw).get("max.message.bytes").value())
                    .isEqualTo(Integer.toString(Topics.MAX_RECORD_BYTES));
        }
    }
}
