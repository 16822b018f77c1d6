package io.wirestream.testkit;

import io.wirestream.embedded.EmbeddedKafka;
import io.wirestream.embedded.KafkaCluster;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the cluster the integration tests run on, once per JVM, and says which and why in one
 * log line, in this order: a cluster named by {@value #BOOTSTRAP_SERVERS_ENV} (with client
 * settings, e.g. SASL, from the properties file in {@value #CLIENT_CONFIG_ENV}); else a broker in a
 * container (Testcontainers, {@code apache/kafka} at the project's Kafka version) when a Docker
 * engine answers and {@code -D}{@value #CONTAINERS_PROPERTY}{@code =false} is not given; else an
 * {@link EmbeddedKafka}. The same tests run on all three.
 *
 * <p>The variable is a test-only one on purpose: the production {@code KAFKA_BOOTSTRAP_SERVERS}
 * set in a developer's shell must not send test topics to a newsroom's cluster.
 */
public final class TestClusters {

    /** Names an existing cluster for the integration tests. */
    public static final String BOOTSTRAP_SERVERS_ENV = "WIRESTREAM_TEST_BOOTSTRAP_SERVERS";
    /** A properties file with the client settings that cluster needs (security.protocol, sasl.*, ssl.*). */
    public static final String CLIENT_CONFIG_ENV = "WIRESTREAM_TEST_KAFKA_CONFIG";

    /** System property that turns the container path off ({@code false}). */
    public static final String CONTAINERS_PROPERTY = "wirestream.test.containers";

    private static final Logger LOG = LoggerFactory.getLogger(TestClusters.class);

    private TestClusters() {
    }

    /** What {@link #choose} decided, and why. */
    public record Choice(Kind kind, String reason) {
    }

    /** The kinds of cluster a test run can use. */
    public enum Kind { EXTERNAL, CONTAINER, EMBEDDED }

    /**
     * Decides, without starting anything.
     *
     * @param env        reads an environment variable (null when unset)
     * @param properties reads a system property (null when unset)
     * @param engine     whether a Docker engine answers; asked only when the choice depends on it
     */
    public static Choice choose(Function<String, String> env, Function<String, String> properties,
                                DockerEngine engine) {
        String external = env.apply(BOOTSTRAP_SERVERS_ENV);
        if (external != null && !external.isBlank()) {
            return new Choice(Kind.EXTERNAL, BOOTSTRAP_SERVERS_ENV + " is set (" + external.strip() + ")");
        }
        if ("false".equalsIgnoreCase(properties.apply(CONTAINERS_PROPERTY))) {
            return new Choice(Kind.EMBEDDED, BOOTSTRAP_SERVERS_ENV + " is not set and containers are disabled (-D"
                    + CONTAINERS_PROPERTY + "=false)");
        }
        if (engine.available()) {
            return new Choice(Kind.CONTAINER, BOOTSTRAP_SERVERS_ENV + " is not set and a Docker engine answers");
        }
        return new Choice(Kind.EMBEDDED, BOOTSTRAP_SERVERS_ENV + " is not set and no Docker engine answers");
    }

    /** The cluster for this JVM's tests, owned by the caller. */
    public static KafkaCluster fromEnvironment() {
        Choice choice = choose(System::getenv, System::getProperty, DockerEngine.testcontainers());
        LOG.info("Integration tests run on the {} cluster: {}", choice.kind().name().toLowerCase(java.util.Locale.ROOT),
                choice.reason());
        if (choice.kind() == Kind.EXTERNAL) {
            return new ExternalKafka(System.getenv(BOOTSTRAP_SERVERS_ENV).strip(),
                    clientConfig(System.getenv(CLIENT_CONFIG_ENV)));
        }
        if (choice.kind() == Kind.CONTAINER) {
            return ContainerKafka.start();
        }
        return EmbeddedKafka.start();
    }

    static Map<String, String> clientConfig(String file) {
        if (file == null || file.isBlank()) {
            return Map.of();
        }
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(file.strip()))) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CLIENT_CONFIG_ENV + " file " + file, e);
        }
        Map<String, String> config = new HashMap<>();
        props.stringPropertyNames().forEach(key -> config.put(key, props.getProperty(key)));
        return config;
    }
}
