package io.wirestream.observe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.embedded.KafkaCluster;
import io.wirestream.ingest.InputTooLargeException;
import io.wirestream.ingest.UnrecognizedFormatException;
import io.wirestream.pipeline.Pipeline;
import io.wirestream.pipeline.PipelineSettings;
import io.wirestream.pipeline.Stage;
import io.wirestream.pipeline.TopicSetup;
import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.Topics;
import io.wirestream.testkit.Await;
import io.wirestream.testkit.ClientConfigs;
import io.wirestream.testkit.SharedKafkaExtension;
import io.wirestream.testkit.TopicNames;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /v1/articles} end to end: the ingest stage and its HTTP server on the shared broker,
 * pushed to with the JDK's HTTP client, read back {@code read_committed}.
 */
@ExtendWith(SharedKafkaExtension.class)
class HttpPushIT {

    private static final String TOKEN = "push-it-token";
    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    private static final long LIMIT = 4096;

    private static KafkaCluster kafka;
    private static Pipeline pipeline;
    private static Observer observer;
    private static Topics topics;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    @BeforeAll
    static void start(KafkaCluster cluster, TestInfo info) {
        kafka = cluster;
        String prefix = TopicNames.unique(info) + ".";
        topics = new Topics(prefix);
        PipelineMetrics metrics = new PipelineMetrics();
        pipeline = Pipeline.start(new PipelineSettings(Map.of(
                "bootstrap.servers", cluster.bootstrapServers(),
                "topic.prefix", prefix,
                "ingest.transactional.id", TopicNames.unique(info, "tx"),
                "ingest.max.input.bytes", String.valueOf(LIMIT),
                "ingest.http.token", TOKEN)), EnumSet.of(Stage.INGEST), new TopicSetup(1, (short) 1),
                metrics.enrichmentListener());
        observer = Observer.start(pipeline, metrics, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), false,
                Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (observer != null) {
            observer.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
    }

    private HttpResponse<String> post(byte[] body, String contentType, String token, String requestId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(observer.pushUri().orElseThrow())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).timeout(ARRIVAL);
        Optional.ofNullable(contentType).ifPresent(type -> request.header("Content-Type", type));
        Optional.ofNullable(token).ifPresent(t -> request.header("Authorization", "Bearer " + t));
        Optional.ofNullable(requestId).ifPresent(id -> request.header("X-Request-Id", id));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private <V> List<ConsumerRecord<byte[], V>> readCommitted(String topic, Deserializer<V> values,
                                                              java.util.function.Predicate<ConsumerRecord<byte[], V>> wanted) {
        try (KafkaConsumer<byte[], V> consumer = new KafkaConsumer<>(ClientConfigs.readCommittedConsumer(kafka, null),
                new ByteArrayDeserializer(), values)) {
            List<org.apache.kafka.common.TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            java.util.List<ConsumerRecord<byte[], V>> found = new java.util.ArrayList<>();
            Await.until(ARRIVAL, "a matching record on " + topic, () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (wanted.test(r)) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
            return found;
        }
    }

    @Test
    void acceptsAPushOnceCommittedAndTheStoryIsOnTheRawTopic() throws Exception {
        String ninjs = "{\"uri\": \"urn:push-it:harbour\", \"headline\": \"Harbour crane returns\","
                + " \"body_text\": \"The harbour's old crane was put back on the quay on Tuesday.\"}";

        HttpResponse<String> response = post(ninjs.getBytes(StandardCharsets.UTF_8), "application/json", TOKEN, "it-1");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode body = mapper.readTree(response.body());
        assertThat(body.get("stories")).extracting(JsonNode::asText).containsExactly("urn:push-it:harbour");
        assertThat(body.get("format").asText()).isEqualTo("ninjs");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        List<ConsumerRecord<byte[], RawArticle>> raw = readCommitted(topics.raw().name(),
                topics.raw().valueSerde().deserializer(),
                r -> r.value().getId().equals("urn:push-it:harbour"));
        assertThat(raw).singleElement().satisfies(r -> {
            assertThat(r.value().getHeadline()).isEqualTo("Harbour crane returns");
            assertThat(r.value().getOrigin()).isEqualTo("http:127.0.0.1/it-1");
            assertThat(r.value().getFormat()).isEqualTo("ninjs");
        });
    }

    @Test
    void theSameBytesPushedTwiceWithoutARequestIdAreOneStory() throws Exception {
        // No doc-id: NITF falls back to the origin name for the story id.
        byte[] nitf = ("<nitf><head><title>Quay lights restored</title></head><body><body.head><hedline>"
                + "<hl1>Quay lights restored</hl1></hedline></body.head><body.content><p>The lights on the east"
                + " quay were switched back on at dusk.</p></body.content></body></nitf>").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> first = post(nitf, "application/xml", TOKEN, null);
        HttpResponse<String> second = post(nitf, "application/xml", TOKEN, null);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(202);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(202);
        JsonNode one = mapper.readTree(first.body());
        JsonNode two = mapper.readTree(second.body());
        assertThat(one.get("stories")).hasSize(1);
        String id = one.get("stories").get(0).asText();
        assertThat(two.get("stories")).extracting(JsonNode::asText).containsExactly(id);
        assertThat(two.get("origin").asText()).isEqualTo(one.get("origin").asText()).matches("http:127.0.0.1/sha256-[0-9a-f]{32}");
        List<ConsumerRecord<byte[], RawArticle>> raw = readCommitted(topics.raw().name(),
                topics.raw().valueSerde().deserializer(), r -> r.value().getHeadline().equals("Quay lights restored"));
        assertThat(raw).extracting(r -> r.value().getId()).containsOnly(id);
    }

    @Test
    void rejectsGarbageWith400AndDeadLettersItsOriginalBytes() throws Exception {
        byte[] garbage = {0, (byte) 0xff, 1, (byte) 0xfe, 2, 3, 0, 0, (byte) 0x80, 'z'};

        HttpResponse<String> response = post(garbage, null, TOKEN, "it-garbage");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(mapper.readTree(response.body()).get("error").asText()).startsWith("no wire format recognised");
        // 400 is sent after the dead letter committed, so it is there to read now.
        List<ConsumerRecord<byte[], DeadLetter>> letters = readCommitted(topics.deadLetters().name(),
                Topics.deadLetterSerde().deserializer(), r -> r.value().getOrigin().equals("http:127.0.0.1/it-garbage"));
        assertThat(letters).singleElement().satisfies(r -> {
            assertThat(r.value().getErrorClass()).isEqualTo(UnrecognizedFormatException.class.getName());
            assertThat(bytes(r.value().getPayload())).isEqualTo(garbage);
        });
    }

    @Test
    void rejectsPushesWithoutTheTokenWith401() throws Exception {
        HttpResponse<String> none = post("x".getBytes(StandardCharsets.UTF_8), null, null, null);
        HttpResponse<String> wrong = post("x".getBytes(StandardCharsets.UTF_8), null, "guess", null);

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void rejectsOversizeBodiesWith413AndDeadLettersThem() throws Exception {
        byte[] big = new byte[(int) LIMIT * 4];
        Arrays.fill(big, (byte) 'a');

        HttpResponse<String> response = post(big, "text/plain", TOKEN, "it-big");

        assertThat(response.statusCode()).isEqualTo(413);
        List<ConsumerRecord<byte[], DeadLetter>> letters = readCommitted(topics.deadLetters().name(),
                Topics.deadLetterSerde().deserializer(), r -> r.value().getOrigin().equals("http:127.0.0.1/it-big"));
        assertThat(letters).singleElement().satisfies(r ->
                assertThat(r.value().getErrorClass()).isEqualTo(InputTooLargeException.class.getName()));
    }

    @Test
    void answers405ToOtherMethods() throws Exception {
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(observer.pushUri().orElseThrow()).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void stillServesHealthAndMetricsOnTheSamePort() throws Exception {
        URI base = observer.uri();
        assertThat(http.send(HttpRequest.newBuilder(base.resolve("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(http.send(HttpRequest.newBuilder(base.resolve("/health/live")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
