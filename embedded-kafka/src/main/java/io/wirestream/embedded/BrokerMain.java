package io.wirestream.embedded;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded broker as a process of its own, for crash tests that kill and restart the broker:
 * {@code java -cp ... io.wirestream.embedded.BrokerMain --data-dir DIR --port PORT
 * [--controller-port PORT] [--set key=value]...}.
 *
 * <p>The first start formats {@code DIR}; a restart on the same {@code DIR} (after SIGTERM or
 * SIGKILL) reuses its topics, committed offsets and transaction state. Once the broker answers,
 * the process prints {@code READY <bootstrap servers>} on stdout. SIGTERM stops it cleanly; the
 * directory is never deleted. The controller port defaults to {@code PORT + 1}.
 *
 * <p>Exit codes: 2 for bad arguments, 1 if the broker did not start.
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    /**
     * Starts the broker and blocks until the JVM is told to stop.
     *
     * @param args see the class description
     * @throws InterruptedException if the main thread is interrupted while the broker runs
     */
    public static void main(String[] args) throws InterruptedException {
        Path dataDir = null;
        int port = -1;
        int controllerPort = -1;
        Map<String, String> overrides = new HashMap<>();
        try {
            List<String> list = List.of(args);
            for (int i = 0; i < list.size(); i++) {
                String arg = list.get(i);
                String value = i + 1 < list.size() ? list.get(i + 1) : null;
                if (value == null) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                switch (arg) {
                    case "--data-dir" -> dataDir = Path.of(value);
                    case "--port" -> port = Integer.parseInt(value);
                    case "--controller-port" -> controllerPort = Integer.parseInt(value);
                    case "--set" -> {
                        int eq = value.indexOf('=');
                        if (eq <= 0) {
                            throw new IllegalArgumentException("--set wants key=value, got '" + value + "'");
                        }
                        overrides.put(value.substring(0, eq), value.substring(eq + 1));
                    }
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
                i++;
            }
            if (dataDir == null || port <= 0) {
                throw new IllegalArgumentException("--data-dir and --port are required");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("BrokerMain: " + e.getMessage()
                + "\nusage: BrokerMain --data-dir DIR --port PORT [--controller-port PORT] [--set key=value]...");
            System.exit(2);
            return;
        }
        EmbeddedKafka kafka;
        try {
            kafka = EmbeddedKafka.startOn(dataDir, port, controllerPort > 0 ? controllerPort : port + 1, overrides);
        } catch (RuntimeException e) {
            System.err.println("BrokerMain: broker did not start on " + dataDir + ": " + e);
            System.exit(1);
            return;
        }
        // EmbeddedKafka's own shutdown hook stops the broker on SIGTERM; this thread only waits.
        System.out.println("READY " + kafka.bootstrapServers());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
