package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.ingest.format.Detection;
import io.wirestream.ingest.format.FormatDetector;
import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.ParsedArticle;
import io.wirestream.ingest.format.WireFormat;
import io.wirestream.ingest.format.WireFormatException;
import io.wirestream.ingest.format.agencytext.AgencyTextFormat;
import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.RawArticle;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngestorTest {

    private static final Instant RECEIVED = Instant.parse("2025-03-11T12:00:00.123456Z");
    private static final Instant NOW = Instant.parse("2025-03-11T12:00:05Z");

    private final RecordingSink sink = new RecordingSink();
    private final Ingestor ingestor =
            new Ingestor(FormatDetector.standard(), sink, 1024 * 1024, Clock.fixed(NOW, ZoneOffset.UTC));

    private static byte[] payload(DeadLetter letter) {
        ByteBuffer buffer = letter.getPayload().duplicate();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    @Test
    void routesGarbageToDeadLetters() {
        byte[] garbage = Fixtures.bytes("agency-text/garbage.bin");

        IngestResult result = ingestor.ingest(garbage, Origin.of("in/garbage.bin", RECEIVED));

        assertThat(result.ok()).isFalse();
        assertThat(result.reason()).isEqualTo("no wire format recognised (tried "
                + String.join(", ", io.wirestream.ingest.format.FormatDetector.standard().ids()) + ") (in/garbage.bin)");
        assertThat(sink.published()).isEmpty();
        assertThat(sink.deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.getStage()).isEqualTo("ingest");
            assertThat(letter.getOrigin()).isEqualTo("in/garbage.bin");
            assertThat(letter.getFormat()).isNull();
            assertThat(letter.getErrorClass()).isEqualTo(UnrecognizedFormatException.class.getName());
            assertThat(letter.getErrorMessage()).isEqualTo(result.reason());
            assertThat(payload(letter)).isEqualTo(garbage);
            assertThat(letter.getFailedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void routesInputThatFailsToParseToDeadLettersWithTheFormatId() {
        byte[] truncated = Fixtures.bytes("ninjs/truncated.json");

        IngestResult result = ingestor.ingest(truncated, Origin.of("in/truncated.json", RECEIVED));

        assertThat(result.failed()).isTrue();
        assertThat(result.formatId()).isEqualTo("ninjs");
        assertThat(result.reason()).startsWith("ninjs: invalid JSON at line 1");
        assertThat(sink.published()).isEmpty();
        assertThat(sink.deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.getFormat()).isEqualTo("ninjs");
            assertThat(letter.getErrorClass()).isEqualTo(WireFormatException.class.getName());
            assertThat(payload(letter)).isEqualTo(truncated);
        });
    }

    @Test
    void publishesAGoodFileWithItsContentHash() throws Exception {
        byte[] copy = "Harbour reopens\nNEWS\n2 hours ago\n\nFirst paragraph.\r\n\r\nSecond paragraph.\n"
                .getBytes(StandardCharsets.UTF_8);

        IngestResult result = ingestor.ingest(copy, new Origin("in/harbour.txt", "Liburna", RECEIVED));

        assertThat(result).isEqualTo(IngestResult.success("agency-text", 1));
        assertThat(sink.deadLetters()).isEmpty();
        RawArticle article = sink.published().get(0);
        assertThat(article.getId()).matches("liburna:harbour-reopens-[0-9a-f]{12}");
        assertThat(article.getFormat()).isEqualTo("agency-text");
        assertThat(article.getOrigin()).isEqualTo("in/harbour.txt");
        assertThat(article.getReceivedAt()).isEqualTo(Instant.parse("2025-03-11T12:00:00.123Z"));
        assertThat(article.getBody()).containsExactly("First paragraph.", "Second paragraph.");
        byte[] expected = MessageDigest.getInstance("SHA-256")
                .digest("Harbour reopens\n\nFirst paragraph.\n\nSecond paragraph.".getBytes(StandardCharsets.UTF_8));
        assertThat(article.getContentHash()).isEqualTo(HexFormat.of().formatHex(expected));
    }

    @Test
    void publishesEveryArticleOfAMultiItemInput() {
        IngestResult result = ingestor.ingest(Fixtures.bytes("ninjs/ap-feed.json"), Origin.of("feed.json", RECEIVED));

        assertThat(result.published()).isEqualTo(2);
        assertThat(sink.published()).extracting(RawArticle::getId)
                .containsExactly("https://api.example.org/content/a1", "https://api.example.org/content/b2");
    }

    @Test
    void parsesWithThePinnedFormatInsteadOfDetecting() {
        // Detection would say ninjs; pinned to agency-text it is read as text.
        byte[] json = "{\"uri\": \"u\",\n\"headline\": \"The council agreed the budget on Monday.\"}\n".getBytes(StandardCharsets.UTF_8);

        IngestResult result = ingestor.ingest(json, Origin.of("in/x.json", RECEIVED), AgencyTextFormat.ID);

        assertThat(result.formatId()).isEqualTo("agency-text");
        assertThat(sink.published()).singleElement().extracting(RawArticle::getHeadline).isEqualTo("{\"uri\": \"u\",");
    }

    @Test
    void rejectsAnUnknownPinnedFormatAsAConfigurationError() {
        assertThatThrownBy(() -> ingestor.ingest(new byte[] {1}, Origin.of("x", RECEIVED), "no-such-format"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-format");
        assertThat(sink.deadLetters()).isEmpty();
    }

    @Test
    void deadLettersOversizedInputWithItsBytesLengthAndHash() throws Exception {
        Ingestor small = new Ingestor(FormatDetector.standard(), sink, 10, Clock.fixed(NOW, ZoneOffset.UTC));
        byte[] big = "eleven byte".getBytes(StandardCharsets.UTF_8);

        IngestResult result = small.ingest(big, Origin.of("in/big.txt", RECEIVED));

        assertThat(result.reason()).isEqualTo(
                "input of 11 bytes exceeds the limit of 10 bytes (ingest.max.input.bytes) (in/big.txt)");
        assertThat(sink.deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.getErrorClass()).isEqualTo(InputTooLargeException.class.getName());
            assertThat(payload(letter)).as("under the dead-letter cap: kept whole").isEqualTo(big);
            assertThat(letter.getPayloadTruncated()).isFalse();
            assertThat(letter.getOriginalLength()).isEqualTo(11L);
            assertThat(letter.getOriginalSha256()).isEqualTo(
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(big)));
        });
    }

    @Test
    void preparesWithoutPublishingUntilSubmitted() {
        InputRecords records = ingestor.prepare(Fixtures.bytes("ninjs/ap-feed.json"), Origin.of("feed.json", RECEIVED), null);

        assertThat(records.articles()).hasSize(2);
        assertThat(sink.submitted()).isZero();
        assertThat(ingestor.submit(records).join()).isEqualTo(IngestResult.success("ninjs", 2));
        assertThat(sink.published()).hasSize(2);
    }

    @Test
    void deadLettersAnUnexpectedExceptionFromAFormat() {
        WireFormat broken = new Broken(() -> {
            throw new IllegalStateException("bug in the parser");
        });
        Ingestor withBroken = new Ingestor(new FormatDetector(List.of(broken)), sink);

        IngestResult result = withBroken.ingest(new byte[] {42}, Origin.of("in/x", RECEIVED));

        assertThat(result.reason()).isEqualTo("bug in the parser");
        assertThat(result.formatId()).isEqualTo("broken");
        assertThat(sink.deadLetters()).singleElement()
                .extracting(DeadLetter::getErrorClass).isEqualTo(IllegalStateException.class.getName());
    }

    @Test
    void deadLettersAFormatThatReturnsNoArticles() {
        Ingestor withEmpty = new Ingestor(new FormatDetector(List.of(new Broken(List::of))), sink);

        IngestResult result = withEmpty.ingest(new byte[] {42}, Origin.of("in/x", RECEIVED));

        assertThat(result.reason()).isEqualTo("broken: no articles in the input (in/x)");
        assertThat(sink.published()).isEmpty();
    }

    @Test
    void publishesNothingWhenALaterItemOfTheSameInputFails() {
        byte[] feed = ("{\"data\":{\"items\":[{\"item\":{\"uri\":\"a\",\"headline\":\"ok\"}},"
                + "{\"item\":{\"uri\":\"b\"}}]}}").getBytes(StandardCharsets.UTF_8);

        IngestResult result = ingestor.ingest(feed, Origin.of("feed.json", RECEIVED));

        assertThat(result.reason()).isEqualTo("ninjs: no headline in item b (feed.json)");
        assertThat(sink.published()).isEmpty();
        assertThat(sink.deadLetters()).hasSize(1);
    }

    @Test
    void letsSinkFailuresThroughSoTheCallerCanRetry() {
        IngestSink down = input -> java.util.concurrent.CompletableFuture.failedFuture(
                new IllegalStateException("cluster unavailable"));
        Ingestor failing = new Ingestor(FormatDetector.standard(), down);

        assertThatThrownBy(() -> failing.ingest(Fixtures.bytes("agency-text/minimal.txt"), Origin.of("m.txt", RECEIVED)))
                .hasMessage("cluster unavailable");
        assertThatThrownBy(() -> failing.ingest(Fixtures.bytes("agency-text/garbage.bin"), Origin.of("g.bin", RECEIVED)))
                .hasMessage("cluster unavailable");
    }

    /** A format that claims everything and parses with the given behaviour. */
    private record Broken(java.util.function.Supplier<List<ParsedArticle>> parser) implements WireFormat {
        @Override
        public String id() {
            return "broken";
        }

        @Override
        public Detection detect(byte[] head) {
            return Detection.CERTAIN;
        }

        @Override
        public List<ParsedArticle> parse(byte[] content, Origin origin) {
            return parser.get();
        }
    }
}
