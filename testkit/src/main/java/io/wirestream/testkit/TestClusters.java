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
 * log line: a cluster named by {@value #BOOTSTRAP_SERVERS_ENV} (with client settings, e.g. SASL,
 * from the properties file in {@value #CLIENT_CONFIG_ENV}), else an {@link EmbeddedKafka}.
 *
 * <p>The variable is a test-only one on purpose: the production {@code KAFKA_BOOTSTRAP_SERVERS}
 * set in a developer's shell must not send test topics to a newsroom's cluster.
 */
public final class TestClusters {

    /** Names an existing cluster for the integration tests. */
    public static final String BOOTSTRAP_SERVERS_ENV = "WIRESTREAM_TEST_BOOTSTRAP_SERVERS";
    /** A properties file with the client settings that cluster needs (security.protocol, sasl.*, ssl.*). */
    public static final String CLIENT_CONFIG_ENV = "WIRESTREAM_TEST_KAFKA_CONFIG";

    private static final Logger LOG = LoggerFactory.getLogger(TestClusters.class);

    private TestClusters() {
    }

    /** What {@link #choose} decided, and why. */
    public record Choice(Kind kind, String reason) {
    }

    /** The kinds of cluster a test run can use. */
    public enum Kind { EXTERNAL, EMBEDDED }

    /**
     * Decides from the environment, without connecting or starting anything.
     *
     * @param env reads an environment variable (null when unset)
     */
    public static Choice choose(Function<String, String> env) {
        String external = env.apply(BOOTSTRAP_SERVERS_ENV);
        if (external != null && !external.isBlank()) {
            return new Choice(Kind.EXTERNAL, BOOTSTRAP_SERVERS_ENV + " is set (" + external.strip() + ")");
        }
        return new Choice(Kind.EMBEDDED, BOOTSTRAP_SERVERS_ENV + " is not set");
    }

    /** The cluster for this JVM's tests, owned by the caller. */
    public static KafkaCluster fromEnvironment() {
        Choice choice = choose(System::getenv);
        LOG.info("Integration tests run on the {} cluster: {}", choice.kind().name().toLowerCase(java.util.Locale.ROOT),
                choice.reason());
        if (choice.kind() == Kind.EXTERNAL) {
            return new ExternalKafka(System.getenv(BOOTSTRAP_SERVERS_ENV).strip(),
                    clientConfig(System.getenv(CLIENT_CONFIG_ENV)));
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
