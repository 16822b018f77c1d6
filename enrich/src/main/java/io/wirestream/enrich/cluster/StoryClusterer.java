package io.wirestream.enrich.cluster;

import io.wirestream.schemas.EnrichedArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets {@link EnrichedArticle#getCluster()} on each enriched story from the stories of the last
 * {@link ClusterPolicy#window()} (stream time, by record timestamp), kept in a {@link ClusterStore}.
 *
 * <ul>
 *   <li>A new story is compared with the candidates the LSH bands find. Those whose shingle similarity
 *       reaches the near-duplicate threshold are its {@code nearDuplicates}; it joins the cluster of the
 *       candidate most similar by either measure that reaches its threshold, or starts its own cluster,
 *       whose id is its article id. A story matching two clusters joins the closer one; clusters never
 *       merge, so an id once given stays.</li>
 *   <li>An update keeps the story's cluster id; a story still alone may join a cluster with it.</li>
 *   <li>A kill keeps its cluster id, is not compared and stops being a candidate; so does a version with
 *       no words in its body, which keeps what the story had.</li>
 *   <li>{@code cluster} stays null while a story is alone (its cluster has size 1).</li>
 * </ul>
 * The outcome depends only on the records and their order and timestamps, never on the wall clock. A
 * stream-time punctuator forgets stories last seen a window or more ago, every {@code sweepInterval} of
 * stream time, with their tombstones in the same transaction; memory and disk stay bounded by the window.
 *
 * <p>One instance per stream task, as Kafka Streams requires; not thread-safe.
 */
public final class StoryClusterer implements FixedKeyProcessor<String, EnrichedArticle, EnrichedArticle> {

    private static final Logger LOG = LoggerFactory.getLogger(StoryClusterer.class);

    private final String storeName;
    private final Fingerprinter fingerprinter;
    private final ClusterPolicy policy;
    private final Duration sweepInterval;
    private FixedKeyProcessorContext<String, EnrichedArticle> context;
    private ClusterAssigner assigner;

    /**
     * @param storeName     name of the {@code KeyValueStore<String, byte[]>} connected to this processor
     * @param fingerprinter fingerprints and compares stories
     * @param policy        thresholds and window
     * @param sweepInterval stream time between two sweeps for expired stories, positive
     */
    public StoryClusterer(String storeName, Fingerprinter fingerprinter, ClusterPolicy policy, Duration sweepInterval) {
        this.storeName = Objects.requireNonNull(storeName, "storeName");
        this.fingerprinter = Objects.requireNonNull(fingerprinter, "fingerprinter");
        this.policy = Objects.requireNonNull(policy, "policy");
        if (sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("sweepInterval must be positive, not " + sweepInterval);
        }
        this.sweepInterval = sweepInterval;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.assigner = new ClusterAssigner(new ClusterStore(context.getStateStore(storeName)), fingerprinter, policy);
        context.schedule(sweepInterval, PunctuationType.STREAM_TIME, this::expire);
    }

    private void expire(long streamTime) {
        int forgotten = assigner.expire(streamTime);
        if (forgotten > 0) {
            LOG.info("forgot {} clustered stories last seen {} or more before {}", forgotten, policy.window(),
                    Instant.ofEpochMilli(streamTime));
        }
    }

    @Override
    public void process(FixedKeyRecord<String, EnrichedArticle> record) {
        EnrichedArticle story = record.value();
        if (story == null) {
            context.forward(record);
            return;
        }
        context.forward(record.withValue(assigner.assign(story, record.timestamp())));
    }
}
