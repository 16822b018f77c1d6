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
                            + exception.getMessage());
                    commandLine.getErr().flush();
                    LoggerFactory.getLogger(WirestreamCommand.class).debug("command failed", exception);
                    return 1;
                });
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
