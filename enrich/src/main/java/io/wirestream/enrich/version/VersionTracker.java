package io.wirestream.enrich.version;

import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.StoryVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@link VersionPolicy} per story id with a key-value store of {@link StoryVersion}s, and
 * forwards only the versions that pass. The store is written in the same exactly-once transaction
 * as the output, so a crash can neither lose nor repeat a decision.
 *
 * <p>State is bounded in time: a story whose last version let through is {@code ttl} or more older
 * (by record timestamp, {@link StoryVersion#getSeenAt()}) than the incoming record is treated as never
 * seen, and a stream-time punctuator deletes such entries every {@code sweepInterval} of stream time.
 * Stream time, not the wall clock, so a replay of the input expires the same stories and decides the
 * same; an idle partition keeps its entries until records move its stream time on.
 *
 * <p>A record whose key is not its article id is refused with an {@link IllegalArgumentException}.
 *
 * <p>One instance per stream task, as Kafka Streams requires; not thread-safe.
 */
public final class VersionTracker implements Processor<String, RawArticle, String, TrackedArticle> {

    private static final Logger LOG = LoggerFactory.getLogger(VersionTracker.class);

    private final String storeName;
    private final VersionPolicy policy;
    private final Duration ttl;
    private final Duration sweepInterval;
    private KeyValueStore<String, StoryVersion> versions;
    private ProcessorContext<String, TrackedArticle> context;

    /**
     * @param storeName     name of the {@code KeyValueStore<String, StoryVersion>} connected to this
     *                      processor
     * @param policy        decides what each version is
     * @param ttl           how long after its last version let through a story is forgotten, positive
     * @param sweepInterval how much stream time passes between two sweeps of the store, positive
     * @throws IllegalArgumentException if a duration is not positive
     */
    public VersionTracker(String storeName, VersionPolicy policy, Duration ttl, Duration sweepInterval) {
        this.storeName = Objects.requireNonNull(storeName, "storeName");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.ttl = positive(ttl, "ttl");
        this.sweepInterval = positive(sweepInterval, "sweepInterval");
    }

    private static Duration positive(Duration d, String name) {
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + d);
        }
        return d;
    }

    @Override
    public void init(ProcessorContext<String, TrackedArticle> context) {
        this.context = context;
        this.versions = context.getStateStore(storeName);
        context.schedule(sweepInterval, PunctuationType.STREAM_TIME, this::expireStoryVersions);
    }

    /** Deletes every story last let through {@code ttl} or more before {@code streamTime}. */
    private void expireStoryVersions(long streamTime) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, StoryVersion> all = versions.all()) {
            while (all.hasNext()) {
                KeyValue<String, StoryVersion> entry = all.next();
                if (isExpired(entry.value, streamTime)) {
                    expired.add(entry.key);
                }
            }
        }
        // Deleted after the scan: a store iterator is not guaranteed to see its own writes consistently.
        expired.forEach(versions::delete);
        if (!expired.isEmpty()) {
            LOG.info("forgot {} stories last seen {} or more before {}", expired.size(), ttl,
                    Instant.ofEpochMilli(streamTime));
        }
    }

    private boolean isExpired(StoryVersion version, long now) {
        return version != null && now - version.getSeenAt().toEpochMilli() >= ttl.toMillis();
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
        StoryVersion previous = versions.get(id);
        if (isExpired(previous, record.timestamp())) {
            previous = null; // forgotten: the punctuator has not swept it yet
        }
        Verdict verdict = policy.decide(previous, article);
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
