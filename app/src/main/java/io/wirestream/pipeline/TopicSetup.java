package io.wirestream.pipeline;

import io.wirestream.config.ClusterSettings;
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
 * dead letters, the ingest ledger (compacted) and one per desk. Partition counts match across the chain so a story id lands on
 * the same partition number at every stage. With replication of 3 or more, {@code min.insync.replicas}
 * is 2, so that an {@code acks=all} write survives the loss of one broker without refusing writes
 * while a second is down for maintenance; below 3 it is 1.
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
        // Compacted: ingest reads it whole at start to know which inputs it already committed.
        all.add(topic(topics.ingestLedger().name(),
                Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)));
        desks.forEach(desk -> all.add(topic(topics.desk(desk).name(), Map.of())));
        return all;
    }

    /** The {@code min.insync.replicas} of the topics created here. */
    public int minInsyncReplicas() {
        return replication >= 3 ? 2 : 1;
    }

    private NewTopic topic(String name, Map<String, String> configs) {
        Map<String, String> all = new HashMap<>(configs);
        all.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(Topics.MAX_RECORD_BYTES));
        all.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(minInsyncReplicas()));
        return new NewTopic(name, partitions, replication).configs(all);
    }

    /** Creates the missing ones of {@code topics}; existing topics are left as they are. */
    public static void ensure(ClusterSettings cluster, Collection<NewTopic> topics, Duration timeout) {
        String bootstrapServers = cluster.bootstrapServers();
        try (Admin admin = Admin.create(cluster.adminConfig(Map.of(AdminClientConfig.CLIENT_ID_CONFIG,
                "wirestream-topic-setup")))) {
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
        } catch (ExecutionException e) {
            throw new KafkaException("cannot create topics on " + bootstrapServers + ": " + e.getCause().getMessage()
                    + hint(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaException("cannot create topics on " + bootstrapServers + ": no answer within " + timeout
                    + hint(e), e);
        }
    }

    /** What to check when the cluster does not answer or refuses us: the usual cause is security. */
    private static String hint(Throwable cause) {
        if (cause instanceof org.apache.kafka.common.errors.AuthenticationException) {
            return " (check the credentials in kafka.sasl.jaas.config / the kafka.ssl.* settings)";
        }
        if (cause instanceof org.apache.kafka.common.errors.TimeoutException || cause instanceof TimeoutException) {
            return " (is the cluster up, and if it is secured, are kafka.security.protocol and kafka.sasl.* or"
                    + " kafka.ssl.* set in --config?)";
        }
        return "";
    }
}
