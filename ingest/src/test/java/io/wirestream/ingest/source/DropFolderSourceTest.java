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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropFolderSourceTest {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    private final RecordingSink sink = new RecordingSink();
    private DropFolderSource source;

    private DropFolderSource newSource() {
        IngestConfig config = new IngestConfig(folder, Duration.ofMillis(50), "Liburna", 1 << 20, null);
        source = new DropFolderSource(config, new Ingestor(FormatDetector.standard(), sink));
        return source;
    }

    @AfterEach
    void close() {
        if (source != null) {
            source.close();
        }
    }

    /** Polls until the condition holds or the deadline passes; returns whether it held. */
    private static boolean await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(10); // poll step only; no assertion depends on how long this takes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    @Test
    void filesGoodInputInDoneAndBadInputInFailedWithItsReason() throws IOException {
        // Present before start: picked up by the initial scan.
        Files.write(folder.resolve("good.txt"), Fixtures.bytes("agency-text/minimal.txt"));
        Files.write(folder.resolve(".hidden.txt"), Fixtures.bytes("agency-text/minimal.txt"));
        Files.write(folder.resolve("upload.txt.tmp"), Fixtures.bytes("agency-text/minimal.txt"));
        newSource().start();
        // Arrives while running: picked up through the watch.
        Files.write(folder.resolve("bad.bin"), Fixtures.bytes("agency-text/garbage.bin"));

        Path done = folder.resolve("done/good.txt");
        Path failed = folder.resolve("failed/bad.bin");
        Path reason = folder.resolve("failed/bad.bin.reason.txt");
        assertThat(await(() -> Files.exists(done) && Files.exists(reason))).as("both files processed").isTrue();

        assertThat(folder.resolve("good.txt")).doesNotExist();
        assertThat(folder.resolve("bad.bin")).doesNotExist();
        assertThat(failed).hasBinaryContent(Fixtures.bytes("agency-text/garbage.bin"));
        assertThat(Files.readString(reason)).startsWith("no wire format recognised (tried "
                + String.join(", ", io.wirestream.ingest.format.FormatDetector.standard().ids()) + ")");
        assertThat(sink.published()).singleElement().extracting(RawArticle::getId).asString().startsWith("liburna:ferry-to-isola-brava-sails-again-after-");
        assertThat(sink.deadLetters()).hasSize(1);
        assertThat(source.health().items()).isEqualTo(1);
        assertThat(source.health().deadLetters()).isEqualTo(1);
        assertThat(source.health().lastSuccess()).isNotNull();
        assertThat(source.health().quiet()).isFalse();
        // Seen in the same scans as good.txt, and left alone.
        assertThat(folder.resolve(".hidden.txt")).exists();
        assertThat(folder.resolve("upload.txt.tmp")).exists();
    }

    @Test
    void takesFilesInSubfoldersNamedRelativeToTheFolderAndFilesThemUnderTheSamePath() throws IOException {
        Files.createDirectories(folder.resolve("agency/2025"));
        Files.write(folder.resolve("agency/2025/good.txt"), Fixtures.bytes("agency-text/minimal.txt"));
        Files.write(folder.resolve("agency/bad.bin"), Fixtures.bytes("agency-text/garbage.bin"));
        Files.write(folder.resolve("agency/late.txt.partial"), Fixtures.bytes("agency-text/minimal.txt"));
        newSource().start();

        assertThat(await(() -> Files.exists(folder.resolve("done/agency/2025/good.txt"))
                && Files.exists(folder.resolve("failed/agency/bad.bin.reason.txt")))).isTrue();

        assertThat(sink.published()).singleElement().extracting(RawArticle::getOrigin).isEqualTo("agency/2025/good.txt");
        assertThat(sink.deadLetters()).singleElement().satisfies(letter -> {
            assertThat(letter.getOrigin()).isEqualTo("agency/bad.bin");
            assertThat(letter.getPayload().remaining()).isEqualTo(Fixtures.bytes("agency-text/garbage.bin").length);
        });
        assertThat(folder.resolve("agency/late.txt.partial")).exists();
    }

    @Test
    void leavesAFileInPlaceWhileItsTransactionFailsAndFilesItOnceCommitted() throws IOException {
        sink.failNext(1);
        IngestConfig config = new IngestConfig(folder, Duration.ofMillis(50), "Liburna", 1 << 20, null);
        // A short retry delay is not configurable (at least 30 s), so check the failed attempt only.
        Files.write(folder.resolve("story.txt"), Fixtures.bytes("agency-text/minimal.txt"));
        source = new DropFolderSource(config, new Ingestor(FormatDetector.standard(), sink));
        source.start();

        assertThat(await(() -> sink.submitted() >= 1)).isTrue();
        source.close();

        assertThat(folder.resolve("story.txt")).as("not committed: left in place").exists();
        assertThat(folder.resolve("done/story.txt")).doesNotExist();
        assertThat(sink.published()).isEmpty();
    }

    @Test
    void takesAPartialFileOnceItIsRenamedIn() throws IOException {
        newSource().start();
        Path partial = Files.write(folder.resolve("late.txt.part"), Fixtures.bytes("agency-text/minimal.txt"));
        Files.move(partial, folder.resolve("late.txt"));

        assertThat(await(() -> Files.exists(folder.resolve("done/late.txt")))).isTrue();
        assertThat(sink.published()).hasSize(1);
    }

    @Test
    void givesAClashingNameAUniqueSuffix() throws IOException {
        Files.createDirectories(folder.resolve("done"));
        Files.writeString(folder.resolve("done/story.txt"), "an earlier story", StandardCharsets.UTF_8);
        Files.write(folder.resolve("story.txt"), Fixtures.bytes("agency-text/minimal.txt"));
        newSource().start();

        assertThat(await(() -> Files.exists(folder.resolve("done/story-1.txt")))).isTrue();
        assertThat(folder.resolve("done/story.txt")).hasContent("an earlier story");
        assertThat(folder.resolve("done/story-1.txt")).hasBinaryContent(Fixtures.bytes("agency-text/minimal.txt"));
    }

    @Test
    void runBlocksUntilClosedFromAnotherThread() throws Exception {
        DropFolderSource blocking = newSource();
        CompletableFuture<Void> running = CompletableFuture.runAsync(blocking::run);
        Files.write(folder.resolve("a.txt"), Fixtures.bytes("agency-text/minimal.txt"));
        assertThat(await(() -> Files.exists(folder.resolve("done/a.txt")))).isTrue();
        assertThat(running).isNotDone();

        blocking.close();

        assertThat(await(running::isDone)).isTrue();
        assertThat(running).isCompleted();
    }

    @Test
    void startsOnlyOnce() {
        DropFolderSource once = newSource();
        once.start();

        assertThatThrownBy(once::start).isInstanceOf(IllegalStateException.class);
        once.close();
        assertThatThrownBy(once::run).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsAMissingFolderNamingTheKey() {
        IngestConfig config = IngestConfig.defaults().withDropFolder(folder.resolve("nope"));

        assertThatThrownBy(() -> new DropFolderSource(config, new Ingestor(FormatDetector.standard(), sink)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.drop.folder");
    }
}
