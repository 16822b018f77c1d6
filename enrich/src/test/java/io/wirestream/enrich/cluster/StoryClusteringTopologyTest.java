package io.wirestream.enrich.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrich.EnrichTopology;
import io.wirestream.enrich.Enricher;
import io.wirestream.enrich.embargo.EmbargoSettings;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.PubStatus;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.StoryCluster;
import io.wirestream.schemas.Topics;
import io.wirestream.streamapp.StreamSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Story clusters through the whole enrich topology, raw copy in, enriched stories with clusters out. */
class StoryClusteringTopologyTest {

    private static final Instant T0 = ClusterStories.NOW;
    private static final Duration WINDOW = Duration.ofHours(72);
    private static final Enricher ENRICHER = Enricher.standard(Clock.fixed(T0, ZoneOffset.UTC), "cluster-test");

    private final Topics topics = new Topics("c.");

    @TempDir
    Path state;
    private TopologyTestDriver driver;
    private TestInputTopic<String, RawArticle> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;

    @BeforeEach
    void start() {
        EnrichTopology topology = new EnrichTopology(topics, ENRICHER, EnrichTopology.DEFAULT_VERSION_TTL,
                EmbargoSettings.defaults(), Clock.fixed(T0, ZoneOffset.UTC), WINDOW);
        StreamSettings settings = new StreamSettings("cluster-test", "unused:9092", state, "enrich",
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

    private EnrichedArticle send(RawArticle article, Instant at) {
        raw.pipeInput(article.getId(), article, at);
        List<EnrichedArticle> out = enriched.readValuesToList();
        assertThat(out).as("one enriched record for %s", article.getId()).hasSize(1);
        return out.get(0);
    }

    private static RawArticle quakeAdriatic(long version) {
        return ClusterStories.raw("adriatic:quake", version, "Adriatic Press",
                "Strong earthquake hits central Albania, killing three", ClusterStories.QUAKE_ADRIATIC);
    }

    private static RawArticle quakeBalkan() {
        return ClusterStories.raw("balkan:quake", 1, "Balkan Wire", "Three dead as 6.1 quake shakes Albania's Elbasan",
                ClusterStories.QUAKE_BALKAN);
    }

    private static RawArticle ferry() {
        return ClusterStories.raw("adriatic:ferry", 1, "Adriatic Press",
                "Ferry strike strands travellers on Croatian islands", ClusterStories.FERRY_SPLIT);
    }

    private static RawArticle fair() {
        return ClusterStories.raw("balkan:fair", 1, "Balkan Wire", "Rama opens trade fair in Albania's Elbasan",
                ClusterStories.FAIR_ELBASAN);
    }

    private static RawArticle resent() {
        return ClusterStories.raw("adriatic:quake-resent", 1, "Adriatic Press",
                "Strong earthquake hits central Albania, killing at least three", ClusterStories.QUAKE_ADRIATIC_RESENT);
    }

    @Test
    void twoAgenciesStoriesOfOneEventShareAClusterAndUnrelatedStoriesDoNot() {
        EnrichedArticle first = send(quakeAdriatic(1), T0);
        EnrichedArticle ferry = send(ferry(), T0.plusSeconds(60));
        EnrichedArticle fair = send(fair(), T0.plusSeconds(90));
        EnrichedArticle second = send(quakeBalkan(), T0.plusSeconds(120));

        assertThat(first.getCluster()).as("alone when it came").isNull();
        assertThat(ferry.getCluster()).as("an unrelated story stands alone").isNull();
        assertThat(fair.getCluster()).as("same place and prime minister, another event").isNull();
        StoryCluster cluster = second.getCluster();
        assertThat(cluster).isNotNull();
        assertThat(cluster.getId()).as("the first story's id").isEqualTo("adriatic:quake");
        assertThat(cluster.getSize()).isEqualTo(2);
        assertThat(cluster.getNearDuplicates()).as("other copy, not a re-send").isEmpty();
    }

    @Test
    void aRewordedResendIsLinkedToTheOriginalAsNearDuplicate() {
        send(quakeAdriatic(1), T0);
        send(quakeBalkan(), T0.plusSeconds(60));
        EnrichedArticle again = send(resent(), T0.plusSeconds(600));

        StoryCluster cluster = again.getCluster();
        assertThat(cluster.getId()).isEqualTo("adriatic:quake");
        assertThat(cluster.getSize()).isEqualTo(3);
        assertThat(cluster.getNearDuplicates()).hasSize(1);
        assertThat(cluster.getNearDuplicates().get(0).getArticleId()).isEqualTo("adriatic:quake");
        assertThat(cluster.getNearDuplicates().get(0).getSimilarity()).isBetween(0.5, 1.0);
    }

    @Test
    void anUpdateKeepsItsClusterAndDoesNotCountTwice() {
        send(quakeAdriatic(1), T0);
        send(quakeBalkan(), T0.plusSeconds(60));
        RawArticle update = ClusterStories.raw("balkan:quake", 2, "Balkan Wire",
                "Death toll in Albania quake rises to five", List.of(
                        "ELBASAN, Albania (Balkan Wire) - The death toll from Tuesday's earthquake in central Albania"
                                + " rose to five, the health ministry said.",
                        "Hospitals in Tirana took in the most badly injured."));
        EnrichedArticle updated = send(update, T0.plusSeconds(3600));
        assertThat(updated.getCluster().getId()).isEqualTo("adriatic:quake");
        assertThat(updated.getCluster().getSize()).as("an update does not count twice").isEqualTo(2);
    }

    @Test
    void aKillKeepsItsClusterAndIsNoCandidateAnyMore() {
        send(quakeAdriatic(1), T0);
        send(quakeBalkan(), T0.plusSeconds(60));
        RawArticle kill = RawArticle.newBuilder(quakeAdriatic(2)).setPubStatus(PubStatus.CANCELED)
                .setBody(List.of()).setContentHash("kill").build();
        EnrichedArticle killed = send(kill, T0.plusSeconds(7200));
        assertThat(killed.getCluster().getId()).isEqualTo("adriatic:quake");
        assertThat(killed.getCluster().getNearDuplicates()).isEmpty();

        // A re-send of the killed original is not linked to it, but still finds the other agency's copy.
        EnrichedArticle again = send(resent(), T0.plusSeconds(7300));
        assertThat(again.getCluster().getNearDuplicates()).isEmpty();
        assertThat(again.getCluster().getId()).isEqualTo("adriatic:quake");
        assertThat(again.getCluster().getSize()).isEqualTo(3);
    }

    @Test
    void aStoryIsForgottenAfterTheWindowAndLaterCopyStartsAClusterOfItsOwn() {
        send(quakeAdriatic(1), T0);
        // Stream time moves past the window: the sweep forgets the first story with all its index entries.
        send(ferry(), T0.plus(WINDOW).plusSeconds(1));
        KeyValueStore<String, byte[]> kv = driver.getKeyValueStore(EnrichTopology.CLUSTER_STORE);
        List<String> keys = new ClusterStore(kv).keys();
        assertThat(keys).noneMatch(k -> k.endsWith("adriatic:quake"));
        assertThat(keys).contains("s:adriatic:ferry", "c:adriatic:ferry");

        EnrichedArticle late = send(quakeBalkan(), T0.plus(WINDOW).plusSeconds(2));
        assertThat(late.getCluster()).as("the original is out of the window").isNull();
    }

    @Test
    void aReplayGivesTheSameClusters(@TempDir Path otherState) {
        List<RawArticle> copy = List.of(quakeAdriatic(1), ferry(), quakeBalkan(), resent());
        Map<String, String> firstRun = run(copy).stream().collect(Collectors.toMap(e -> e.getArticle().getId(),
                e -> String.valueOf(e.getCluster())));
        driver.close();
        state = otherState;
        start();
        Map<String, String> secondRun = run(copy).stream().collect(Collectors.toMap(e -> e.getArticle().getId(),
                e -> String.valueOf(e.getCluster())));
        assertThat(secondRun).isEqualTo(firstRun);
        assertThat(firstRun.get("adriatic:quake-resent")).contains("adriatic:quake");
    }

    private List<EnrichedArticle> run(List<RawArticle> copy) {
        for (int i = 0; i < copy.size(); i++) {
            raw.pipeInput(copy.get(i).getId(), copy.get(i), T0.plusSeconds(60L * i));
        }
        return enriched.readValuesToList();
    }
}
