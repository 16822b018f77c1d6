package io.wirestream.cli;

import picocli.CommandLine.Option;

/** Options of the commands that parse files themselves ({@code parse}, {@code enrich}). */
final class ParseOptions {

    @Option(names = "--format", paramLabel = "ID", description = "Parse with this format instead of detecting it.")
    String format;

    @Option(names = "--provider", paramLabel = "NAME", description = "Provider for input that names none.")
    String provider;

    @Option(names = "--pretty", description = "Indented JSON (the default on a terminal).")
    boolean pretty;

    @Option(names = "--compact", description = "One JSON object per line (the default when piped).")
    boolean compact;

    /** A parser set up with these options. */
    OfflineIngest offlineIngest() {
        IngestLogging.quietRejections(); // offline there is no dead-letter topic: the command reports each
        return new OfflineIngest(format, provider);
    }

    /**
     * Whether to indent: as asked, else indented for a person at a terminal and one object per
     * line for a pipe.
     *
     * @param stdoutIsTerminal whether standard output is a terminal
     * @throws IllegalArgumentException if both --pretty and --compact are given
     */
    boolean indent(boolean stdoutIsTerminal) {
        if (pretty && compact) {
            throw new IllegalArgumentException("--pretty and --compact exclude each other");
        }
        return pretty || (!compact && stdoutIsTerminal);
    }

    /** Whether standard output is a terminal (the JVM has a console only when it is). */
    static boolean stdoutIsTerminal() {
        return System.console() != null;
    }
}
