package io.wirestream.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka (KRaft, combined broker and controller) running inside this JVM, from the
 * Kafka server artifacts. Meant for the demo and for integration tests; not for production data. The client listener is
 * plaintext by default or requires SASL/PLAIN ({@link BrokerSecurity}); the controller listener is
 * always plaintext on loopback.
 *
 * <p>{@link #start()} formats a fresh temporary log directory the way {@code kafka-storage format}
 * does by default (random cluster id, latest production {@code metadata.version} and the feature
 * levels that go with it, static single-voter quorum), starts {@code KafkaRaftServer} on free
 * loopback ports and returns once the broker answers {@code DescribeCluster} with itself. Every
 * internal topic (consumer offsets, transaction state, share-group state) has replication factor 1
 * and min ISR 1, so transactions and consumer groups work; topic auto-creation is off.
 *
 * <p>Broker logging is turned down to {@code WARN} unless the application configured the broker's
 * loggers itself; see the system property {@code wirestream.embedded.broker.log.level}
 * ({@code INFO}, {@code DEBUG}, ... or {@code unchanged}).
 *
 * <p>{@link #startOn} instead runs on a given directory and fixed ports, formatting the directory
 * only the first time, so a broker can be stopped (or killed) and started again on the same data.
 *
 * <p><b>Lifecycle:</b> {@link #close()} stops the broker and deletes its temporary directory. It is idempotent
 * and is also run by a JVM shutdown hook if the owner never calls it. A closed instance cannot be
 * restarted; start a new one.
 *
 * <p><b>Thread-safety:</b> all methods may be called from any thread.
 *
 * <p>This is the only class in Wirestream that uses Kafka's internal (non-public-API) classes
 * ({@code KafkaRaftServer}, {@code KafkaConfig}, {@code Formatter}); they change between Kafka
 * releases, so upgrades touch this file only.
 */
public final class EmbeddedKafka implements KafkaCluster {

    /** How long {@link #start()} may take before it gives up. */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final int NODE_ID = 1;
    private static final String HOST = "127.0.0.1";
    private static final String BROKER_LISTENER = "BROKER";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int START_ATTEMPTS = 3;

    /** Settings that define the node's identity and wiring; overriding them would break start(). */
    private static final Set<String> FIXED_KEYS = Set.of(
        "process.roles", "node.id", "listeners", "advertised.listeners", "listener.security.protocol.map",
        "inter.broker.listener.name", "controller.listener.names", "controller.quorum.voters",
        "controller.quorum.bootstrap.servers", "log.dirs", "log.dir", "metadata.log.dir");

    private final Path directory;
    private final KafkaRaftServer server;
    private final Admin admin;
    private final String bootstrapServers;
    private final String clusterId;
    private final Map<String, String> clientSecurity;
    private final boolean ownsDirectory;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook;

    private EmbeddedKafka(Path directory, boolean ownsDirectory, KafkaRaftServer server, Admin admin,
                          String bootstrapServers, String clusterId, Map<String, String> clientSecurity) {
        this.directory = directory;
        this.ownsDirectory = ownsDirectory;
        this.clientSecurity = Map.copyOf(clientSecurity);
        this.server = server;
        this.admin = admin;
        this.bootstrapServers = bootstrapServers;
        this.clusterId = clusterId;
        this.shutdownHook = new Thread(this::close, "wirestream-embedded-kafka-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts a broker with the default single-node settings.
     *
     * @return the running broker, owned by the caller
     * @throws IllegalStateException if it does not start within {@link #START_TIMEOUT}
     */
    public static EmbeddedKafka start() {
        return start(Map.of());
    }

    /**
     * Starts a broker with extra or changed broker settings, e.g.
     * {@code Map.of("transaction.max.timeout.ms", "60000")}.
     *
     * @param brokerOverrides broker configs applied over the defaults; the listener, role, node id,
     *                        quorum and directory settings are fixed and may not be overridden
     * @return the running broker, owned by the caller
     * @throws IllegalArgumentException if an override names a fixed setting
     * @throws IllegalStateException    if it does not start within {@link #START_TIMEOUT}
     */
    public static EmbeddedKafka start(Map<String, String> brokerOverrides) {
        return start(BrokerSecurity.plaintext(), brokerOverrides);
    }

    /**
     * Starts a broker whose client listener requires the given security (SASL/PLAIN users, for
     * one), with extra or changed broker settings.
     *
     * @param security        how clients must authenticate
     * @param brokerOverrides as for {@link #start(Map)}
     * @return the running broker, owned by the caller; {@link #clientSecurity()} lets an admin in
     */
    public static EmbeddedKafka start(BrokerSecurity security, Map<String, String> brokerOverrides) {
        Objects.requireNonNull(security, "security");
        checkOverrides(brokerOverrides);
        BrokerLogging.quiet();
        long started = System.nanoTime();
        long deadline = started + START_TIMEOUT.toNanos();
        RuntimeException lastFailure = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                int[] ports = freePorts(2);
                EmbeddedKafka kafka = startOnce(createDirectory(), true, ports[0], ports[1], security,
                    brokerOverrides, deadline);
                LOG.info("Embedded Kafka {} started at {} in {} ms", kafka.clusterId, kafka.bootstrapServers,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                return kafka;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot pick free ports for Embedded Kafka", e);
            } catch (RuntimeException e) {
                // Free ports are picked before the broker binds them; another process may win the race.
                if (!causedByBindFailure(e)) {
                    throw e;
                }
                LOG.info("Embedded Kafka port was taken before the broker bound it (attempt {}): {}",
                    attempt, e.getMessage());
                lastFailure = e;
            }
        }
        throw lastFailure;
    }

    /**
     * Starts a plaintext broker on a directory that outlives it, on fixed loopback ports: the first
     * start formats the directory, later starts (after a {@link #close()}, or after the process
     * was killed) reuse it with its topics, offsets and transaction state. This is what a broker
     * restart looks like to clients, for crash tests that run the broker as its own process.
     *
     * @param directory       the log directory; created if missing, formatted if it holds no
     *                        {@code meta.properties}, never deleted by this class
     * @param brokerPort      the client listener's port on 127.0.0.1
     * @param controllerPort  the controller listener's port on 127.0.0.1
     * @param brokerOverrides as for {@link #start(Map)}
     * @return the running broker, owned by the caller
     * @throws IllegalArgumentException if an override names a fixed setting
     * @throws IllegalStateException    if it does not start within {@link #START_TIMEOUT} (a port
     *                                  in use, for one)
     */
    public static EmbeddedKafka startOn(Path directory, int brokerPort, int controllerPort,
                                        Map<String, String> brokerOverrides) {
        Objects.requireNonNull(directory, "directory");
        checkOverrides(brokerOverrides);
        BrokerLogging.quiet();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the Embedded Kafka directory " + directory, e);
        }
        long started = System.nanoTime();
        EmbeddedKafka kafka = startOnce(directory.toAbsolutePath(), false, brokerPort, controllerPort,
            BrokerSecurity.plaintext(), brokerOverrides, started + START_TIMEOUT.toNanos());
        LOG.info("Embedded Kafka {} started at {} on {} in {} ms", kafka.clusterId, kafka.bootstrapServers,
            directory, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return kafka;
    }

    private static void checkOverrides(Map<String, String> brokerOverrides) {
        Objects.requireNonNull(brokerOverrides, "brokerOverrides");
        for (String key : brokerOverrides.keySet()) {
            if (FIXED_KEYS.contains(key)) {
                throw new IllegalArgumentException("EmbeddedKafka sets '" + key + "' itself; it cannot be overridden");
            }
        }
    }

    private static EmbeddedKafka startOnce(Path directory, boolean ownsDirectory, int brokerPort, int controllerPort,
                                           BrokerSecurity security, Map<String, String> overrides, long deadline) {
        KafkaRaftServer server = null;
        Admin admin = null;
        try {
            String bootstrapServers = HOST + ":" + brokerPort;
            Map<String, String> props = brokerConfig(directory, brokerPort, controllerPort);
            props.putAll(security.brokerConfig(BROKER_LISTENER));
            props.putAll(overrides);
            KafkaConfig config = new KafkaConfig(props, false);
            String clusterId = ownsDirectory ? format(config, directory) : formatOrReuse(config, directory);

            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            Map<String, Object> adminConfig = TopicAdmin.adminConfig(bootstrapServers, "wirestream-embedded-admin");
            adminConfig.putAll(security.clientConfig());
            admin = Admin.create(adminConfig);
            awaitBrokerReady(admin, deadline);
            return new EmbeddedKafka(directory, ownsDirectory, server, admin, bootstrapServers, clusterId,
                security.clientConfig());
        } catch (Exception | Error e) {
            if (admin != null) {
                admin.close(Duration.ZERO);
            }
            if (server != null) {
                stop(server);
            }
            if (ownsDirectory) {
                deleteRecursively(directory);
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            if (e instanceof Error err) {
                throw err;
            }
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("Embedded Kafka did not start: " + e.getMessage(), e);
        }
    }

    static Map<String, String> brokerConfig(Path directory, int brokerPort, int controllerPort) {
        Map<String, String> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(NODE_ID));
        props.put("listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort + ","
            + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        props.put("advertised.listeners", BROKER_LISTENER + "://" + HOST + ":" + brokerPort);
        props.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", BROKER_LISTENER);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        props.put("log.dirs", directory.toString());

        // One node: every internal topic must fit on it, or groups and transactions hang.
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("share.coordinator.state.topic.num.partitions", "1");
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("num.partitions", "1");

        props.put("auto.create.topics.enable", "false");
        props.put("group.initial.rebalance.delay.ms", "0");
        // The cleaner allocates its dedupe buffer up front (128 MiB by default); 2 MiB compacts test topics.
        props.put("log.cleaner.dedupe.buffer.size", Integer.toString(2 * 1024 * 1024));
        props.put("log.cleaner.threads", "1");
        // Sized for a test machine (defaults: 3 network and 8 I/O threads).
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "2");
        props.put("server.max.startup.time.ms", Long.toString(START_TIMEOUT.toMillis()));
        return props;
    }

    /**
     * Returns the keys of the default broker settings that this Kafka version does not define; a
     * non-empty answer means a setting was renamed or removed upstream. Visible for tests.
     */
    static Set<String> unknownDefaultSettings() {
        BrokerLogging.quiet();
        Map<String, String> props = brokerConfig(Path.of("unused"), 9092, 9093);
        Set<String> unknown = new TreeSet<>(props.keySet());
        unknown.removeAll(new KafkaConfig(props, false).values().keySet());
        return unknown;
    }

    /**
     * Formats the log directory as {@code kafka-storage format -t <random id> -c <config>} does
     * (kafka.tools.StorageTool#runFormatCommand in Kafka 4.1): no --release-version, so the latest
     * production metadata.version and its default feature levels; static voters configured, so no
     * dynamic quorum and kraft.version 0.
     */
    private static String format(KafkaConfig config, Path directory) throws Exception {
        String clusterId = Uuid.randomUuid().toString();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Formatter formatter = new Formatter()
            .setPrintStream(new PrintStream(output, true, StandardCharsets.UTF_8))
            .setNodeId(config.nodeId())
            .setClusterId(clusterId)
            .setUnstableFeatureVersionsEnabled(config.unstableFeatureVersionsEnabled())
            .setIgnoreFormatted(false)
            .setControllerListenerName(CONTROLLER_LISTENER)
            .setMetadataLogDirectory(config.metadataLogDir())
            .setHasDynamicQuorum(false)
            .addDirectory(directory.toString());
        formatter.run();
        LOG.debug("Formatted {}: {}", directory, output.toString(StandardCharsets.UTF_8).trim());
        return clusterId;
    }

    /** The cluster id of a directory formatted before, or a fresh format if it has none. */
    private static String formatOrReuse(KafkaConfig config, Path directory) throws Exception {
        Path meta = directory.resolve("meta.properties");
        if (!Files.exists(meta)) {
            return format(config, directory);
        }
        java.util.Properties properties = new java.util.Properties();
        try (var in = Files.newInputStream(meta)) {
            properties.load(in);
        }
        String clusterId = properties.getProperty("cluster.id");
        if (clusterId == null) {
            throw new IllegalStateException(meta + " names no cluster.id");
        }
        return clusterId;
    }

    private static void awaitBrokerReady(Admin admin, long deadline) throws InterruptedException {
        Exception lastProblem = null;
        long pause = 10;
        while (System.nanoTime() - deadline < 0) {
            try {
                long remaining = Math.max(1, deadline - System.nanoTime());
                Collection<Node> nodes = admin.describeCluster().nodes().get(remaining, TimeUnit.NANOSECONDS);
                if (nodes.stream().anyMatch(node -> node.id() == NODE_ID)) {
                    return;
                }
                lastProblem = null;
            } catch (ExecutionException | TimeoutException e) {
                lastProblem = e;
            }
            Thread.sleep(pause);
            pause = Math.min(pause * 2, 200);
        }
        throw new IllegalStateException("Embedded Kafka broker did not answer DescribeCluster with node " + NODE_ID
            + " within " + START_TIMEOUT, lastProblem);
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public Map<String, String> clientSecurity() {
        return clientSecurity;
    }

    /** Returns the cluster id written when the storage was formatted. */
    public String clusterId() {
        return clusterId;
    }

    /**
     * The broker's log directory: a temporary one deleted by {@link #close()}, or the one given to
     * {@link #startOn}, which is kept. Visible for tests.
     */
    public Path directory() {
        return directory;
    }

    @Override
    public void createTopics(Collection<NewTopic> topics) {
        if (closed.get()) {
            throw new IllegalStateException("Embedded Kafka at " + bootstrapServers + " is closed");
        }
        TopicAdmin.create(admin, topics, TopicAdmin.DEFAULT_TIMEOUT);
    }

    /**
     * Leaves stopping at JVM exit to the caller, who has a shutdown hook of its own that closes this broker
     * after the clients it serves. The broker's own hook would run at the same time and could stop the broker
     * first, leaving a Streams client that is still committing to wait out its request timeout (30 s after a
     * Ctrl-C of the demo).
     *
     * @return this broker
     */
    public EmbeddedKafka leaveShutdownToOwner() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway; nothing to leave
        }
        return this;
    }

    /**
     * Stops the broker, waits for it to finish and deletes its log directory unless it was given
     * to {@link #startOn}. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or about to; it will find us closed
            }
        }
        long started = System.nanoTime();
        admin.close(Duration.ofSeconds(5));
        stop(server);
        if (ownsDirectory) {
            deleteRecursively(directory);
        }
        LOG.info("Embedded Kafka {} at {} stopped in {} ms", clusterId, bootstrapServers,
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    @Override
    public String toString() {
        return "EmbeddedKafka[" + bootstrapServers + (closed.get() ? ", closed" : "") + "]";
    }

    private static void stop(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Embedded Kafka did not shut down cleanly", e);
        }
    }

    private static Path createDirectory() {
        try {
            return Files.createTempDirectory("wirestream-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary directory for Embedded Kafka", e);
        }
    }

    private static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST));
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    private static boolean causedByBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not delete Embedded Kafka directory {}", directory, e);
        }
    }
}
