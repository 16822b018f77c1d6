package io.wirestream.cli;

import picocli.CommandLine.Command;

/** {@code wirestream bench ner|pipeline}: measurements, not tests. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks (measurements, not tests).", "",
                "ner: the entity tagger and the enricher, single thread.",
                "pipeline: ingest, enrich and publish with exactly-once on an embedded",
                "broker: throughput, latency, drop-folder time, the broker's raw ceiling."},
        subcommands = {NerBenchCommand.class, PipelineBenchCommand.class})
final class BenchCommand {
}
