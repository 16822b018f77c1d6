package io.wirestream.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettlingTest {

    private static final long SETTLE = 1_000;
    private static final Path FILE = Path.of("in/story.txt");

    private final Settling settling = new Settling(SETTLE);

    private static Settling.Stamp stamp(long size, long modifiedMillis) {
        return new Settling.Stamp(size, FileTime.fromMillis(modifiedMillis));
    }

    @Test
    void offersAFileOnceItHasStayedUnchangedForTheSettleTime() {
        assertThat(settling.ready(Map.of(FILE, stamp(10, 1)), 0)).isEmpty();
        assertThat(settling.ready(Map.of(FILE, stamp(10, 1)), SETTLE - 1)).isEmpty();
        assertThat(settling.ready(Map.of(FILE, stamp(10, 1)), SETTLE)).containsExactly(FILE);
    }

    @Test
    void neverOffersAFileThatKeepsGrowing() {
        for (int scan = 0; scan < 10; scan++) {
            assertThat(settling.ready(Map.of(FILE, stamp(10 + scan, 1)), scan * SETTLE)).isEmpty();
        }
    }

    @Test
    void restartsTheSettleTimeWhenOnlyTheModificationTimeChanges() {
        settling.ready(Map.of(FILE, stamp(10, 1)), 0);
        assertThat(settling.ready(Map.of(FILE, stamp(10, 2)), SETTLE)).isEmpty();
        assertThat(settling.ready(Map.of(FILE, stamp(10, 2)), 2 * SETTLE)).containsExactly(FILE);
    }

    @Test
    void waitsForTheRetryTimeOfAFailedFile() {
        settling.ready(Map.of(FILE, stamp(10, 1)), 0);
        settling.retryAfter(FILE, 5 * SETTLE);

        assertThat(settling.ready(Map.of(FILE, stamp(10, 1)), 2 * SETTLE)).isEmpty();
        assertThat(settling.ready(Map.of(FILE, stamp(10, 1)), 5 * SETTLE)).containsExactly(FILE);
    }

    @Test
    void holdsAFileUntilItChanges() {
        settling.ready(Map.of(FILE, stamp(10, 1)), 0);
        settling.holdUntilChanged(FILE);

        assertThat(settling.ready(Map.of(FILE, stamp(10, 1)), 100 * SETTLE)).isEmpty();
        settling.ready(Map.of(FILE, stamp(11, 3)), 101 * SETTLE);
        assertThat(settling.ready(Map.of(FILE, stamp(11, 3)), 102 * SETTLE)).containsExactly(FILE);
    }

    @Test
    void startsAfreshForANewFileUnderAHandledName() {
        settling.ready(Map.of(FILE, stamp(10, 1)), 0);
        settling.done(FILE);

        assertThat(settling.ready(Map.of(FILE, stamp(10, 1)), SETTLE)).as("first sight again").isEmpty();
    }

    @Test
    void forgetsFilesThatDisappeared() {
        settling.ready(Map.of(FILE, stamp(10, 1)), 0);
        settling.ready(Map.of(), SETTLE);

        assertThat(settling.ready(Map.of(FILE, stamp(10, 1)), 2 * SETTLE)).isEmpty();
    }
}
