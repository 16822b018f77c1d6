package io.wirestream.cli;

import picocli.CommandLine.Option;

/** Options of the commands that parse files themselves ({@code parse}, {@code enrich}). */
final class ParseOptions {

    @Option(names = "--format", paramLabel = "ID", description = "Parse with this format instead of detecting it.")
    String format;

    @Option(names = "--provider", paramLabel = "NAME", description = "Provider for input that names none.")
    String provider;

    /** A parser set up with these options. */
    OfflineIngest offlineIngest() {
        return new OfflineIngest(format, provider);
    }
}
