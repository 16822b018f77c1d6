package io.wirestream.enrich.cluster;

import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.NearDuplicate;
import io.wirestream.schemas.StoryCluster;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides each story's cluster against a {@link ClusterStore}, and keeps the store up to date; the rules
 * are on {@link StoryClusterer}, which runs this in the topology. No Kafka record in sight, so a benchmark
 * or a test can drive it with any store.
 *
 * <p>Not thread-safe: one per store.
 */
public final class ClusterAssigner {

    private final ClusterStore store;
    private final Fingerprinter fingerprinter;
    private final ClusterPolicy policy;

    public ClusterAssigner(ClusterStore store, Fingerprinter fingerprinter, ClusterPolicy policy) {
        this.store = Objects.requireNonNull(store, "store");
        this.fingerprinter = Objects.requireNonNull(fingerprinter, "fingerprinter");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Forgets the stories last seen a window or more before {@code streamTime}; how many. */
    public int expire(long streamTime) {
        return store.expire(streamTime - policy.window().toMillis());
    }

    /**
     * The story with its cluster (null while alone); the store updated.
     *
     * @param story the enriched story, not null
     * @param now   its record timestamp, epoch millis
     */
    public EnrichedArticle assign(EnrichedArticle story, long now) {
        String id = story.getArticle().getId();
        StoredStory before = store.story(id).orElse(null);
        if (before != null && !live(before, now)) {
            store.forget(id, before); // expired, not swept yet: the story counts as new
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
        store.put(id, before, new StoredStory(now, clusterId, false, mine));
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
