package io.wirestream.publish;

import static io.wirestream.publish.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.publish.route.DeskRules;
import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.PubStatus;
import io.wirestream.schemas.Topic;
import io.wirestream.schemas.Topics;
import io.wirestream.streamapp.StreamSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishTopologyTest {

    private static final String KOSOVO_BODY = "Officials in Kosovo said the border crossing near Jarinje "
            + "would reopen on Monday.\n\nSerbia did not comment.";

    private final Topics topics = new Topics("t.");
    private final DeskRules rules = DeskRules.parse("""
            balkans  entity:LOCATION  Kosovo | Serbia
            business text             stock market
            """, "test");
    private final PublishTopology publish = new PublishTopology(topics, rules);

    @TempDir
    Path state;
    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedArticle> enriched;

    @BeforeEach
    void start() {
        StreamSettings settings = new StreamSettings("publish-test", "unused:9092", state, "publish",
                topics.deadLetters().name(), Duration.ofMillis(100));
        driver = new TopologyTestDriver(publish.build(), settings.toProperties());
        enriched = driver.createInputTopic(topics.enriched().name(), Serdes.String().serializer(),
                topics.enriched().valueSerde().serializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private TestOutputTopic<String, EnrichedArticle> out(io.wirestream.schemas.Topic<String, EnrichedArticle> topic) {
        return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    @Test
    void namesEveryProcessorStoreAndSink() {
        TopologyDescription description = publish.build().describe();
        String text = description.toString();
        assertThat(text).contains(PublishTopology.SOURCE, PublishTopology.LATEST_SINK, PublishTopology.RENDER_JSON,
                PublishTopology.JSON_SINK, PublishTopology.ROUTE, PublishTopology.ROUTES_STORE,
                PublishTopology.DESK_SINK_PREFIX + "balkans", PublishTopology.DESK_SINK_PREFIX + "business");
        assertThat(text).doesNotContain("KSTREAM-", "KTABLE-");
        assertThat(publish.outputTopics()).containsExactly("t.news.latest.v1", "t.news.enriched.json.v1",
                "t.news.desk.balkans.v1", "t.news.desk.business.v1");
    }

    @Test
    void writesAStoryToLatestJsonAndItsDesksOnly() throws Exception {
        enriched.pipeInput("s1", story("s1", 1, PubStatus.USABLE, ChangeKind.NEW, "Crossing to reopen", KOSOVO_BODY,
                "LOCATION:Kosovo", "LOCATION:Serbia", "LOCATION:Jarinje"));

        assertThat(out(topics.latest()).readKeyValuesToMap()).containsOnlyKeys("s1");
        assertThat(out(topics.desk("balkans")).readValuesToList()).singleElement()
                .satisfies(s -> assertThat(s.getArticle().getId()).isEqualTo("s1"));
        assertThat(out(topics.desk("business")).isEmpty()).isTrue();

        String line = driver.createOutputTopic(topics.enrichedJson().name(), Serdes.String().deserializer(),
                Serdes.String().deserializer()).readValue();
        assertThat(line).doesNotContain("\n");
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("guid").asText()).isEqualTo("s1");
        assertThat(json.get("pubStatus").asText()).isEqualTo("usable");
        String body = json.get("body").asText();
        JsonNode kosovo = json.get("entities").get(0);
        assertThat(kosovo.get("type").asText()).isEqualTo("LOCATION");
        JsonNode mention = kosovo.get("mentions").get(0);
        assertThat(body.substring(mention.get("start").asInt(), mention.get("end").asInt())).isEqualTo("Kosovo");
    }

    @Test
    void anUpdateReplacesTheEarlierVersionInLatest() {
        enriched.pipeInput("s2", story("s2", 1, PubStatus.USABLE, ChangeKind.NEW, "First take", KOSOVO_BODY,
                "LOCATION:Kosovo"));
        enriched.pipeInput("s2", story("s2", 2, PubStatus.USABLE, ChangeKind.UPDATE, "Second take", KOSOVO_BODY,
                "LOCATION:Kosovo"));

        EnrichedArticle current = out(topics.latest()).readKeyValuesToMap().get("s2");
        assertThat(current.getArticle().getVersion()).isEqualTo(2);
        assertThat(current.getChange()).isEqualTo(ChangeKind.UPDATE);
        assertThat(current.getArticle().getHeadline()).isEqualTo("Second take");
    }

    @Test
    void aKillFollowsTheStoryToItsDesksAndShowsAsCanceledInLatest() {
        enriched.pipeInput("s3", story("s3", 1, PubStatus.USABLE, ChangeKind.NEW, "Crossing to reopen", KOSOVO_BODY,
                "LOCATION:Kosovo"));
        // A kill carries no body, so no rule matches it: only the router's memory can route it.
        enriched.pipeInput("s3", story("s3", 2, PubStatus.CANCELED, ChangeKind.KILL, "KILL", ""));

        assertThat(out(topics.desk("balkans")).readValuesToList())
                .extracting(EnrichedArticle::getChange).containsExactly(ChangeKind.NEW, ChangeKind.KILL);
        EnrichedArticle latest = out(topics.latest()).readKeyValuesToMap().get("s3");
        assertThat(latest.getArticle().getPubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(latest.getChange()).isEqualTo(ChangeKind.KILL);
    }

    /** A driver over a topology whose desk routes are forgotten a day after a story's last record. */
    private TopologyTestDriver dayTtlDriver(Path dir) {
        StreamSettings settings = new StreamSettings("publish-test", "unused:9092", dir, "publish",
                topics.deadLetters().name(), Duration.ofMillis(100));
        return new TopologyTestDriver(new PublishTopology(topics, rules, Duration.ofDays(1)).build(),
                settings.toProperties());
    }

    private TestInputTopic<String, EnrichedArticle> enrichedIn(TopologyTestDriver d) {
        return d.createInputTopic(topics.enriched().name(), Serdes.String().serializer(),
                topics.enriched().valueSerde().serializer());
    }

    private TestOutputTopic<String, EnrichedArticle> balkans(TopologyTestDriver d) {
        Topic<String, EnrichedArticle> desk = topics.desk("balkans");
        return d.createOutputTopic(desk.name(), desk.keySerde().deserializer(), desk.valueSerde().deserializer());
    }

    @Test
    void aKillWithinTheTtlStillFollowsTheStoryToItsDesk(@TempDir Path dir) {
        try (TopologyTestDriver ttl = dayTtlDriver(dir)) {
            TestInputTopic<String, EnrichedArticle> in = enrichedIn(ttl);
            in.pipeInput("s1", story("s1", 1, PubStatus.USABLE, ChangeKind.NEW, "Crossing", KOSOVO_BODY,
                    "LOCATION:Kosovo"), Stories.T0);
            in.pipeInput("s1", story("s1", 2, PubStatus.CANCELED, ChangeKind.KILL, "KILL", ""),
                    Stories.T0.plus(Duration.ofHours(23)));

            assertThat(balkans(ttl).readValuesToList()).extracting(EnrichedArticle::getChange)
                    .containsExactly(ChangeKind.NEW, ChangeKind.KILL);
        }
    }

    @Test
    void sweepsAStorysDesksOnceStreamTimePassesTheTtlSoItsLateKillIsRoutedAsNew(@TempDir Path dir) {
        try (TopologyTestDriver ttl = dayTtlDriver(dir)) {
            TestInputTopic<String, EnrichedArticle> in = enrichedIn(ttl);
            KeyValueStore<String, ValueAndTimestamp<String>> store =
                    ttl.getTimestampedKeyValueStore(PublishTopology.ROUTES_STORE);
            in.pipeInput("s1", story("s1", 1, PubStatus.USABLE, ChangeKind.NEW, "Crossing", KOSOVO_BODY,
                    "LOCATION:Kosovo"), Stories.T0);
            assertThat(store.get("s1")).isEqualTo(ValueAndTimestamp.make("balkans", Stories.T0.toEpochMilli()));

            // Another story moves stream time a day past s1's last record: the punctuator forgets s1.
            in.pipeInput("s2", story("s2", 1, PubStatus.USABLE, ChangeKind.NEW, "Talks", KOSOVO_BODY,
                    "LOCATION:Serbia"), Stories.T0.plus(Duration.ofHours(25)));
            assertThat(store.get("s1")).isNull();
            assertThat(store.get("s2")).isNotNull();

            // Its kill now matches no rule and no memory: it reaches latest only, as a story never routed would.
            in.pipeInput("s1", story("s1", 2, PubStatus.CANCELED, ChangeKind.KILL, "KILL", ""),
                    Stories.T0.plus(Duration.ofHours(26)));
            assertThat(balkans(ttl).readKeyValuesToList()).extracting(kv -> kv.key + ":" + kv.value.getChange())
                    .containsExactly("s1:NEW", "s2:NEW");
            Topic<String, EnrichedArticle> latest = topics.latest();
            assertThat(ttl.createOutputTopic(latest.name(), latest.keySerde().deserializer(),
                    latest.valueSerde().deserializer()).readKeyValuesToMap().get("s1").getChange())
                    .isEqualTo(ChangeKind.KILL);
        }
    }
}
