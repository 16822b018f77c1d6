package io.wirestream.testkit;

import io.wirestream.embedded.KafkaCluster;
import java.util.Collection;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that injects one {@link KafkaCluster} shared by every test in the JVM:
 *
 * <pre>{@code
 * @ExtendWith(SharedKafkaExtension.class)
 * class PublishIT {
 *     @Test
 *     void routesArticles(KafkaCluster kafka, TestInfo testInfo) {
 *         String topic = TopicNames.unique(testInfo);
 *         kafka.createTopics(3, topic);
 *         ...
 *     }
 * }
 * }</pre>
 *
 * <p>The cluster comes from {@link TestClusters#fromEnvironment()}: the cluster named by
 * {@value TestClusters#BOOTSTRAP_SERVERS_ENV} if set, otherwise an embedded broker started on first use.
 * It is kept in the root {@link ExtensionContext.Store} and closed when the whole test run ends, so
 * every class using this extension sees the same broker; give each test its own topics with
 * {@link TopicNames}. If starting fails, every test that asks for the cluster fails with that error
 * (the broker is not retried per test).
 *
 * <p>Resolves parameters of type {@link KafkaCluster} in constructors, lifecycle methods and tests.
 * The injected object ignores {@code close()}, so a test cannot stop the broker for the others.
 * Safe with parallel test execution: the start happens once.
 */
public final class SharedKafkaExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedKafkaExtension.class);
    private static final String KEY = "cluster";

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == KafkaCluster.class;
    }

    @Override
    public KafkaCluster resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return cluster(extensionContext);
    }

    /** Returns the shared cluster, starting it if this is the first request in the run. */
    public static KafkaCluster cluster(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
            .getOrComputeIfAbsent(KEY, key -> new Shared(TestClusters.fromEnvironment()), Shared.class)
            .view;
    }

    /**
     * Owns the cluster for the run. JUnit 5.13+ closes {@code AutoCloseable} store values and
     * deprecates {@code CloseableResource}; older versions, or
     * {@code junit.jupiter.extensions.store.close.autocloseable.enabled=false}, only close
     * {@code CloseableResource}. Implementing both gets exactly one close either way.
     */
    @SuppressWarnings("deprecation")
    private static final class Shared implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final KafkaCluster owned;
        private final KafkaCluster view;

        Shared(KafkaCluster owned) {
            this.owned = owned;
            this.view = new Unclosable(owned);
        }

        @Override
        public void close() {
            owned.close();
        }
    }

    private record Unclosable(KafkaCluster delegate) implements KafkaCluster {
        @Override
        public String bootstrapServers() {
            return delegate.bootstrapServers();
        }

        @Override
        public Map<String, String> clientSecurity() {
            return delegate.clientSecurity();
        }

        @Override
        public void createTopics(Collection<NewTopic> topics) {
            delegate.createTopics(topics);
        }

        @Override
        public void close() {
            // owned by SharedKafkaExtension, closed at the end of the test run
        }

        @Override
        public String toString() {
            return "shared " + delegate;
        }
    }
}
