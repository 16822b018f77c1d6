package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import io.wirestream.embedded.KafkaCluster;
import io.wirestream.testkit.SharedKafkaExtension;
import io.wirestream.testkit.TopicNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code wirestream demo} as a user runs it, pointed at the shared test broker (the demo starts its
 * own embedded broker the same way when none is given): the bundled samples, live output.
 */
@ExtendWith(SharedKafkaExtension.class)
class DemoCommandIT {

    @TempDir
    Path drop;

    @Test
    void demoShowsTheBundledStoriesEnrichedAndTheBrokenOneDeadLettered(KafkaCluster kafka, TestInfo info) {
        StringWriter out = new StringWriter();
        CommandLine cli = WirestreamCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));

        int code = cli.execute("demo", "--exit-when-done", "--drop-folder", drop.toString(),
                "--bootstrap-servers", kafka.bootstrapServers(), "--topic-prefix", TopicNames.unique(info) + ".");

        String text = out.toString();
        assertThat(code).as(text).isZero();
        assertThat(text).contains("NATO chief to reassure Kosovo", "Mark Rutte", "Ivan Vejvoda", "EUFOR",
                "Bosnia and Herzegovina", "→ desk balkans", "UPDATE v2", "KILL v2", "DEAD LETTER (ingest)",
                "06-truncated-transmission.json", "5 stories, 1 dead letter(s)");
        assertThat(text).containsPattern("Dashboard: http://127\\.0\\.0\\.1:[0-9]+/ ");
        // No token configured: the demo makes one up and prints it with the push URL.
        assertThat(text).containsPattern(
                "Push: curl -H 'Authorization: Bearer [A-Za-z0-9_-]{43}' .* http://127\\.0\\.0\\.1:[0-9]+/v1/articles");
    }
}
