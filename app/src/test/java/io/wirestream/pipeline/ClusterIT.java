package io.wirestream.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.embedded.KafkaCluster;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.StoryCluster;
import io.wirestream.schemas.Topics;
import io.wirestream.testkit.SharedKafkaExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Story clusters on a real broker under exactly-once: two agencies' copy of one earthquake, on different
 * partitions of the raw topic, meet in the one-partition cluster topic and share a cluster id on
 * news.enriched.v1; an unrelated story does not.
 */
@ExtendWith(SharedKafkaExtension.class)
class ClusterIT {

    private static KafkaCluster kafka;
    private static Pipeline pipeline;
    private static Topics topics;

    @TempDir
    Path in;

    @BeforeAll
    static void startPipeline(KafkaCluster cluster, TestInfo info) throws IOException {
        kafka = cluster;
        PipelineSettings settings = ItSettings.forRun(cluster, info, "cluster-it");
        pipeline = Pipeline.startAll(settings, new TopicSetup(3, (short) 1));
        topics = pipeline.topics();
    }

    @AfterAll
    static void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    private Path ninjs(String name, String uri, String agency, String headline, String... paragraphs)
            throws IOException {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("uri", uri);
        item.put("type", "text");
        item.put("version", "1");
        item.put("pubstatus", "usable");
        item.put("language", "en");
        item.put("headline", headline);
        item.put("provider", Map.of("name", agency));
        item.put("body_text", String.join("\n\n", paragraphs));
        return Files.writeString(in.resolve(name), new ObjectMapper().writeValueAsString(item));
    }

    private static List<ConsumerRecord<String, EnrichedArticle>> of(List<ConsumerRecord<String, EnrichedArticle>> seen,
                                                                   String id) {
        return seen.stream().filter(r -> id.equals(r.key())).toList();
    }

    @Test
    void twoAgenciesCopyOfOneEventShareAClusterOnTheEnrichedTopic() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String first = "urn:adriatic-press:" + run + ":quake";
        String second = "urn:balkan-wire:" + run + ":quake";
        String other = "urn:adriatic-press:" + run + ":ferry";

        try (var enriched = new TopicReader<>(kafka.bootstrapServers(), topics.enriched().name(),
                Serdes.String().deserializer(), topics.enriched().valueSerde().deserializer())) {
            pipeline.ingest(List.of(ninjs("quake-a.json", first, "Adriatic Press",
                    "Strong earthquake hits central Albania, killing three",
                    "TIRANA, March 11 (Adriatic Press) - A magnitude 6.1 earthquake struck central Albania early on"
                            + " Tuesday, killing three people and damaging hundreds of buildings in the town of Elbasan,"
                            + " officials said.",
                    "The quake hit at 04:12 local time at a depth of 10 kilometres, the seismological institute in"
                            + " Tirana said. Prime Minister Edi Rama said rescue teams were searching collapsed houses"
                            + " in Elbasan and nearby villages through the morning.")));
            // The first story is out before the others go in, so it is the first of its cluster.
            enriched.until("the first agency's story", r -> !of(r, first).isEmpty());
            pipeline.ingest(List.of(
                    ninjs("ferry.json", other, "Adriatic Press", "Ferry strike strands travellers on Croatian islands",
                            "SPLIT, Croatia (Adriatic Press) - Ferry crews in Split walked off the job on Tuesday in a"
                                    + " dispute over pay, leaving thousands of travellers stranded on the islands of"
                                    + " Brac and Hvar.",
                            "The seafarers' union said the strike would last 48 hours unless the shipping company"
                                    + " Jadrolinija raised wages by 8 percent."),
                    ninjs("quake-b.json", second, "Balkan Wire", "Three dead as 6.1 quake shakes Albania's Elbasan",
                            "ELBASAN, Albania (Balkan Wire) - Three people died when an earthquake of magnitude 6.1"
                                    + " shook the Elbasan region of central Albania before dawn on Tuesday, Albanian"
                                    + " authorities said.",
                            "Emergency crews pulled survivors from the rubble of several collapsed homes, Prime"
                                    + " Minister Edi Rama told reporters. The tremor was felt as far away as Skopje and"
                                    + " Podgorica.",
                            "Seismologists put the depth of the quake at 10 km.")));
            List<ConsumerRecord<String, EnrichedArticle>> seen = enriched.until("all three stories",
                    r -> !of(r, second).isEmpty() && !of(r, other).isEmpty());

            assertThat(of(seen, first)).singleElement().satisfies(r -> assertThat(r.value().getCluster()).isNull());
            assertThat(of(seen, other)).as("exactly once, and alone").singleElement()
                    .satisfies(r -> assertThat(r.value().getCluster()).isNull());
            assertThat(of(seen, second)).as("exactly once").hasSize(1);
            StoryCluster cluster = of(seen, second).get(0).value().getCluster();
            assertThat(cluster).isNotNull();
            assertThat(cluster.getId()).isEqualTo(first);
            assertThat(cluster.getSize()).isEqualTo(2);
        }
    }
}
