package io.wirestream.ingest.source.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.ingest.Fixtures;
import io.wirestream.ingest.IngestSink;
import io.wirestream.ingest.Ingestor;
import io.wirestream.ingest.InputTooLargeException;
import io.wirestream.ingest.RecordingSink;
import io.wirestream.ingest.UnrecognizedFormatException;
import io.wirestream.ingest.format.FormatDetector;
import io.wirestream.ingest.format.WireFormatException;
import io.wirestream.schemas.DeadLetter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpPushTest {

    private static final String TOKEN = "s3cret-token";
    private static final String AUTH = "Bearer " + TOKEN;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-11T12:00:00Z"), ZoneOffset.UTC);
    private static final byte[] NINJS = Fixtures.bytes("ninjs/1x-minimal.json");
    private static final String NINJS_ID = "urn:newsml:wirestream.example:20250311:bakery";

    private final ObjectMapper mapper = new ObjectMapper();
    private final RecordingSink sink = new RecordingSink();

    private HttpPush push(IngestSink sink, long limit, Duration timeout) {
        return new HttpPush(new Ingestor(FormatDetector.standard(), sink, limit, CLOCK), TOKEN, null, null, timeout, CLOCK);
    }

    private HttpPush push() {
        return push(sink, 1 << 20, Duration.ofSeconds(5));
    }

    private static PushRequest request(byte[] body, String contentType, String format, String auth) {
        return new PushRequest(new ByteArrayInputStream(body), contentType, format, auth, "10.0.0.7", "req-1");
    }

    private JsonNode json(PushResponse response) throws IOException {
        return mapper.readTree(response.json());
    }

    @Test
    void acceptsADocumentOnceCommittedAndNamesItsStories() throws IOException {
        PushResponse response = push().push(request(NINJS, null, null, AUTH));

        assertThat(response.status()).isEqualTo(202);
        JsonNode body = json(response);
        assertThat(body.get("stories")).extracting(JsonNode::asText).containsExactly(NINJS_ID);
        assertThat(body.get("format").asText()).isEqualTo("ninjs");
        assertThat(body.get("origin").asText()).isEqualTo("http:10.0.0.7/req-1");
        assertThat(sink.published()).singleElement().satisfies(article -> {
            assertThat(article.getId()).isEqualTo(NINJS_ID);
            assertThat(article.getOrigin()).isEqualTo("http:10.0.0.7/req-1");
        });
    }

    @Test
    void namesTheInputByAHashOfItsBytesWhenNoneOrAnUnsafeRequestIdIsGiven() throws IOException {
        for (String id : new String[] {null, "", "a/b c", "x".repeat(200)}) {
            PushResponse response = push().push(new PushRequest(new ByteArrayInputStream(NINJS), null, null, AUTH,
                    "[::1]", id));
            assertThat(json(response).get("origin").asText()).isEqualTo("http:[::1]/" + HttpPush.contentId(NINJS));
        }
        assertThat(HttpPush.contentId(NINJS)).matches("sha256-[0-9a-f]{32}");
    }

    @Test
    void givesTheSameStoryIdToTheSameBytesPushedTwiceWithoutARequestId() throws IOException {
        byte[] nitf = ("<nitf><head><title>Ferry service resumes</title></head><body><body.head><hedline>"
                + "<hl1>Ferry service resumes</hl1></hedline></body.head><body.content><p>The ferry sailed again"
                + " on Monday.</p></body.content></body></nitf>").getBytes(StandardCharsets.UTF_8);
        byte[] other = new String(nitf, StandardCharsets.UTF_8).replace("Monday", "Tuesday")
                .getBytes(StandardCharsets.UTF_8);

        String first = json(push().push(new PushRequest(new ByteArrayInputStream(nitf), null, null, AUTH, "10.0.0.7",
                null))).get("stories").get(0).asText();
        String second = json(push().push(new PushRequest(new ByteArrayInputStream(nitf), null, null, AUTH,
                "10.0.0.7", null))).get("stories").get(0).asText();
        String changed = json(push().push(new PushRequest(new ByteArrayInputStream(other), null, null, AUTH,
                "10.0.0.7", null))).get("stories").get(0).asText();

        assertThat(second).isEqualTo(first).endsWith(HttpPush.contentId(nitf));
        assertThat(changed).isNotEqualTo(first);
    }

    @Test
    void rejectsUnparsableInputWith400AfterItsDeadLetterIsCommitted() throws IOException {
        byte[] garbage = Fixtures.bytes("agency-text/garbage.bin");

        PushResponse response = push().push(request(garbage, "application/octet-stream", null, AUTH));

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).startsWith("no wire format recognised");
        assertThat(sink.published()).isEmpty();
        assertThat(sink.deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.getOrigin()).isEqualTo("http:10.0.0.7/req-1");
            assertThat(letter.getErrorClass()).isEqualTo(UnrecognizedFormatException.class.getName());
            assertThat(payload(letter)).isEqualTo(garbage);
        });
    }

    @Test
    void rejectsAnUnknownFormatParameterWithoutReadingOrPublishing() throws IOException {
        PushResponse response = push().push(new PushRequest(unreadable(), null, "word-doc", AUTH, "10.0.0.7", null));

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).get("error").asText()).contains("unknown format 'word-doc'").contains("ninjs");
        assertThat(sink.submitted()).isZero();
    }

    @Test
    void rejectsMissingOrWrongTokensWith401BeforeReadingTheBody() {
        for (String auth : new String[] {null, "", "Bearer", "Bearer wrong", "Basic " + TOKEN, TOKEN, AUTH + "x"}) {
            PushResponse response = push().push(new PushRequest(unreadable(), null, null, auth, "10.0.0.7", null));
            assertThat(response.status()).as(String.valueOf(auth)).isEqualTo(401);
        }
        assertThat(sink.submitted()).isZero();
    }

    @Test
    void acceptsTheSchemeInAnyCase() {
        assertThat(push().push(request(NINJS, null, null, "bearer " + TOKEN)).status()).isEqualTo(202);
    }

    @Test
    void rejectsOversizeBodiesWith413ReadingAtMostOneByteOverTheLimit() throws IOException {
        CountingStream body = new CountingStream(10_000);

        PushResponse response = push(sink, 100, Duration.ofSeconds(5))
                .push(new PushRequest(body, null, null, AUTH, "10.0.0.7", "big"));

        assertThat(response.status()).isEqualTo(413);
        assertThat(json(response).get("error").asText()).contains("exceeds the limit of 100 bytes");
        assertThat(body.read).isEqualTo(101);
        assertThat(sink.published()).isEmpty();
        assertThat(sink.deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.getErrorClass()).isEqualTo(InputTooLargeException.class.getName());
            assertThat(letter.getOrigin()).isEqualTo("http:10.0.0.7/big");
            assertThat(letter.getOriginalLength()).isEqualTo(101L);
        });
    }

    @Test
    void acceptsABodyOfExactlyTheLimit() {
        assertThat(push(sink, NINJS.length, Duration.ofSeconds(5)).push(request(NINJS, null, null, AUTH)).status())
                .isEqualTo(202);
    }

    @Test
    void answers503AndPublishesNothingWhenTheSinkFails() throws IOException {
        sink.failNext(1);

        PushResponse response = push().push(request(NINJS, null, null, AUTH));

        assertThat(response.status()).isEqualTo(503);
        assertThat(json(response).get("error").asText()).contains("Kafka is unavailable");
        assertThat(sink.published()).isEmpty();
        assertThat(sink.deadLetters()).isEmpty();
    }

    @Test
    void answers503WhenKafkaDoesNotAcknowledgeInTime() {
        IngestSink silent = input -> new CompletableFuture<>();

        PushResponse response = push(silent, 1 << 20, Duration.ofMillis(50)).push(request(NINJS, null, null, AUTH));

        assertThat(response.status()).isEqualTo(503);
    }

    @Test
    void contentTypeOfAnotherFormatPinsItSoTheDocumentFails() {
        // NINJS sent as NITF: the Content-Type wins over detection, and NITF cannot parse JSON.
        PushResponse response = push().push(request(NINJS, "application/nitf+xml", null, AUTH));

        assertThat(response.status()).isEqualTo(400);
        assertThat(sink.deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.getFormat()).isEqualTo("nitf");
            assertThat(letter.getErrorClass()).isEqualTo(WireFormatException.class.getName());
        });
    }

    @Test
    void formatParameterWinsOverContentType() throws IOException {
        PushResponse response = push().push(request(NINJS, "application/nitf+xml", "ninjs", AUTH));

        assertThat(response.status()).isEqualTo(202);
        assertThat(json(response).get("format").asText()).isEqualTo("ninjs");
    }

    @Test
    void detectsTheFormatWhenTheContentTypeNamesNone() throws IOException {
        byte[] nitf = Fixtures.bytes("nitf/minimal.xml");

        PushResponse response = push().push(request(nitf, "application/xml; charset=utf-8", null, AUTH));

        assertThat(response.status()).isEqualTo(202);
        assertThat(json(response).get("format").asText()).isEqualTo("nitf");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "application/ninjs+json                 | ninjs",
        "application/json; charset=UTF-8        | ninjs",
        "Application/JSON                       | ninjs",
        "application/vnd.iptc.g2.newsitem+xml   | newsml-g2",
        "application/nitf+xml                   | nitf",
        "application/rss+xml                    | feed",
        "application/atom+xml                   | feed",
        "text/html;charset=iso-8859-1           | html",
        "text/plain                             | null",
        "application/xml                        | null",
        "application/octet-stream               | null",
        "''                                     | null",
        "null                                   | null"})
    void mapsContentTypesToFormats(String contentType, String format) {
        assertThat(MediaTypes.formatOf(contentType).orElse(null)).isEqualTo(format);
    }

    @Test
    void refusesToBeBuiltWithoutAToken() {
        Ingestor ingestor = new Ingestor(FormatDetector.standard(), sink);
        for (String token : new String[] {null, "", "  "}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> new HttpPush(ingestor, token, null, null, Duration.ofSeconds(1), CLOCK))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static byte[] payload(DeadLetter letter) {
        ByteBuffer buffer = letter.getPayload().duplicate();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    /** A body that must not be read. */
    private static InputStream unreadable() {
        return new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body was read");
            }
        };
    }

    /** An endless-ish body of 'x' that counts what was read of it. */
    private static final class CountingStream extends InputStream {
        private final long size;
        long read;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = (int) Math.min(len, size - read);
            if (n <= 0) {
                return len == 0 ? 0 : -1;
            }
            java.util.Arrays.fill(b, off, off + n, (byte) 'x');
            read += n;
            return n;
        }
    }

}
