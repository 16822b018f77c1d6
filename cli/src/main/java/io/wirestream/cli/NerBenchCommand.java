package io.wirestream.cli;

import io.wirestream.enrich.bench.NerBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirestream bench ner}: single-thread throughput of the entity tagger and the enricher. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Tokens per CPU-second of the tagger alone and articles per",
                "CPU-second of the whole enricher on generated 600-word articles, after a",
                "warm-up; heap used; model load time."})
final class NerBenchCommand implements Callable<Integer> {

    @Option(names = "--warmup", defaultValue = "5", description = "Warm-up seconds per figure (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--seconds", defaultValue = "10", description = "Measured seconds per figure (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--seed", defaultValue = "1", description = "Article generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        new NerBenchmark(seed).run(spec.commandLine().getOut(), 200, warmup, seconds);
        return 0;
    }
}
