package io.wirestream.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.embedded.KafkaCluster;
import io.wirestream.ingest.source.FileResult;
import io.wirestream.testkit.SharedKafkaExtension;
import io.wirestream.testkit.TopicNames;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * One document of every wire format, as files, through ingest, enrich and publish on a real broker:
 * each story of each document is read back from the JSON topic with its format and origin.
 */
@ExtendWith(SharedKafkaExtension.class)
class EveryFormatIT {

    /** Fixture file, the format it must be detected as, and how many of its stories are published. */
    private record Doc(String file, String format, int stories) {
    }

    /** The ingest module's own format fixtures, one of each format. */
    private static final Path FIXTURES = Path.of("..", "ingest", "src", "test", "resources", "fixtures");

    private static final List<Doc> DOCS = List.of(
            new Doc("ninjs/3x-plain.json", "ninjs", 1),
            new Doc("nitf/full.xml", "nitf", 1),
            // Two items, one of them withheld: enrich holds that one back until a usable version comes.
            new Doc("newsml-g2/full.xml", "newsml-g2", 1),
            new Doc("newsml-1.2/full.xml", "newsml-1.2", 1),
            new Doc("feed/rss-full.xml", "feed", 2),
            new Doc("feed/atom-full.xml", "feed", 2),
            new Doc("iptc7901/full.txt", "iptc7901", 2),
            new Doc("anpa1312/full.anpa", "anpa1312", 2),
            new Doc("html/full.html", "html", 1),
            new Doc("agency-text/full.txt", "agency-text", 1));

    @TempDir
    Path dir;

    @Test
    void everyFormatReachesTheJsonTopic(KafkaCluster kafka, TestInfo info) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        PipelineSettings settings = new PipelineSettings(Map.of(
                "bootstrap.servers", kafka.bootstrapServers(),
                "topic.prefix", TopicNames.unique(info) + ".",
                "state.dir", dir.resolve("state").toString(),
                "commit.interval.ms", "100",
                "enrich.application.id", "every-format-enrich-" + run,
                "publish.application.id", "every-format-publish-" + run)).withAll(kafka.clientSecurity().entrySet()
                .stream().collect(java.util.stream.Collectors.toMap(e -> "kafka." + e.getKey(), Map.Entry::getValue)));
        List<Path> files = new ArrayList<>();
        for (Doc doc : DOCS) {
            files.add(copy(doc.file()));
        }
        int expected = DOCS.stream().mapToInt(Doc::stories).sum();

        try (Pipeline pipeline = Pipeline.startAll(settings, new TopicSetup(1, (short) 1))) {
            List<FileResult> results = pipeline.ingest(files);
            assertThat(results).allSatisfy(r -> assertThat(r.result().ok()).as(r.file() + ": " + r.result().reason())
                    .isTrue());

            ObjectMapper json = new ObjectMapper();
            try (var reader = new TopicReader<>(kafka.bootstrapServers(), kafka.clientSecurity(),
                    pipeline.topics().enrichedJson().name(), Serdes.String().deserializer(),
                    Serdes.String().deserializer())) {
                List<ConsumerRecord<String, String>> records = reader.until(expected + " stories on the JSON topic",
                        r -> r.size() >= expected);
                Map<String, List<JsonNode>> byFile = new LinkedHashMap<>();
                for (ConsumerRecord<String, String> record : records) {
                    JsonNode doc = json.readTree(record.value());
                    String origin = doc.path("source").path("origin").asText();
                    byFile.computeIfAbsent(Path.of(origin).getFileName().toString(), k -> new ArrayList<>()).add(doc);
                }
                for (Doc doc : DOCS) {
                    assertThat(byFile.get(fileName(doc.file()))).as(doc.file()).hasSize(doc.stories())
                            .allSatisfy(story -> {
                                assertThat(story.path("source").path("format").asText()).isEqualTo(doc.format());
                                assertThat(story.path("headline").asText()).isNotBlank();
                                assertThat(story.path("guid").asText()).isNotBlank();
                            });
                }
                assertThat(records).hasSize(expected);
            }
        }
    }

    /** A copy in the test's folder, named after the fixture's path so each origin is distinct. */
    private Path copy(String fixture) {
        try {
            return Files.copy(FIXTURES.resolve(fixture), dir.resolve(fileName(fixture)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileName(String fixture) {
        return fixture.replace('/', '-');
    }
}
