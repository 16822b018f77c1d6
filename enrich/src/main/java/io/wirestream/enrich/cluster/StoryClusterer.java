package io.wirestream.enrich.cluster;

import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.NearDuplicate;
import io.wirestream.schemas.StoryCluster;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
    private ClusterStore store;

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
        this.store = new ClusterStore(context.getStateStore(storeName));
        context.schedule(sweepInterval, PunctuationType.STREAM_TIME, this::expire);
    }

    private void expire(long streamTime) {
        int forgotten = store.expire(streamTime - policy.window().toMillis());
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
        context.forward(record.withValue(cluster(story, record.timestamp())));
    }

    /** The story with its cluster; the store updated. */
    EnrichedArticle cluster(EnrichedArticle story, long now) {
        String id = story.getArticle().getId();
        StoredStory kept = store.story(id).orElse(null);
        StoredStory before = kept;
        if (kept != null && !live(kept, now)) {
            store.forget(id, kept); // expired, not swept yet: the story counts as new
            kept = null;
            before = null;
        }
        boolean kill = story.getChange() == ChangeKind.KILL;
        Optional<Fingerprint> fingerprint = kill ? Optional.empty() : fingerprinter.fingerprint(story);
        if (fingerprint.isEmpty()) {
            if (before == null) {
                return with(story, null);
            }
            if (kill && !before.killed()) {
                store.put(id, before, before.kill());
            }
            int size = store.size(before.clusterId());
            return with(story, size < 2 ? null : new StoryCluster(before.clusterId(), size, List.of()));
        }
        Fingerprint mine = fingerprint.get();
        List<Match> matches = matches(id, mine, now);
        Match best = matches.stream().max(Comparator.comparingDouble(Match::score)
                .thenComparing(Match::id, Comparator.reverseOrder())).orElse(null);
        String clusterId;
        int size;
        if (before != null && !(best != null && isAlone(id, before))) {
            clusterId = before.clusterId();
            size = store.size(clusterId);
        } else {
            if (before != null) {
                store.leave(before.clusterId());
            }
            clusterId = best != null ? best.story().clusterId() : id;
            size = store.join(clusterId);
        }
        store.put(id, kept, new StoredStory(now, clusterId, false, mine));
        List<NearDuplicate> nearDuplicates = matches.stream()
                .filter(m -> m.nearDuplicate() >= policy.nearDuplicateThreshold())
                .sorted(Comparator.comparingDouble(Match::nearDuplicate).reversed().thenComparing(Match::id))
                .limit(policy.maxNearDuplicates())
                .map(m -> new NearDuplicate(m.id(), m.nearDuplicate()))
                .toList();
        return with(story, size < 2 ? null : new StoryCluster(clusterId, size, new ArrayList<>(nearDuplicates)));
    }

    private List<Match> matches(String id, Fingerprint mine, long now) {
        List<Match> matches = new ArrayList<>();
        for (String candidate : store.candidates(mine)) {
            if (candidate.equals(id)) {
                continue;
            }
            StoredStory other = store.story(candidate).orElse(null);
            if (other == null || other.killed() || !live(other, now)) {
                continue;
            }
            double nearDuplicate = fingerprinter.nearDuplicateSimilarity(mine, other.fingerprint());
            double event = fingerprinter.eventSimilarity(mine, other.fingerprint());
            if (nearDuplicate >= policy.nearDuplicateThreshold() || event >= policy.eventThreshold()) {
                matches.add(new Match(candidate, other, nearDuplicate, event));
            }
        }
        return matches;
    }

    // Within the window either way: a story timestamped a little earlier than the last one still counts.
    private boolean live(StoredStory story, long now) {
        return Math.abs(now - story.seenAt()) < policy.window().toMillis();
    }

    private boolean isAlone(String id, StoredStory story) {
        return story.clusterId().equals(id) && store.size(id) <= 1;
    }

    private static EnrichedArticle with(EnrichedArticle story, StoryCluster cluster) {
        if (Objects.equals(story.getCluster(), cluster)) {
            return story;
        }
        return EnrichedArticle.newBuilder(story).setCluster(cluster).build();
    }

    private record Match(String id, StoredStory story, double nearDuplicate, double event) {
        double score() {
            return Math.max(nearDuplicate, event);
        }
    }
}
