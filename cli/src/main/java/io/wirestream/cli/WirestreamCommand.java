package io.wirestream.cli;

import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code wirestream} command. */
@Command(name = "wirestream", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Event-driven news ingestion on Kafka: wire copy in, enriched stories out.",
        subcommands = {DemoCommand.class, ParseCommand.class, EnrichCommand.class, RunCommand.class, BrokerCommand.class,
                ConsumeCommand.class,
                ReplayDeadLettersCommand.class,
                ConfigCommand.class,
                TrainNerCommand.class, EvalNerCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class WirestreamCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * A command line with Wirestream's settings: case-insensitive enums, and a failure reported as
     * one line on stderr with exit code 1 (the stack trace goes to the log at DEBUG).
     */
    public static CommandLine commandLine() {
        return new CommandLine(new WirestreamCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
                    commandLine.getErr().println("wirestream " + commandLine.getCommandName() + ": "
                            + reason(exception));
                    commandLine.getErr().flush();
                    LoggerFactory.getLogger(WirestreamCommand.class).debug("command failed", exception);
                    return 1;
                });
    }

    /**
     * The exception's message and, when the message alone does not say why (Kafka's "Failed to create new
     * KafkaAdminClient" for an unresolvable host), the messages of its causes.
     */
    static String reason(Throwable exception) {
        StringBuilder out = new StringBuilder(String.valueOf(exception.getMessage()));
        java.util.Set<String> seen = new java.util.HashSet<>(java.util.List.of(out.toString()));
        for (Throwable cause = exception.getCause(); cause != null && cause != cause.getCause();
                cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && !message.isBlank() && seen.add(message) && !out.toString().contains(message)) {
                out.append(": ").append(message);
            }
        }
        return out.toString();
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
