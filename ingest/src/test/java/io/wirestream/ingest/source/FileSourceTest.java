package io.wirestream.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.ingest.Fixtures;
import io.wirestream.ingest.IngestConfig;
import io.wirestream.ingest.Ingestor;
import io.wirestream.ingest.RecordingSink;
import io.wirestream.ingest.format.FormatDetector;
import io.wirestream.schemas.RawArticle;
import java.io.IOException;
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
    void ingestsTheRegularFilesOfADirectoryInNameOrderSkippingHiddenOnes() throws IOException {
        Files.write(dir.resolve("b.json"), Fixtures.bytes("ninjs/1x-minimal.json"));
        Files.write(dir.resolve("a.txt"), Fixtures.bytes("agency-text/minimal.txt"));
        Files.write(dir.resolve(".hidden.txt"), Fixtures.bytes("agency-text/full.txt"));
        Files.createDirectory(dir.resolve("sub"));

        List<FileResult> results = source(IngestConfig.defaults(), 1 << 20).ingest(List.of(dir));

        assertThat(results).extracting(r -> r.file().getFileName().toString()).containsExactly("a.txt", "b.json");
        assertThat(results).allSatisfy(r -> assertThat(r.result().ok()).isTrue());
        assertThat(sink.published()).extracting(RawArticle::getFormat).containsExactly("agency-text", "ninjs");
    }

    @Test
    void passesTheProviderHintAndReceiptTimeToTheFormat() throws IOException {
        Path file = Files.write(dir.resolve("ferry.txt"), Fixtures.bytes("agency-text/minimal.txt"));

        source(IngestConfig.from(Map.of("ingest.provider", "Calmara Wire")), 1 << 20).ingest(List.of(file));

        RawArticle article = sink.published().get(0);
        assertThat(article.getProvider()).isEqualTo("Calmara Wire");
        assertThat(article.getId()).isEqualTo("calmara-wire:ferry");
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
    void deadLettersAnOversizedFileWithoutReadingIt() throws IOException {
        Path big = Files.write(dir.resolve("big.txt"), new byte[101]);

        List<FileResult> results = source(IngestConfig.defaults(), 100).ingest(List.of(big));

        assertThat(results.get(0).result().reason()).startsWith("input of 101 bytes exceeds the limit of 100 bytes");
        assertThat(sink.deadLetters()).singleElement().satisfies(letter -> assertThat(letter.getPayload()).isNull());
    }

    @Test
    void rejectsAnUnknownPinnedFormatNamingTheKey() {
        assertThatThrownBy(() -> source(IngestConfig.from(Map.of("ingest.format", "no-such-format")), 100))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.format");
    }
}
