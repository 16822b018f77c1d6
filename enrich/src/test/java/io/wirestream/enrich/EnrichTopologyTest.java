package io.wirestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.PubStatus;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.StoryVersion;
import io.wirestream.schemas.Topics;
import io.wirestream.streamapp.StreamSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {

    private static final Instant NOW = Instant.parse("2026-03-11T12:00:00Z");

    // Built once: loading the language profiles and the gazetteer is the slow part of these tests.
    private static final Enricher ENRICHER = Enricher.standard(Clock.fixed(NOW, ZoneOffset.UTC), "test");

    private final Topics topics = new Topics("t.");
    private final EnrichTopology topology = new EnrichTopology(topics, ENRICHER);

    @TempDir
    Path state;
    private TopologyTestDriver driver;
    private TestInputTopic<String, RawArticle> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;

    @BeforeEach
    void start() {
        StreamSettings settings = new StreamSettings("enrich-test", "unused:9092", state, "enrich",
                topics.deadLetters().name(), Duration.ofMillis(100));
        driver = new TopologyTestDriver(topology.build(), settings.toProperties());
        raw = driver.createInputTopic(topics.raw().name(), Serdes.String().serializer(),
                topics.raw().valueSerde().serializer());
        enriched = driver.createOutputTopic(topics.enriched().name(), Serdes.String().deserializer(),
                topics.enriched().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static RawArticle article(String id, long version, PubStatus status, String... body) {
        return RawArticle.newBuilder().setId(id).setVersion(version).setPubStatus(status)
                .setProvider("Test Agency").setFormat("agency-text").setOrigin("in/" + id)
                .setReceivedAt(NOW).setHeadline("Port of Valletta closes as storm nears Malta")
                .setBody(List.of(body)).setContentHash(id + "/" + version + "/" + String.join("|", body)).build();
    }

    @Test
    void namesEveryProcessorAndStoreExplicitly() {
        String description = topology.build().describe().toString();
        assertThat(description).contains(EnrichTopology.SOURCE, EnrichTopology.TRACK_VERSIONS,
                EnrichTopology.HOLD_EMBARGOED, EnrichTopology.ENRICH, EnrichTopology.SINK, EnrichTopology.VERSION_STORE,
                EnrichTopology.EMBARGO_STORE, EnrichTopology.CLUSTER_TOPIC, EnrichTopology.ASSIGN_CLUSTERS,
                EnrichTopology.CLUSTER_STORE);
        assertThat(description).doesNotContain("KSTREAM-", "KTABLE-");
    }

    @Test
    void enrichesANewStoryWithCleanBodyAndEntityOffsets() {
        Instant ingested = NOW.minus(Duration.ofHours(3));
        raw.pipeInput("s1", article("s1", 1, PubStatus.USABLE,
                "The link was copied",
                "Harbour master Elena Borg said the Port of Valletta would close on Tuesday as the storm "
                        + "approached Malta from the south.",
                "All rights reserved by Test Agency © 2026"), ingested);

        EnrichedArticle out = enriched.readValue();
        assertThat(out.getChange()).isEqualTo(ChangeKind.NEW);
        assertThat(out.getBody()).startsWith("Harbour master").doesNotContain("All rights reserved", "link was copied");
        assertThat(out.getEntities()).isNotEmpty().allSatisfy(e -> e.getMentions().forEach(m ->
                assertThat(out.getBody().substring(m.getStart(), m.getEnd())).isEqualTo(m.getText())));
        assertThat(out.getEntities()).extracting(e -> e.getName()).contains("Elena Borg", "Malta");
        assertThat(out.getEnrichedAt()).as("the record's timestamp, not the clock's").isEqualTo(ingested);
    }

    @Test
    void aReplayOfTheSameRecordGivesTheSameOutputWhateverTheClock(@TempDir Path otherState) {
        RawArticle story = article("r1", 1, PubStatus.USABLE, "Harbour master Elena Borg closed the port in Malta.");
        Instant ingested = Instant.parse("2026-03-01T08:30:00.123Z");
        raw.pipeInput("r1", story, ingested);
        TestRecord<String, EnrichedArticle> first = enriched.readRecord();

        // The replay runs a day later, with its own clock and a fresh state, as after a reset.
        EnrichTopology later = new EnrichTopology(topics,
                Enricher.standard(Clock.fixed(NOW.plus(Duration.ofDays(1)), ZoneOffset.UTC), "test"));
        StreamSettings settings = new StreamSettings("enrich-test", "unused:9092", otherState, "enrich",
                topics.deadLetters().name(), Duration.ofMillis(100));
        try (TopologyTestDriver replay = new TopologyTestDriver(later.build(), settings.toProperties())) {
            replay.createInputTopic(topics.raw().name(), Serdes.String().serializer(),
                    topics.raw().valueSerde().serializer()).pipeInput("r1", story, ingested);
            TestRecord<String, EnrichedArticle> again = replay.createOutputTopic(topics.enriched().name(),
                    Serdes.String().deserializer(), topics.enriched().valueSerde().deserializer()).readRecord();

            assertThat(again.value()).isEqualTo(first.value());
            assertThat(again.key()).isEqualTo(first.key());
            assertThat(again.getRecordTime()).isEqualTo(first.getRecordTime()).isEqualTo(ingested);
            assertThat(topics.enriched().valueSerde().serializer().serialize("t", again.value()))
                    .isEqualTo(topics.enriched().valueSerde().serializer().serialize("t", first.value()));
        }
    }

    @Test
    void dropsRedeliveriesAndStaleVersionsAndMarksUpdatesAndKills() {
        raw.pipeInput("s2", article("s2", 1, PubStatus.USABLE, "First take on the storm in Malta."));
        raw.pipeInput("s2", article("s2", 1, PubStatus.USABLE, "First take on the storm in Malta."));
        raw.pipeInput("s2", article("s2", 3, PubStatus.USABLE, "Third take on the storm in Malta."));
        raw.pipeInput("s2", article("s2", 2, PubStatus.USABLE, "Second take, arriving late."));
        raw.pipeInput("s2", article("s2", 4, PubStatus.CANCELED));

        List<EnrichedArticle> out = enriched.readValuesToList();
        assertThat(out).extracting(e -> e.getArticle().getVersion(), EnrichedArticle::getChange).containsExactly(
                org.assertj.core.api.Assertions.tuple(1L, ChangeKind.NEW),
                org.assertj.core.api.Assertions.tuple(3L, ChangeKind.UPDATE),
                org.assertj.core.api.Assertions.tuple(4L, ChangeKind.KILL));
        assertThat(out.get(2).getArticle().getPubStatus()).isEqualTo(PubStatus.CANCELED);

        KeyValueStore<String, StoryVersion> store = driver.getKeyValueStore(EnrichTopology.VERSION_STORE);
        assertThat(store.get("s2").getVersion()).isEqualTo(4L);
        assertThat(store.get("s2").getPubStatus()).isEqualTo(PubStatus.CANCELED);
    }

    @Test
    void keepsStoriesApartByTheirId() {
        raw.pipeInput("a", article("a", 5, PubStatus.USABLE, "Story A about Malta."));
        raw.pipeInput("b", article("b", 1, PubStatus.USABLE, "Story B about Malta."));

        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("a", "b");
    }

    @Test
    void refusesARecordNotKeyedByItsArticleIdAndGoesOn() {
        raw.pipeInput("wrong-key", article("c", 1, PubStatus.USABLE, "Story C about Malta."));
        raw.pipeInput("d", article("d", 1, PubStatus.USABLE, "Story D about Malta."));

        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("d");
        KeyValueStore<String, StoryVersion> store = driver.getKeyValueStore(EnrichTopology.VERSION_STORE);
        assertThat(store.get("c")).isNull();
    }

    /** A driver over a topology whose stories are forgotten after a day. */
    private TopologyTestDriver dayTtlDriver(Path dir) {
        EnrichTopology dayTtl = new EnrichTopology(topics, ENRICHER, Duration.ofDays(1));
        StreamSettings settings = new StreamSettings("enrich-test", "unused:9092", dir, "enrich",
                topics.deadLetters().name(), Duration.ofMillis(100));
        return new TopologyTestDriver(dayTtl.build(), settings.toProperties());
    }

    @Test
    void remembersAStoryWithinTheTtl(@TempDir Path dir) {
        try (TopologyTestDriver ttl = dayTtlDriver(dir)) {
            TestInputTopic<String, RawArticle> in = ttl.createInputTopic(topics.raw().name(),
                    Serdes.String().serializer(), topics.raw().valueSerde().serializer());
            TestOutputTopic<String, EnrichedArticle> out = ttl.createOutputTopic(topics.enriched().name(),
                    Serdes.String().deserializer(), topics.enriched().valueSerde().deserializer());
            in.pipeInput("s1", article("s1", 2, PubStatus.USABLE, "Second take on the storm in Malta."), NOW);
            in.pipeInput("s1", article("s1", 2, PubStatus.USABLE, "Second take on the storm in Malta."),
                    NOW.plus(Duration.ofHours(23)));
            in.pipeInput("s1", article("s1", 1, PubStatus.USABLE, "First take, arriving late."),
                    NOW.plus(Duration.ofHours(23)));

            assertThat(out.readValuesToList()).extracting(EnrichedArticle::getChange).containsExactly(ChangeKind.NEW);
        }
    }

    @Test
    void sweepsAStoryOnceStreamTimePassesItsTtlAndTreatsItsResendAsNew(@TempDir Path dir) {
        try (TopologyTestDriver ttl = dayTtlDriver(dir)) {
            TestInputTopic<String, RawArticle> in = ttl.createInputTopic(topics.raw().name(),
                    Serdes.String().serializer(), topics.raw().valueSerde().serializer());
            TestOutputTopic<String, EnrichedArticle> out = ttl.createOutputTopic(topics.enriched().name(),
                    Serdes.String().deserializer(), topics.enriched().valueSerde().deserializer());
            KeyValueStore<String, StoryVersion> store = ttl.getKeyValueStore(EnrichTopology.VERSION_STORE);
            RawArticle old = article("s1", 1, PubStatus.USABLE, "First take on the storm in Malta.");
            in.pipeInput("s1", old, NOW);
            in.pipeInput("s2", article("s2", 1, PubStatus.USABLE, "Another story about Malta."),
                    NOW.plus(Duration.ofHours(20)));
            assertThat(store.get("s1")).isNotNull();

            // Another story moves stream time a day past s1's last version: the punctuator forgets s1 only.
            in.pipeInput("s3", article("s3", 1, PubStatus.USABLE, "A third story about Malta."),
                    NOW.plus(Duration.ofHours(25)));
            assertThat(store.get("s1")).isNull();
            assertThat(store.get("s2")).isNotNull();
            assertThat(store.get("s3")).isNotNull();

            in.pipeInput("s1", old, NOW.plus(Duration.ofHours(26)));
            assertThat(out.readKeyValuesToList()).extracting(kv -> kv.key + ":" + kv.value.getChange())
                    .containsExactly("s1:NEW", "s2:NEW", "s3:NEW", "s1:NEW");
        }
    }

    @Test
    void treatsAStoryPastItsTtlAsNewEvenBeforeASweep(@TempDir Path dir) {
        try (TopologyTestDriver ttl = dayTtlDriver(dir)) {
            TestInputTopic<String, RawArticle> in = ttl.createInputTopic(topics.raw().name(),
                    Serdes.String().serializer(), topics.raw().valueSerde().serializer());
            TestOutputTopic<String, EnrichedArticle> out = ttl.createOutputTopic(topics.enriched().name(),
                    Serdes.String().deserializer(), topics.enriched().valueSerde().deserializer());
            RawArticle story = article("s1", 3, PubStatus.USABLE, "Third take on the storm in Malta.");
            in.pipeInput("s1", story, NOW);
            in.pipeInput("s1", story, NOW.plus(Duration.ofDays(1)));

            assertThat(out.readValuesToList()).extracting(EnrichedArticle::getChange)
                    .containsExactly(ChangeKind.NEW, ChangeKind.NEW);
        }
    }

    @Test
    void refusesANonPositiveTtl() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EnrichTopology(topics, ENRICHER, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("versionTtl");
    }
}
