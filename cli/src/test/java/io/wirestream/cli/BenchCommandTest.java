package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.cli.bench.BenchOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Option parsing of {@code bench pipeline} (nothing is run) and the bench subcommands. */
class BenchCommandTest {

    private static PipelineBenchCommand parse(String... args) {
        CommandLine line = WirestreamCommand.commandLine();
        CommandLine.ParseResult result = line.parseArgs(args);
        return (PipelineBenchCommand) result.subcommand().subcommand().commandSpec().userObject();
    }

    @Test
    void parsesDefaults() {
        BenchOptions options = parse("bench", "pipeline").options();

        assertThat(options).isEqualTo(new BenchOptions(5000, 1000, 100, 20, 10, 3, false,
                List.of("-Xms128m", "-Xmx768m"), Map.of(), 1));
    }

    @Test
    void parsesEveryOption() {
        BenchOptions options = parse("bench", "pipeline", "--stories", "200", "--warm-up", "0", "--rate", "50",
                "--seconds", "4", "--drop-files", "0", "--partitions", "1", "--processes",
                "--child-java-opts", " -Xmx1g  -XX:+UseSerialGC ", "--set", "commit.interval.ms=100",
                "--set", "enrich.streams.num.stream.threads=2", "--seed", "9").options();

        assertThat(options).isEqualTo(new BenchOptions(200, 0, 50, 4, 0, 1, true, List.of("-Xmx1g", "-XX:+UseSerialGC"),
                Map.of("commit.interval.ms", "100", "enrich.streams.num.stream.threads", "2"), 9));
    }

    @Test
    void refusesABadValueWithUsageExitCode() {
        StringWriter err = new StringWriter();
        CommandLine line = WirestreamCommand.commandLine();
        line.setErr(new PrintWriter(err));

        int exit = line.execute("bench", "pipeline", "--stories", "0");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--stories must be positive");
    }

    @Test
    void keepsBenchNerAndListsBothSubcommands() {
        StringWriter out = new StringWriter();
        CommandLine line = WirestreamCommand.commandLine();
        line.setOut(new PrintWriter(out));

        line.execute("bench", "--help");

        assertThat(out.toString()).contains("ner", "pipeline");
        assertThat(parseNer("bench", "ner", "--warmup", "1", "--seconds", "2").seconds).isEqualTo(2.0);
    }

    private static NerBenchCommand parseNer(String... args) {
        CommandLine.ParseResult result = WirestreamCommand.commandLine().parseArgs(args);
        return (NerBenchCommand) result.subcommand().subcommand().commandSpec().userObject();
    }
}
