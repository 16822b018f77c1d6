package io.wirestream.schemas.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.Topics;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    private static final Instant NOW = Instant.parse("2025-03-11T10:15:30.123456Z");
    private final DeadLetters letters = new DeadLetters("ingest", Clock.fixed(NOW, ZoneOffset.UTC), 16);

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void keepsAnInputUpToTheCapWholeWithItsLengthAndHash() throws Exception {
        byte[] input = "short input".getBytes(StandardCharsets.UTF_8);

        DeadLetter letter = letters.forInput("in/a.txt", "ninjs", input, new IllegalStateException("bad"));

        assertThat(letter.getPayload().array()).isEqualTo(input);
        assertThat(letter.getPayloadTruncated()).isFalse();
        assertThat(letter.getOriginalLength()).isEqualTo(input.length);
        assertThat(letter.getOriginalSha256()).isEqualTo(sha256(input));
        assertThat(letter.getFormat()).isEqualTo("ninjs");
        assertThat(letter.getStage()).isEqualTo("ingest");
        assertThat(letter.getFailedAt()).isEqualTo(Instant.parse("2025-03-11T10:15:30.123Z"));
    }

    @Test
    void keepsAPrefixOfALargerInputWithTheCompleteLengthAndHash() throws Exception {
        byte[] input = new byte[1000];
        Arrays.fill(input, (byte) 'x');
        input[999] = 'y';

        DeadLetter letter = letters.forInput("in/big.txt", null,
                OriginalBytes.read(new ByteArrayInputStream(input), 16), new IllegalStateException("too big"));

        assertThat(letter.getPayload().array()).hasSize(16).isEqualTo(Arrays.copyOf(input, 16));
        assertThat(letter.getPayloadTruncated()).isTrue();
        assertThat(letter.getOriginalLength()).isEqualTo(1000L);
        assertThat(letter.getOriginalSha256()).isEqualTo(sha256(input));
    }

    @Test
    void readingAndWrappingGiveTheSameBytes() throws Exception {
        byte[] input = new byte[200_000];
        Arrays.fill(input, (byte) 7);
        assertThat(OriginalBytes.read(new ByteArrayInputStream(input), 100)).isEqualTo(OriginalBytes.of(input, 100));
    }

    @Test
    void keysAnInputByItsOriginAndARecordByItsOriginalKey() {
        DeadLetter input = letters.forInput("sub/a.txt", null, (byte[]) null, new RuntimeException("x"));
        DeadLetter keyed = letters.forRecord("news.raw.v1", 2, 41, "enrich-article", "k1".getBytes(StandardCharsets.UTF_8),
                "v".getBytes(StandardCharsets.UTF_8), new RuntimeException("y"));
        DeadLetter unkeyed = letters.forRecord("news.raw.v1", 2, 41, "enrich-article", null, null, new RuntimeException("y"));

        assertThat(new String(DeadLetters.recordKey(input), StandardCharsets.UTF_8)).isEqualTo("sub/a.txt");
        assertThat(input.getPayload()).isNull();
        assertThat(input.getOriginalLength()).isNull();
        assertThat(new String(DeadLetters.recordKey(keyed), StandardCharsets.UTF_8)).isEqualTo("k1");
        assertThat(new String(DeadLetters.recordKey(unkeyed), StandardCharsets.UTF_8)).isEqualTo("news.raw.v1-2@41");
        assertThat(keyed.getErrorMessage()).isEqualTo("y (at processor enrich-article)");
    }

    @Test
    void theDefaultCapKeepsALetterSendable() {
        byte[] input = new byte[DeadLetters.DEFAULT_MAX_PAYLOAD_BYTES + 1];
        DeadLetter letter = new DeadLetters("ingest", Clock.systemUTC())
                .forInput("big.bin", null, input, new RuntimeException("x".repeat(10_000)));

        assertThat(letter.getPayloadTruncated()).isTrue();
        assertThat(Topics.deadLetterSerde().encode(letter).length).isLessThan(Topics.MAX_RECORD_BYTES);
    }

    @Test
    void reasonNamesEveryCause() {
        assertThat(DeadLetters.reason(new IllegalStateException("no headline", new NumberFormatException("x"))))
                .isEqualTo("no headline <- NumberFormatException: x");
        assertThat(DeadLetters.reason(new NullPointerException())).isEqualTo(NullPointerException.class.getName());
    }
}
