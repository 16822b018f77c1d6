package io.wirestream.embedded;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;

/** Topic creation through the public Admin API, shared by both {@link KafkaCluster} kinds. */
public final class TopicAdmin {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private TopicAdmin() {
    }

    public static Map<String, Object> adminConfig(String bootstrapServers, String clientId) {
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        return config;
    }

    /**
     * Creates the topics (existing ones are left alone) and waits until each partition has a leader.
     * CreateTopics returns once the controller has committed the topic; the broker that will serve
     * it may not have the metadata yet, so "created" and "usable" are checked separately.
     */
    public static void create(Admin admin, Collection<NewTopic> topics, Duration timeout) {
        if (topics.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> names = topics.stream().map(NewTopic::name).toList();

        Map<String, KafkaFuture<Void>> created = admin.createTopics(topics).values();
        for (Map.Entry<String, KafkaFuture<Void>> entry : created.entrySet()) {
            try {
                get(entry.getValue(), deadline);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("Could not create topic '" + entry.getKey() + "': "
                        + e.getCause().getMessage(), e.getCause());
                }
            } catch (TimeoutException e) {
                throw new IllegalStateException("Topic '" + entry.getKey() + "' was not created within " + timeout, e);
            }
        }

        long pause = 10;
        Throwable lastProblem = null;
        while (true) {
            try {
                Map<String, TopicDescription> descriptions = get(admin.describeTopics(names).allTopicNames(), deadline);
                if (descriptions.values().stream().allMatch(TopicAdmin::allPartitionsLed)) {
                    return;
                }
                lastProblem = null;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException)) {
                    throw new IllegalStateException("Could not describe topics " + names + ": "
                        + e.getCause().getMessage(), e.getCause());
                }
                lastProblem = e.getCause(); // e.g. UnknownTopicOrPartition while metadata propagates
            } catch (TimeoutException e) {
                lastProblem = e;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new IllegalStateException("Topics " + names + " were created but not all partitions had a "
                    + "leader within " + timeout, lastProblem);
            }
            sleep(pause);
            pause = Math.min(pause * 2, 200);
        }
    }

    private static boolean allPartitionsLed(TopicDescription description) {
        return !description.partitions().isEmpty() && description.partitions().stream()
            .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
    }

    private static <T> T get(KafkaFuture<T> future, long deadline) throws ExecutionException, TimeoutException {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }
}
