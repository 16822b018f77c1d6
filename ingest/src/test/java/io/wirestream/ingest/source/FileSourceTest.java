package io.wirestream.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.ingest.Fixtures;
import io.wirestream.ingest.IngestConfig;
import io.wirestream.ingest.Ingestor;
import io.wirestream.ingest.RecordingSink;
import io.wirestream.ingest.format.FormatDetector;
import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.RawArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSourceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-11T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final RecordingSink sink = new RecordingSink();

    private FileSource source(IngestConfig config, long maxInputBytes) {
        return new FileSource(new Ingestor(FormatDetector.standard(), sink, maxInputBytes, CLOCK), config, CLOCK);
    }

    @Test
    void ingestsTheInputFilesOfADirectoryAndItsSubfoldersInPathOrderSkippingWhatTheDropFolderSkips()
            throws IOException {
        Files.write(dir.resolve("b.json"), Fixtures.bytes("ninjs/1x-minimal.json"));
        Files.write(dir.resolve("a.txt"), Fixtures.bytes("agency-text/minimal.txt"));
        Files.write(dir.resolve(".hidden.txt"), Fixtures.bytes("agency-text/full.txt"));
        Files.write(dir.resolve("upload.txt.part"), Fixtures.bytes("agency-text/full.txt"));
        Files.write(dir.resolve("c.TMP"), Fixtures.bytes("agency-text/full.txt"));
        Files.createDirectories(dir.resolve("sub/deeper"));
        Files.write(dir.resolve("sub/deeper/c.txt"), Fixtures.bytes("agency-text/minimal.txt"));
        Files.createDirectories(dir.resolve("done"));
        Files.write(dir.resolve("done/old.txt"), Fixtures.bytes("agency-text/minimal.txt"));
        Files.createDirectories(dir.resolve("failed"));
        Files.write(dir.resolve("failed/old.bin"), Fixtures.bytes("agency-text/garbage.bin"));

        List<FileResult> results = source(IngestConfig.defaults(), 1 << 20).ingest(List.of(dir));

        assertThat(results).extracting(r -> dir.relativize(r.file()).toString().replace('\\', '/'))
                .containsExactly("a.txt", "b.json", "sub/deeper/c.txt");
        assertThat(results).allSatisfy(r -> assertThat(r.result().ok()).isTrue());
        assertThat(sink.published()).extracting(RawArticle::getFormat)
                .containsExactlyInAnyOrder("agency-text", "ninjs", "agency-text");
    }

    @Test
    void namesEachInputByThePathAsGivenNotAnAbsolutePath() throws IOException {
        Path relativeDir = Path.of("target", "file-source-test-" + System.nanoTime());
        Files.createDirectories(relativeDir.resolve("sub"));
        try {
            Files.write(relativeDir.resolve("sub/bad.bin"), Fixtures.bytes("agency-text/garbage.bin"));

            source(IngestConfig.defaults(), 1 << 20).ingest(List.of(relativeDir));

            assertThat(sink.deadLetters()).singleElement().extracting(DeadLetter::getOrigin)
                    .isEqualTo(relativeDir.resolve("sub/bad.bin").toString());
        } finally {
            Files.deleteIfExists(relativeDir.resolve("sub/bad.bin"));
            Files.deleteIfExists(relativeDir.resolve("sub"));
            Files.deleteIfExists(relativeDir);
        }
    }

    @Test
    void retriesAnInputWhoseTransactionFailedAndPublishesItOnce() throws IOException {
        Path file = Files.write(dir.resolve("ferry.txt"), Fixtures.bytes("agency-text/minimal.txt"));
        sink.failNext(FileSource.MAX_ATTEMPTS - 1);

        List<FileResult> results = source(IngestConfig.defaults(), 1 << 20).ingest(List.of(file));

        assertThat(results).singleElement().satisfies(r -> assertThat(r.result().ok()).isTrue());
        assertThat(sink.submitted()).isEqualTo(FileSource.MAX_ATTEMPTS);
        assertThat(sink.published()).hasSize(1);
    }

    @Test
    void stopsWithTheSinksErrorOnceRetriesAreExhausted() throws IOException {
        Path file = Files.write(dir.resolve("ferry.txt"), Fixtures.bytes("agency-text/minimal.txt"));
        sink.failNext(FileSource.MAX_ATTEMPTS);

        assertThatThrownBy(() -> source(IngestConfig.defaults(), 1 << 20).ingest(List.of(file)))
                .hasMessageContaining("transaction aborted");
        assertThat(sink.published()).isEmpty();
    }

    @Test
    void ingestsManyFilesInFlightWithEveryResultInOrder() throws IOException {
        for (int i = 0; i < 200; i++) {
            Files.writeString(dir.resolve(String.format("story-%03d.txt", i)),
                    "Story " + i + "\nNEWS\n\nThe harbour council approved budget number " + i + " on Monday evening.\n", StandardCharsets.UTF_8);
        }

        List<FileResult> results = new FileSource(new Ingestor(FormatDetector.standard(), sink, 1 << 20, CLOCK),
                IngestConfig.defaults(), CLOCK, 4).ingest(List.of(dir));

        assertThat(results).hasSize(200);
        assertThat(results.get(199).file().getFileName().toString()).isEqualTo("story-199.txt");
        assertThat(sink.published()).extracting(RawArticle::getHeadline).doesNotHaveDuplicates().hasSize(200);
    }

    @Test
    void passesTheProviderHintAndReceiptTimeToTheFormat() throws IOException {
        Path file = Files.write(dir.resolve("ferry.txt"), Fixtures.bytes("agency-text/minimal.txt"));

        source(IngestConfig.from(Map.of("bootstrap.servers", "localhost:9092", "provider", "Calmara Wire")), 1 << 20).ingest(List.of(file));

        RawArticle article = sink.published().get(0);
        assertThat(article.getProvider()).isEqualTo("Calmara Wire");
        assertThat(article.getId()).matches("calmara-wire:ferry-to-isola-brava-sails-again-after-[0-9a-f]{12}");
        assertThat(article.getOrigin()).isEqualTo(file.toString());
        assertThat(article.getReceivedAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void keepsGoingPastABadAndAMissingFile() throws IOException {
        Path bad = Files.write(dir.resolve("bad.bin"), Fixtures.bytes("agency-text/garbage.bin"));
        Path missing = dir.resolve("missing.txt");
        Path good = Files.write(dir.resolve("good.txt"), Fixtures.bytes("agency-text/minimal.txt"));

        List<FileResult> results = source(IngestConfig.defaults(), 1 << 20).ingest(List.of(bad, missing, good));

        assertThat(results).extracting(r -> r.result().ok()).containsExactly(false, false, true);
        assertThat(results.get(1).result().reason()).contains("missing.txt");
        assertThat(sink.deadLetters()).as("a missing file has no bytes to dead-letter").hasSize(1);
        assertThat(sink.published()).hasSize(1);
    }

    @Test
    void deadLettersAnOversizedFileWithItsBytesAndHash() throws IOException {
        Path big = Files.write(dir.resolve("big.txt"), new byte[101]);

        List<FileResult> results = source(IngestConfig.defaults(), 100).ingest(List.of(big));

        assertThat(results.get(0).result().reason()).startsWith("input of 101 bytes exceeds the limit of 100 bytes");
        assertThat(sink.deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.getPayload().remaining()).isEqualTo(101);
            assertThat(letter.getOriginalLength()).isEqualTo(101L);
            assertThat(letter.getOriginalSha256()).hasSize(64);
        });
    }

    @Test
    void deadLettersAFileOverTheDeadLetterCapWithAPrefix() throws IOException {
        int cap = io.wirestream.schemas.deadletter.DeadLetters.DEFAULT_MAX_PAYLOAD_BYTES;
        Path big = dir.resolve("huge.txt");
        try (var out = Files.newOutputStream(big)) {
            out.write(new byte[cap]);
            out.write(new byte[1024 * 1024]);
        }

        source(IngestConfig.defaults(), 2L * 1024 * 1024).ingest(List.of(big));

        assertThat(sink.deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.getPayload().remaining()).isEqualTo(cap);
            assertThat(letter.getPayloadTruncated()).isTrue();
            assertThat(letter.getOriginalLength()).isEqualTo(cap + 1024L * 1024);
        });
    }

    @Test
    void rejectsAnUnknownPinnedFormatNamingTheKey() {
        assertThatThrownBy(() -> source(IngestConfig.from(Map.of("bootstrap.servers", "localhost:9092", "format", "no-such-format")), 100))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.format");
    }
}
