package io.wirestream.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.ingest.Fixtures;
import io.wirestream.ingest.IngestConfig;
import io.wirestream.ingest.IngestResult;
import io.wirestream.ingest.Ingestor;
import io.wirestream.ingest.RecordingSink;
import io.wirestream.ingest.format.FormatDetector;
import io.wirestream.ingest.ledger.LedgerEntry;
import io.wirestream.ingest.ledger.LedgerIndex;
import io.wirestream.testkit.Await;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drop folder with a (fake, in-memory) ingest ledger: what was committed is not sent again. */
class DropFolderLedgerTest {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    private final RecordingSink sink = new RecordingSink();
    private final LedgerIndex ledger = new LedgerIndex(100);
    private DropFolderSource source;

    private DropFolderSource newSource() {
        IngestConfig config = new IngestConfig(folder, Duration.ofMillis(50), "Liburna", 1 << 20, null);
        source = new DropFolderSource(config, new Ingestor(FormatDetector.standard(), sink), Clock.systemUTC(), 2, ledger);
        return source;
    }

    @AfterEach
    void close() {
        if (source != null) {
            source.close();
        }
    }

    @Test
    void writesOneLedgerEntryWithEachFileKeyedByPathSizeAndHash() throws IOException {
        byte[] story = Fixtures.bytes("agency-text/minimal.txt");
        Files.createDirectories(folder.resolve("agency"));
        Files.write(folder.resolve("agency/story.txt"), story);
        newSource().start();

        Await.until(DEADLINE, "story filed", () -> Files.exists(folder.resolve("done/agency/story.txt")));

        String sha = io.wirestream.schemas.deadletter.OriginalBytes.of(story, 0).sha256();
        assertThat(sink.ledgerEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.key()).isEqualTo("drop-folder:" + folder.toAbsolutePath().normalize()
                    + "|agency/story.txt|" + story.length + "|" + sha);
            assertThat(entry.articles()).isEqualTo(1);
            assertThat(entry.formatId()).isEqualTo("agency-text");
        });
        assertThat(ledger.find(sink.ledgerEntries().get(0).key())).as("known to this process once committed").isPresent();
    }

    @Test
    void aFileTheLedgerHoldsIsMovedToDoneWithoutBeingSentAgain() throws IOException {
        byte[] story = Fixtures.bytes("agency-text/minimal.txt");
        Path file = Files.write(folder.resolve("story.txt"), story);
        DropFolderSource fresh = newSource();
        // The state a SIGKILL between commit and move leaves: committed, file still in the folder.
        String key = fresh.ledgerKey("story.txt", FileReading.read(file, 1 << 20, 1024));
        ledger.committed(LedgerEntry.of(key, "v", IngestResult.success("agency-text", 1), Instant.now()));
        fresh.start();

        Await.until(DEADLINE, "story moved", () -> Files.exists(folder.resolve("done/story.txt")));

        assertThat(sink.submitted()).isZero();
        assertThat(file).doesNotExist();
        assertThat(fresh.health().items()).as("not counted: this run committed nothing").isZero();
    }

    @Test
    void aDeadLetterTheLedgerHoldsIsMovedToFailedWithItsReason() throws IOException {
        Path file = Files.write(folder.resolve("bad.bin"), Fixtures.bytes("agency-text/garbage.bin"));
        DropFolderSource fresh = newSource();
        String key = fresh.ledgerKey("bad.bin", FileReading.read(file, 1 << 20, 1024));
        ledger.committed(LedgerEntry.of(key, "v", IngestResult.failure(null, "no wire format recognised"), Instant.now()));
        fresh.start();

        Await.until(DEADLINE, "reason written", () -> Files.exists(folder.resolve("failed/bad.bin.reason.txt")));

        assertThat(sink.submitted()).isZero();
        assertThat(Files.readString(folder.resolve("failed/bad.bin.reason.txt"))).startsWith("no wire format recognised");
    }

    @Test
    void theSameBytesDroppedAgainAreFiledOnceButChangedBytesAreSent() throws IOException {
        byte[] story = Fixtures.bytes("agency-text/minimal.txt");
        Files.write(folder.resolve("story.txt"), story);
        newSource().start();
        Await.until(DEADLINE, "first filed", () -> Files.exists(folder.resolve("done/story.txt")));

        Files.write(folder.resolve("story.txt"), story);
        Await.until(DEADLINE, "copy filed", () -> Files.exists(folder.resolve("done/story-1.txt")));
        assertThat(sink.submitted()).as("what this process committed counts too").isEqualTo(1);

        byte[] changed = (new String(story, java.nio.charset.StandardCharsets.UTF_8) + "\nOne more line.\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(folder.resolve("story.txt"), changed);
        Await.until(DEADLINE, "changed filed", () -> Files.exists(folder.resolve("done/story-2.txt")));
        assertThat(sink.submitted()).isEqualTo(2);
        assertThat(sink.ledgerEntries()).extracting(LedgerEntry::key).doesNotHaveDuplicates().hasSize(2);
    }
}
