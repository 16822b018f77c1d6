package io.wirestream.cli;

import io.wirestream.cli.bench.BenchOptions;
import io.wirestream.cli.bench.PipelineBench;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirestream bench pipeline}: the whole pipeline with exactly-once on an embedded broker. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"Ingest, enrich and publish with exactly-once on an embedded broker, fed",
                "generated 600-word ninjs stories. Prints: stories/s at full load (first input",
                "to last story read_committed on the JSON topic); p50/p95/p99/max latency from",
                "ingest receipt to the JSON topic at --rate; a file renamed into the drop",
                "folder to the JSON topic; in the same run the broker's raw ceiling (idempotent",
                "producer, read_committed consumer, records of the same size) and the ratio;",
                "heap and machine load. --processes runs each stage as its own process",
                "(wirestream run), fed through the drop folder."})
final class PipelineBenchCommand implements Callable<Integer> {

    @Option(names = "--stories", defaultValue = "5000", description = "Stories at full load (default: ${DEFAULT-VALUE}).")
    int stories;

    @Option(names = "--warm-up", defaultValue = "1000",
            description = "Stories sent first and not measured (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--rate", defaultValue = "100", description = "Offered stories/s for latency (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--seconds", defaultValue = "20", description = "Seconds at --rate (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--drop-files", defaultValue = "10",
            description = "Files renamed into the drop folder one at a time (default: ${DEFAULT-VALUE}; 0: skip).")
    int dropFiles;

    @Option(names = "--partitions", defaultValue = "3", description = "Partitions per topic (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--processes", description = "Each stage as its own OS process (wirestream run --stage ...).")
    boolean processes;

    @Option(names = "--child-java-opts", defaultValue = "-Xms128m -Xmx768m", paramLabel = "OPTS",
            description = "JVM options of each stage process with --processes (default: ${DEFAULT-VALUE}).")
    String childJavaOptions;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "A pipeline setting over the defaults, e.g. commit.interval.ms=100 or"
                    + " enrich.streams.num.stream.threads=2 (repeatable; see `wirestream config`).")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--seed", defaultValue = "1", description = "Article generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    BenchOptions options() {
        return new BenchOptions(stories, warmUp, rate, seconds, dropFiles, partitions, processes,
                Arrays.stream(childJavaOptions.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList(), settings, seed);
    }

    @Override
    public Integer call() throws Exception {
        BenchOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        IngestLogging.quietRejections();
        Path work = Files.createTempDirectory("wirestream-bench");
        try (LocalBroker broker = LocalBroker.start(null)) {
            return new PipelineBench(options, broker.bootstrapServers(), work, spec.commandLine().getOut()).run();
        } finally {
            delete(work);
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
