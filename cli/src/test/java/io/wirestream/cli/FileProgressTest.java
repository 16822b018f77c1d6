package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Progress when stderr is not a terminal: plain periodic lines, then one summary line. */
class FileProgressTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final StringWriter err = new StringWriter();

    private FileProgress progress(int files) {
        return new FileProgress("parse", "rejected", files, new PrintWriter(err), false, now::get,
                Duration.ofSeconds(5));
    }

    @Test
    void printsALineEveryIntervalAndASummaryWithRates() {
        try (FileProgress progress = progress(10)) {
            for (int i = 1; i <= 10; i++) {
                now.addAndGet(Duration.ofSeconds(2).toNanos());
                progress.file(i == 4 ? 0 : 2, i == 4);
            }
        }

        List<String> lines = err.toString().lines().toList();
        assertThat(lines).containsExactly(
                "parse: 3/10 files, 6 stories, 0 rejected, 6.0 s",
                "parse: 6/10 files, 10 stories, 1 rejected, 12.0 s",
                "parse: 9/10 files, 16 stories, 1 rejected, 18.0 s",
                "parse: 10 files, 18 stories, 1 rejected in 20.0 s (0.5 files/s, 0.9 stories/s)");
        assertThat(err.toString()).doesNotContain("\r");
    }

    @Test
    void saysNothingForOneOrTwoFiles() {
        try (FileProgress progress = progress(2)) {
            now.addAndGet(Duration.ofSeconds(60).toNanos());
            progress.file(1, false);
            progress.file(0, true);
        }
        assertThat(err.toString()).isEmpty();
    }
}
