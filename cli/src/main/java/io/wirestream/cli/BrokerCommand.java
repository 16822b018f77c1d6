package io.wirestream.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A single-node KRaft broker as a process of its own, for running the stages as separate processes (and reading
 * the topics with kcat or any Kafka client) on a machine without a Kafka installation or Docker.
 */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = {"Run a single-node Kafka broker (KRaft) until Ctrl-C.", "",
                "The real Kafka server, for development and tests (production: a real cluster).",
                "Prints READY <bootstrap servers> once it answers. The data folder is formatted",
                "on first start and kept: a restart keeps topics, offsets and transactions."})
final class BrokerCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "9092", description = "Client port (default ${DEFAULT-VALUE}); the "
            + "controller listens on the next one.")
    int port;

    @Option(names = "--data-dir", defaultValue = "${sys:user.home}/.wirestream/broker",
            description = "Log and metadata folder (default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A broker setting (repeatable).")
    List<String> settings = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        try {
            Class.forName("io.wirestream.embedded.BrokerMain");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the embedded Kafka broker is not on this class path (run ./wirestream"
                    + " from a checkout)");
        }
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--port", Integer.toString(port)));
        for (String setting : settings) {
            args.add("--set");
            args.add(setting);
        }
        io.wirestream.embedded.BrokerMain.main(args.toArray(String[]::new));
        return 0;
    }
}
