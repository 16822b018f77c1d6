package io.wirestream.observe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.embedded.KafkaCluster;
import io.wirestream.pipeline.Pipeline;
import io.wirestream.pipeline.PipelineSettings;
import io.wirestream.pipeline.TopicSetup;
import io.wirestream.testkit.Await;
import io.wirestream.testkit.ClientConfigs;
import io.wirestream.testkit.SharedKafkaExtension;
import io.wirestream.testkit.TopicNames;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP leg of app's {@code EveryFormatIT}: one document of every wire format POSTed to
 * {@code /v1/articles} of the process's server, through enrich and publish on a real broker, each
 * story read back from the JSON topic with its format and its push origin. (In observe because the
 * server is here; app cannot depend on it.)
 */
@ExtendWith(SharedKafkaExtension.class)
class EveryFormatPushIT {

    /** Fixture, its format, its stories, and the Content-Type to send (null: none, detect). */
    /** A fixture: the stories ingest accepts from it, and how many of them reach the JSON topic. */
    private record Doc(String file, String format, int stories, int downstream, String contentType) {
        Doc(String file, String format, int stories, String contentType) {
            this(file, format, stories, stories, contentType);
        }
    }

    private static final Path FIXTURES = Path.of("..", "ingest", "src", "test", "resources", "fixtures");
    private static final String TOKEN = "every-format-push";
    private static final Duration ARRIVAL = Duration.ofSeconds(90);

    private static final List<Doc> DOCS = List.of(
            new Doc("ninjs/3x-plain.json", "ninjs", 1, "application/ninjs+json"),
            new Doc("nitf/full.xml", "nitf", 1, "application/nitf+xml"),
            // Two items, one of them withheld: enrich holds that one back until a usable version comes.
            new Doc("newsml-g2/full.xml", "newsml-g2", 2, 1, "application/vnd.iptc.g2.newsitem+xml"),
            new Doc("newsml-1.2/full.xml", "newsml-1.2", 1, "application/xml"),
            new Doc("feed/rss-full.xml", "feed", 2, "application/rss+xml"),
            new Doc("feed/atom-full.xml", "feed", 2, "application/atom+xml"),
            new Doc("iptc7901/full.txt", "iptc7901", 2, null),
            new Doc("anpa1312/full.anpa", "anpa1312", 2, "application/octet-stream"),
            new Doc("html/full.html", "html", 1, "text/html; charset=utf-8"),
            new Doc("agency-text/full.txt", "agency-text", 1, "text/plain"));

    @TempDir
    Path dir;

    @Test
    void everyFormatPushedReachesTheJsonTopic(KafkaCluster kafka, TestInfo info) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        PipelineSettings settings = new PipelineSettings(Map.of(
                "bootstrap.servers", kafka.bootstrapServers(),
                "topic.prefix", TopicNames.unique(info) + ".",
                "state.dir", dir.resolve("state").toString(),
                "commit.interval.ms", "100",
                "ingest.http.token", TOKEN,
                "enrich.application.id", "every-format-push-enrich-" + run,
                "publish.application.id", "every-format-push-publish-" + run));
        int expected = DOCS.stream().mapToInt(Doc::downstream).sum();
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newHttpClient();
        PipelineMetrics metrics = new PipelineMetrics();

        try (Pipeline pipeline = Pipeline.startAll(settings, new TopicSetup(1, (short) 1), metrics.enrichmentListener());
             Observer observer = Observer.start(pipeline, metrics,
                     new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), false, Duration.ofSeconds(30))) {
            for (Doc doc : DOCS) {
                HttpRequest.Builder request = HttpRequest.newBuilder(observer.pushUri().orElseThrow())
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("X-Request-Id", requestId(doc.file()))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(FIXTURES.resolve(doc.file()))));
                if (doc.contentType() != null) {
                    request.header("Content-Type", doc.contentType());
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(doc.file() + ": " + response.body()).isEqualTo(202);
                JsonNode body = json.readTree(response.body());
                assertThat(body.get("format").asText()).as(doc.file()).isEqualTo(doc.format());
                assertThat(body.get("stories")).as(doc.file()).hasSize(doc.stories());
            }

            List<ConsumerRecord<String, String>> records = readJson(kafka, pipeline.topics().enrichedJson().name(), expected);
            Map<String, List<JsonNode>> byRequest = new LinkedHashMap<>();
            for (ConsumerRecord<String, String> record : records) {
                JsonNode story = json.readTree(record.value());
                String origin = story.path("source").path("origin").asText();
                assertThat(origin).startsWith("http:127.0.0.1/");
                byRequest.computeIfAbsent(origin.substring(origin.lastIndexOf('/') + 1), k -> new ArrayList<>()).add(story);
            }
            for (Doc doc : DOCS) {
                assertThat(byRequest.get(requestId(doc.file()))).as(doc.file()).hasSize(doc.downstream())
                        .allSatisfy(story -> {
                            assertThat(story.path("source").path("format").asText()).isEqualTo(doc.format());
                            assertThat(story.path("headline").asText()).isNotBlank();
                            assertThat(story.path("guid").asText()).isNotBlank();
                        });
            }
            assertThat(records).hasSize(expected);
        }
    }

    private static List<ConsumerRecord<String, String>> readJson(KafkaCluster kafka, String topic, int expected) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(ClientConfigs.readCommittedConsumer(kafka, null),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, String>> records = Await.records(consumer, expected, ARRIVAL);
            // Anything more (a story published twice) would arrive with the rest; one more poll shows it.
            consumer.poll(Duration.ofSeconds(1)).forEach(records::add);
            return records;
        }
    }

    /** The fixture's path as a request id, so each story's origin names its document. */
    private static String requestId(String fixture) {
        return fixture.replace('/', '-');
    }
}
