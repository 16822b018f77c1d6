package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the demo does when it stops (Ctrl-C runs the same as a shutdown hook). */
class DemoShutdownTest {

    @TempDir
    Path tmp;

    @Test
    void stopsEverythingInOrderPrintsAClosingLineAndDeletesItsFolders() throws Exception {
        Path state = Files.createDirectories(tmp.resolve("state/enrich/0_0"));
        Files.writeString(state.resolve("store"), "x");
        Path drop = Files.createDirectories(tmp.resolve("drop"));
        List<String> stopped = new ArrayList<>();
        StringWriter out = new StringWriter();
        DemoShutdown shutdown = new DemoShutdown(new PrintWriter(out), System.nanoTime(), () -> 5, () -> 1,
                List.of(() -> stopped.add("printer"), () -> {
                    throw new IllegalStateException("broker already gone");
                }, () -> stopped.add("broker")), List.of(tmp.resolve("state"), drop));

        shutdown.run();
        shutdown.run(); // the hook and the normal exit may both call it

        assertThat(stopped).containsExactly("printer", "broker");
        assertThat(tmp.resolve("state")).doesNotExist();
        assertThat(drop).doesNotExist();
        assertThat(out.toString()).containsPattern("stopped after [0-9.]+ s: 5 stories, 1 dead letter\\(s\\)")
                .contains("broker already gone");
        assertThat(out.toString().split("stopped after", -1)).hasSize(2);
    }
}
