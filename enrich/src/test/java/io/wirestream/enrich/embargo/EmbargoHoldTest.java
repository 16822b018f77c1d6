package io.wirestream.enrich.embargo;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrich.EnrichTopology;
import io.wirestream.enrich.Enricher;
import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.HeldArticle;
import io.wirestream.schemas.PubStatus;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.Topics;
import io.wirestream.streamapp.StreamSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embargo hold inside the whole enrich topology, with a wall clock the test moves. */
class EmbargoHoldTest {

    private static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");
    // Built once: loading the language profiles and the gazetteer is the slow part.
    private static final Enricher ENRICHER = Enricher.standard(Clock.fixed(T0, ZoneOffset.UTC), "test");
    private static final EmbargoSettings SETTINGS = new EmbargoSettings(Duration.ofDays(2), Duration.ofSeconds(1));

    private final Topics topics = new Topics("t.");
    private final MovableClock clock = new MovableClock(T0);

    @TempDir
    Path state;
    private TopologyTestDriver driver;
    private TestInputTopic<String, RawArticle> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private KeyValueStore<String, HeldArticle> store;

    @BeforeEach
    void start() {
        startDriver();
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    /** A driver whose wall clock starts where {@link #clock} stands, over {@link #state}. */
    private void startDriver() {
        StreamSettings settings = new StreamSettings("enrich-test", "unused:9092", state, "enrich",
                topics.deadLetters().name(), Duration.ofMillis(100));
        EnrichTopology topology = new EnrichTopology(topics, ENRICHER, EnrichTopology.DEFAULT_VERSION_TTL, SETTINGS,
                clock);
        driver = new TopologyTestDriver(topology.build(), settings.toProperties(), clock.instant());
        raw = driver.createInputTopic(topics.raw().name(), Serdes.String().serializer(),
                topics.raw().valueSerde().serializer());
        enriched = driver.createOutputTopic(topics.enriched().name(), Serdes.String().deserializer(),
                topics.enriched().valueSerde().deserializer());
        store = driver.getKeyValueStore(EnrichTopology.EMBARGO_STORE);
    }

    /** Moves the processor's clock and the driver's wall clock together, firing due punctuators. */
    private void advance(Duration by) {
        clock.advance(by);
        driver.advanceWallClockTime(by);
    }

    private static RawArticle article(String id, long version, PubStatus status, Instant embargo, String body) {
        return RawArticle.newBuilder().setId(id).setVersion(version).setPubStatus(status)
                .setProvider("Test Agency").setFormat("ninjs").setOrigin("in/" + id)
                .setReceivedAt(T0).setHeadline("Quarterly figures for the harbour of Koper")
                .setBody(List.of(body)).setEmbargoedUntil(embargo)
                .setContentHash(id + "/" + version + "/" + status + "/" + body).build();
    }

    private void send(RawArticle article) {
        raw.pipeInput(article.getId(), article, clock.instant());
    }

    @Test
    void holdsAnEmbargoedStoryAndReleasesItOnceAtItsTimeStampedWithTheReleaseTime() {
        Instant embargo = T0.plus(Duration.ofMinutes(10));
        send(article("e1", 1, PubStatus.USABLE, embargo, "Cargo through Koper rose by a tenth."));
        assertThat(enriched.isEmpty()).isTrue();
        assertThat(store.get("e1")).isNotNull();

        advance(Duration.ofMinutes(9));
        assertThat(enriched.isEmpty()).as("not before its embargo").isTrue();

        advance(Duration.ofMinutes(1));
        TestRecord<String, EnrichedArticle> out = enriched.readRecord();
        assertThat(out.key()).isEqualTo("e1");
        assertThat(out.value().getChange()).isEqualTo(ChangeKind.NEW);
        assertThat(out.getRecordTime()).isEqualTo(embargo);
        assertThat(out.value().getEnrichedAt()).as("stamped with the release time").isEqualTo(embargo);
        assertThat(store.get("e1")).isNull();

        advance(Duration.ofMinutes(5));
        assertThat(enriched.isEmpty()).as("released once").isTrue();
    }

    @Test
    void letsAStoryWhoseEmbargoHasPassedThroughAtOnce() {
        send(article("p1", 1, PubStatus.USABLE, T0.minus(Duration.ofMinutes(1)), "Koper figures, embargo over."));
        send(article("p2", 1, PubStatus.USABLE, null, "Koper figures, no embargo."));

        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key + ":" + kv.value.getChange())
                .containsExactly("p1:NEW", "p2:NEW");
        assertThat(store.approximateNumEntries()).isZero();
    }

