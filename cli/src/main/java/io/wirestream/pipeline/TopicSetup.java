package io.wirestream.pipeline;

import io.wirestream.schemas.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates Wirestream's topics if they do not exist: raw, enriched, JSON, latest (compacted),
 * dead letters and one per desk. Partition counts match across the chain so a story id lands on
 * the same partition number at every stage.
 *
 * @param partitions  partitions per topic
 * @param replication replication factor (1 for a single broker)
 */
public record TopicSetup(int partitions, short replication) {

    /** The topics of a pipeline with the given desks. */
    public List<NewTopic> topics(Topics topics, Collection<String> desks) {
        List<NewTopic> all = new ArrayList<>();
        all.add(topic(topics.raw().name(), Map.of()));
        all.add(topic(topics.enriched().name(), Map.of()));
        all.add(topic(topics.enrichedJson().name(), Map.of()));
        // Compacted: a consumer reading from the start gets every story's current state, kills included.
        all.add(topic(topics.latest().name(), Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
        all.add(topic(topics.deadLetters().name(), Map.of(TopicConfig.RETENTION_MS_CONFIG,
                Long.toString(Duration.ofDays(30).toMillis()))));
        desks.forEach(desk -> all.add(topic(topics.desk(desk).name(), Map.of())));
        return all;
    }

    private NewTopic topic(String name, Map<String, String> configs) {
        Map<String, String> all = new HashMap<>(configs);
        all.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(Topics.MAX_RECORD_BYTES));
        return new NewTopic(name, partitions, replication).configs(all);
    }

    /** Creates the missing ones of {@code topics}; existing topics are left as they are. */
    public static void ensure(String bootstrapServers, Collection<NewTopic> topics, Duration timeout) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t.name())).toList();
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e; // another instance creating the same topics at once is fine
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaException("cannot create topics on " + bootstrapServers + ": " + e.getMessage(), e);
        }
    }
}
