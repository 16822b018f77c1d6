package io.wirestream.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.embedded.KafkaCluster;
import io.wirestream.schemas.Topics;
import io.wirestream.testkit.SharedKafkaExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
 * Embargo on a real broker: a story embargoed a few seconds ahead reaches the JSON topic only after
 * its time, exactly once, while a story without embargo flows meanwhile.
 */
@ExtendWith(SharedKafkaExtension.class)
class EmbargoIT {

    // Ahead enough that the free story is surely out before it on a loaded machine.
    private static final Duration EMBARGO_AHEAD = Duration.ofSeconds(10);

    private static KafkaCluster kafka;
    private static Pipeline pipeline;
    private static Topics topics;

    @TempDir
    Path in;

    @BeforeAll
    static void startPipeline(KafkaCluster cluster, TestInfo info) throws IOException {
        kafka = cluster;
        PipelineSettings settings = ItSettings.forRun(cluster, info, "embargo-it")
                .with("enrich.embargo.check.interval.ms", "200");
        pipeline = Pipeline.startAll(settings, new TopicSetup(2, (short) 1));
        topics = pipeline.topics();
    }

    @AfterAll
    static void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    private Path ninjs(String name, String uri, int version, Instant embargoed, String headline, String body)
            throws IOException {
        String embargo = embargoed == null ? "" : "\"embargoed\": \"" + embargoed + "\",";
        return Files.writeString(in.resolve(name), """
                {"uri": "%s", "type": "text", "version": "%d", "pubstatus": "usable", "language": "en", %s
                 "headline": "%s", "provider": {"name": "IT Agency"}, "body_text": "%s"}
                """.formatted(uri, version, embargo, headline, body));
    }

    private static JsonNode json(ConsumerRecord<String, String> record) {
        try {
            return new ObjectMapper().readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ConsumerRecord<String, String>> of(List<ConsumerRecord<String, String>> records, String id) {
        return records.stream().filter(r -> id.equals(r.key())).toList();
    }

    @Test
    void anEmbargoedStoryIsPublishedOnceAfterItsTimeWhileAFreeStoryFlowsMeanwhile() throws Exception {
        String held = "urn:it:embargo:quarterly-" + UUID.randomUUID();
        String free = "urn:it:embargo:free-" + UUID.randomUUID();
        Instant embargo = Instant.now().plus(EMBARGO_AHEAD).truncatedTo(ChronoUnit.MILLIS);
        pipeline.ingest(List.of(ninjs("held-v1.json", held, 1, embargo, "Port of Rijeka posts record quarter",
                "Cargo through Rijeka rose by a fifth, the port authority said.")));
        pipeline.ingest(List.of(ninjs("free.json", free, 1, null, "Ferry timetable changes in Zadar",
                "Ferries from Zadar keep their summer timetable until October.")));

        try (var jsonTopic = new TopicReader<>(kafka.bootstrapServers(), topics.enrichedJson().name(),
                Serdes.String().deserializer(), Serdes.String().deserializer())) {
            List<ConsumerRecord<String, String>> seen = jsonTopic.until("the free story", r -> !of(r, free).isEmpty());
            Instant freeSeenAt = Instant.now();
            assertThat(freeSeenAt).as("the free story came out before the embargo (else raise EMBARGO_AHEAD)")
                    .isBefore(embargo);
            assertThat(of(seen, held)).as("the embargoed story is held meanwhile").isEmpty();

            seen = jsonTopic.until("the embargoed story", r -> !of(r, held).isEmpty());
            ConsumerRecord<String, String> released = of(seen, held).get(0);
            assertThat(Instant.now()).isAfterOrEqualTo(embargo);
            assertThat(Instant.ofEpochMilli(released.timestamp())).as("record time is the release time")
                    .isAfterOrEqualTo(embargo);
            JsonNode doc = json(released);
            assertThat(doc.get("change").asText()).isEqualTo("new");
            assertThat(Instant.parse(doc.get("enrichedAt").asText())).isAfterOrEqualTo(embargo);
            assertThat(Instant.parse(doc.get("embargoed").asText())).isEqualTo(embargo);

            // A later version of the same story follows on its partition: once it is out, a second
            // release of version 1 would be out too.
            pipeline.ingest(List.of(ninjs("held-v2.json", held, 2, null, "Port of Rijeka posts record quarter",
                    "Cargo through Rijeka rose by a fifth; container traffic doubled.")));
            seen = jsonTopic.until("version 2 of the story", r -> of(r, held).stream()
                    .anyMatch(x -> json(x).get("version").asLong() == 2));
            assertThat(of(seen, held)).extracting(r -> json(r).get("version").asLong() + ":" + json(r).get("change")
                    .asText()).containsExactly("1:new", "2:update");
            assertThat(of(seen, free)).hasSize(1);
        }
    }
}
