package io.wirestream.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the broker and the stages as real OS processes from the jars the reactor built:
 * {@code embedded-kafka/target} for the broker ({@code BrokerMain}), {@code cli/target} for
 * {@code wirestream run} (the production class path, as the launcher script and container use).
 * The root comes from the system property {@code wirestream.root} that failsafe sets.
 */
final class Launcher {

    private final Path root;
    private final Path logDir;

    Launcher(Path root, Path logDir) {
        this.root = root.toAbsolutePath().normalize();
        this.logDir = logDir;
        requireBuilt(this.root.resolve("cli/target/wirestream-cli.jar"));
        requireBuilt(this.root.resolve("cli/target/lib"));
        requireBuilt(this.root.resolve("embedded-kafka/target/wirestream-embedded-kafka.jar"));
        requireBuilt(this.root.resolve("embedded-kafka/target/lib"));
    }

    private static void requireBuilt(Path path) {
        if (!Files.exists(path)) {
            throw new IllegalStateException(path + " is missing: build the reactor (./mvnw -pl chaos -am verify) "
                    + "so that cli and embedded-kafka are packaged before the chaos tests run");
        }
    }

    Path logDir() {
        return logDir;
    }

    /** Starts the broker on {@code dataDir} and waits until it prints READY. */
    OsProcess broker(Path dataDir, int port, int controllerPort) {
        List<String> command = java("-Xms128m", "-Xmx512m");
        command.addAll(List.of("-cp", root.resolve("embedded-kafka/target/wirestream-embedded-kafka.jar") + ":"
                        + root.resolve("embedded-kafka/target/lib") + "/*",
                "io.wirestream.embedded.BrokerMain", "--data-dir", dataDir.toString(),
                "--port", Integer.toString(port), "--controller-port", Integer.toString(controllerPort)));
        OsProcess broker = OsProcess.start("broker", command, logDir);
        awaitBroker(broker, 0);
        return broker;
    }

    /** Restarts a stopped broker on the same directory and ports and waits until it is READY. */
    OsProcess restartBroker(OsProcess broker) {
        long skip = broker.stdoutSize();
        OsProcess restarted = broker.restart();
        awaitBroker(restarted, skip);
        return restarted;
    }

    private static void awaitBroker(OsProcess broker, long skip) {
        broker.awaitOutput("READY", skip, Duration.ofSeconds(120));
    }

    /**
     * Starts {@code wirestream run --stage <stage>} with the given extra arguments
     * ({@code --bootstrap-servers}, {@code --config}, ...); returns at once.
     */
    OsProcess stage(String name, String stage, List<String> args) {
        List<String> command = java("-Xms64m", "-Xmx384m", "-XX:TieredStopAtLevel=1");
        command.addAll(List.of("-cp", root.resolve("cli/target/wirestream-cli.jar") + ":"
                + root.resolve("cli/target/lib") + "/*", "io.wirestream.cli.WirestreamCommand",
                "run", "--stage", stage));
        command.addAll(args);
        return OsProcess.start(name, command, logDir);
    }

    private static List<String> java(String... options) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+UseSerialGC");
        command.addAll(List.of(options));
        return command;
    }

    /** Two free loopback ports (picked, then released: the broker binds them). */
    static int[] freePorts() {
        try (ServerSocket a = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ServerSocket b = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return new int[] {a.getLocalPort(), b.getLocalPort()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
