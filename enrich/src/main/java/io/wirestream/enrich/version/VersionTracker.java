package io.wirestream.enrich.version;

import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.StoryVersion;
import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@link VersionPolicy} per story id with a key-value store of {@link StoryVersion}s, and
 * forwards only the versions that pass. The store is written in the same exactly-once transaction
 * as the output, so a crash can neither lose nor repeat a decision.
 *
 * <p>A record whose key is not its article id is refused with an {@link IllegalArgumentException}.
 *
 * <p>One instance per stream task, as Kafka Streams requires; not thread-safe.
 */
public final class VersionTracker implements Processor<String, RawArticle, String, TrackedArticle> {

    private static final Logger LOG = LoggerFactory.getLogger(VersionTracker.class);

    private final String storeName;
    private final VersionPolicy policy;
    private KeyValueStore<String, StoryVersion> versions;
    private ProcessorContext<String, TrackedArticle> context;

    /**
     * @param storeName name of the {@code KeyValueStore<String, StoryVersion>} connected to this
     *                  processor
     */
    public VersionTracker(String storeName, VersionPolicy policy) {
        this.storeName = Objects.requireNonNull(storeName, "storeName");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public void init(ProcessorContext<String, TrackedArticle> context) {
        this.context = context;
        this.versions = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, RawArticle> record) {
        RawArticle article = record.value();
        if (article == null) {
            return; // a tombstone on the raw topic carries no story
        }
        // The article id is the story's identity and the partition key: a record keyed otherwise
        // would keep its version state on the wrong partition, so it is refused (and dead-lettered
        // by the stage's processing exception handler).
        String id = article.getId();
        if (!id.equals(record.key())) {
            throw new IllegalArgumentException("record key '" + record.key() + "' is not the article id '" + id + "'");
        }
        Verdict verdict = policy.decide(versions.get(id), article);
        if (!verdict.passes()) {
            LOG.debug("dropping {} v{}: {}", id, article.getVersion(), verdict.reason());
            return;
        }
        versions.put(id, StoryVersion.newBuilder()
                .setVersion(article.getVersion())
                .setContentHash(article.getContentHash())
                .setPubStatus(article.getPubStatus())
                .setSeenAt(Instant.ofEpochMilli(record.timestamp()))
                .build());
        context.forward(record.withValue(new TrackedArticle(article, verdict.change().orElseThrow())));
    }
}