    @Test
    void aNewerEmbargoedVersionReplacesTheHeldOneAndComesOutAsNew() {
        send(article("e2", 1, PubStatus.USABLE, T0.plus(Duration.ofMinutes(10)), "First take on Koper."));
        send(article("e2", 2, PubStatus.USABLE, T0.plus(Duration.ofMinutes(20)), "Second take on Koper."));

        advance(Duration.ofMinutes(15));
        assertThat(enriched.isEmpty()).as("the replaced version's time does not release the newer").isTrue();
        assertThat(store.get("e2").getArticle().getVersion()).isEqualTo(2L);

        advance(Duration.ofMinutes(5));
        List<EnrichedArticle> out = enriched.readValuesToList();
        assertThat(out).extracting(e -> e.getArticle().getVersion(), EnrichedArticle::getChange)
                .containsExactly(org.assertj.core.api.Assertions.tuple(2L, ChangeKind.NEW));
    }

    @Test
    void aUsableVersionOfAHeldStoryGoesOutAtOnceAsNewAndDropsTheHeldOne() {
        send(article("e3", 1, PubStatus.USABLE, T0.plus(Duration.ofHours(1)), "Embargoed take on Koper."));
        send(article("e3", 2, PubStatus.USABLE, null, "Embargo lifted early by the agency."));

        assertThat(enriched.readValuesToList()).extracting(e -> e.getArticle().getVersion(), EnrichedArticle::getChange)
                .containsExactly(org.assertj.core.api.Assertions.tuple(2L, ChangeKind.NEW));
        assertThat(store.get("e3")).isNull();
        advance(Duration.ofHours(2));
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void anEmbargoedUpdateOfAPublishedStoryIsReleasedAsAnUpdate() {
        send(article("e4", 1, PubStatus.USABLE, null, "Koper figures, first take."));
        send(article("e4", 2, PubStatus.USABLE, T0.plus(Duration.ofMinutes(5)), "Koper figures, embargoed detail."));
        assertThat(enriched.readValuesToList()).extracting(EnrichedArticle::getChange).containsExactly(ChangeKind.NEW);

        advance(Duration.ofMinutes(5));
        assertThat(enriched.readValuesToList()).extracting(e -> e.getArticle().getVersion(), EnrichedArticle::getChange)
                .containsExactly(org.assertj.core.api.Assertions.tuple(2L, ChangeKind.UPDATE));
    }

    @Test
    void aKillOfAHeldStoryDropsTheHeldVersionAndGoesOut() {
        send(article("k1", 1, PubStatus.USABLE, T0.plus(Duration.ofMinutes(10)), "Koper figures under embargo."));
        send(article("k1", 2, PubStatus.CANCELED, null, "Withdrawn."));

        assertThat(enriched.readValuesToList()).extracting(e -> e.getArticle().getVersion(), EnrichedArticle::getChange)
                .containsExactly(org.assertj.core.api.Assertions.tuple(2L, ChangeKind.KILL));
        assertThat(store.get("k1")).isNull();
        advance(Duration.ofMinutes(20));
        assertThat(enriched.isEmpty()).as("the killed version is never released").isTrue();
    }

    @Test
    void holdsAWithheldStoryWhateverTheTimeUntilAUsableVersionComes() {
        send(article("w1", 1, PubStatus.WITHHELD, T0.plus(Duration.ofMinutes(1)), "Koper figures, withheld."));
        advance(Duration.ofDays(1));
        assertThat(enriched.isEmpty()).as("withheld is never released by time").isTrue();
        assertThat(store.get("w1")).isNotNull();

        send(article("w1", 2, PubStatus.USABLE, null, "Koper figures, cleared."));
        assertThat(enriched.readValuesToList()).extracting(e -> e.getArticle().getVersion(), EnrichedArticle::getChange)
                .containsExactly(org.assertj.core.api.Assertions.tuple(2L, ChangeKind.NEW));
        assertThat(store.get("w1")).isNull();
    }

    @Test
    void dropsAWithheldStoryStillHeldAfterTheMaxHold() {
        send(article("w2", 1, PubStatus.WITHHELD, null, "Koper figures, withheld for good."));
        advance(SETTINGS.maxHold().minusMinutes(1));
        assertThat(store.get("w2")).isNotNull();

        advance(Duration.ofMinutes(1));
        assertThat(store.get("w2")).isNull();
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void deadLettersAnEmbargoBeyondTheMaxHoldAndGoesOn() {
        send(article("far", 1, PubStatus.USABLE, T0.plus(Duration.ofDays(365 * 100)), "Koper figures for 2126."));
        send(article("near", 1, PubStatus.USABLE, null, "Koper figures today."));

        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("near");
        assertThat(store.get("far")).isNull();
        TestOutputTopic<byte[], DeadLetter> dlq = driver.createOutputTopic(topics.deadLetters().name(),
                Serdes.ByteArray().deserializer(), topics.deadLetters().valueSerde().deserializer());
        assertThat(dlq.readValuesToList()).singleElement().satisfies(d -> {
            assertThat(d.getErrorMessage()).contains("far", "embargo.max.hold.ms");
            assertThat(d.getPayload()).isNotNull();
        });
        advance(SETTINGS.maxHold());
        assertThat(enriched.isEmpty()).isTrue();
    }

    /** The embargo store's changelog, as the driver captures it. */
    private TestOutputTopic<String, HeldArticle> changelog() {
        return driver.createOutputTopic("enrich-test-" + EnrichTopology.EMBARGO_STORE + "-changelog",
                Serdes.String().deserializer(), Topics.heldArticleSerde().deserializer());
    }

    @Test
    void aHeldStoryIsInTheChangelogAndIsReleasedOnceAtItsTimeAfterARestart() {
        send(article("r1", 1, PubStatus.USABLE, T0.plus(Duration.ofMinutes(10)), "Koper figures held over a restart."));
        advance(Duration.ofMinutes(5));
        List<TestRecord<String, HeldArticle>> logged = changelog().readRecordsToList();
        assertThat(logged).singleElement().satisfies(r -> assertThat(r.value().getArticle().getId()).isEqualTo("r1"));
        driver.close();

        // The driver wipes its state on close and restores nothing, so the new one is given what a real
        // restart restores from the changelog: the held entry.
        startDriver();
        store.put("r1", logged.get(0).value());
        advance(Duration.ofMinutes(4));
        assertThat(enriched.isEmpty()).as("not early after a restart").isTrue();

        advance(Duration.ofMinutes(1));
        assertThat(enriched.readValuesToList()).extracting(e -> e.getArticle().getId(), EnrichedArticle::getChange)
                .containsExactly(org.assertj.core.api.Assertions.tuple("r1", ChangeKind.NEW));
        assertThat(changelog().readRecordsToList()).extracting(TestRecord::value)
                .as("the release deletes the entry: its tombstone goes to the changelog with the output")
                .endsWith((HeldArticle) null);
        advance(Duration.ofMinutes(1));
        assertThat(enriched.isEmpty()).isTrue();
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("a test clock in UTC");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
