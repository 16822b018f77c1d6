package io.wirestream.enrich;

import io.wirestream.enrich.cluster.ClusterPolicy;
import io.wirestream.enrich.cluster.Fingerprinter;
import io.wirestream.enrich.cluster.StoryClusterer;
import io.wirestream.enrich.embargo.EmbargoHold;
import io.wirestream.enrich.embargo.EmbargoSettings;
import io.wirestream.enrich.version.TrackedArticle;
import io.wirestream.enrich.version.VersionPolicy;
import io.wirestream.enrich.version.VersionTracker;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.Topic;
import io.wirestream.schemas.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich stage: raw articles in, enriched articles out, exactly once.
 *
 * <pre>
 * news.raw.v1 -> read-raw-articles -> track-story-versions [story-versions-store]
 *             -> hold-embargoed-stories [embargo-store]
 *             -> enrich-article -> cluster-stories (internal topic, one partition)
 *             -> assign-story-clusters [story-clusters-store] -> write-enriched-articles -> news.enriched.v1
 * </pre>
 *
 * <p>The version store is bounded in time: a story is forgotten once {@code versionTtl} (default
 * {@link #DEFAULT_VERSION_TTL}, 30 days) of stream time has passed since its last version let through
 * (its {@code seenAt}, the record timestamp). A story sent again after that is treated as new: it
 * comes out as NEW (or KILL), even if it is a re-delivery of a version already published, and a
 * version older than the last one published is no longer recognised as stale. Pick a TTL longer
 * than any agency re-sends or corrects a story. A stream-time punctuator of
 * {@value #TRACK_VERSIONS} deletes forgotten stories (at least hourly in stream time), and the
 * tombstones go to the changelog in the same transaction; see {@link VersionTracker}.
 *
 * <p>{@value #HOLD_EMBARGOED} keeps back versions under embargo (until their time, by the wall clock)
 * or withheld (until a usable version comes) and releases each once; see {@link EmbargoHold}. A version
 * held counts as let through for version tracking, so a re-delivery of it is still dropped.
 *
 * <p>{@value #ASSIGN_CLUSTERS} links near-duplicates and puts stories about one event into a cluster
 * ({@link StoryClusterer}). Clustering needs every story in one place, but the stage is partitioned by
 * article id, so enriched stories go through the internal topic {@value #CLUSTER_TOPIC} (changelog-like
 * name {@code <application.id>-cluster-stories-repartition}) with a single partition, keyed by article id
 * so each story's versions stay in order, and are written out keyed by article id again. The trade-off:
 * one task clusters everything, which is cheap per story (a few LSH prefix scans and comparisons, see
 * {@code ClusterBenchmark}) while the expensive enrichment stays spread over all partitions; and the extra
 * exactly-once hop adds up to one commit interval of latency. Sharding the cluster store by a blocking key
 * (a place, a date) would split an event whose copy names different places; one partition does not.
 * Cluster decisions follow the order of that partition, which a replay from the raw topic reproduces
 * unless stories from different raw partitions arrive interleaved differently.
 *
 * <p>The cluster store is bounded by {@code clusterWindow} (default {@link ClusterPolicy#DEFAULT_WINDOW},
 * 72 hours) of stream time, swept like the version store.
 *
 * <p>{@code enrichedAt} is the raw record's timestamp, not the wall clock, so a replay is reproducible;
 * a version released from embargo is stamped with its release time instead.
 *
 * <p>A raw record that cannot be decoded, or whose enrichment throws, becomes a dead letter through
 * the stage's exception handlers ({@code io.wirestream.streamapp.errors}), inside the same
 * transaction, and the stage goes on.
 */
public final class EnrichTopology {

    public static final String SOURCE = "read-raw-articles";
    public static final String TRACK_VERSIONS = "track-story-versions";
    public static final String HOLD_EMBARGOED = "hold-embargoed-stories";
    public static final String ENRICH = "enrich-article";
    /** The internal topic {@code <application.id>-cluster-stories-repartition}, one partition. */
    public static final String CLUSTER_TOPIC = "cluster-stories";
    public static final String ASSIGN_CLUSTERS = "assign-story-clusters";
    public static final String SINK = "write-enriched-articles";
    /** Its changelog is {@code <application.id>-story-versions-store-changelog}: the name is forever. */
    public static final String VERSION_STORE = "story-versions-store";
    /** Its changelog is {@code <application.id>-embargo-store-changelog}: the name is forever. */
    public static final String EMBARGO_STORE = "embargo-store";
    /** Its changelog is {@code <application.id>-story-clusters-store-changelog}: the name is forever. */
    public static final String CLUSTER_STORE = "story-clusters-store";

    /** How long a story is remembered after its last version let through, unless told otherwise. */
    public static final Duration DEFAULT_VERSION_TTL = Duration.ofDays(30);
    /** The longest stream time between two sweeps of the version store. */
    static final Duration MAX_SWEEP_INTERVAL = Duration.ofHours(1);

    private final Topics topics;
    private final Enricher enricher;
    private final Duration versionTtl;
    private final EmbargoSettings embargo;
    private final Clock clock;
    private final ClusterPolicy clusters;
    private final Fingerprinter fingerprinter = new Fingerprinter();

    /** The stage with {@link #DEFAULT_VERSION_TTL}, default embargo settings and the system clock. */
    public EnrichTopology(Topics topics, Enricher enricher) {
        this(topics, enricher, DEFAULT_VERSION_TTL);
    }

    /** The stage with default embargo settings and the system clock. */
    public EnrichTopology(Topics topics, Enricher enricher, Duration versionTtl) {
        this(topics, enricher, versionTtl, EmbargoSettings.defaults(), Clock.systemUTC());
    }

    /**
     * @param versionTtl how long a story's last version is remembered (see the type's Javadoc), positive
     * @param embargo    bounds of the embargo hold
     * @param clock      the wall clock embargoes are compared with
     * @throws IllegalArgumentException if {@code versionTtl} is not positive
     */
    public EnrichTopology(Topics topics, Enricher enricher, Duration versionTtl, EmbargoSettings embargo, Clock clock) {
        this(topics, enricher, versionTtl, embargo, clock, ClusterPolicy.DEFAULT_WINDOW);
    }

    /**
     * @param versionTtl    how long a story's last version is remembered (see the type's Javadoc), positive
     * @param embargo       bounds of the embargo hold
     * @param clock         the wall clock embargoes are compared with
     * @param clusterWindow how long, in stream time, a story can be joined by others and is kept, positive
     * @throws IllegalArgumentException if a duration is not positive
     */
    public EnrichTopology(Topics topics, Enricher enricher, Duration versionTtl, EmbargoSettings embargo, Clock clock,
                          Duration clusterWindow) {
        this.topics = Objects.requireNonNull(topics, "topics");
        this.enricher = Objects.requireNonNull(enricher, "enricher");
        if (versionTtl.isNegative() || versionTtl.isZero()) {
            throw new IllegalArgumentException("versionTtl must be positive, not " + versionTtl);
        }
        this.versionTtl = versionTtl;
        this.embargo = Objects.requireNonNull(embargo, "embargo");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.clusters = ClusterPolicy.withWindow(clusterWindow);
    }

    /** Adds the stage to {@code builder}; tests and the application share this. */
    public void addTo(StreamsBuilder builder) {
        Topic<String, RawArticle> raw = topics.raw();
        Topic<String, EnrichedArticle> enriched = topics.enriched();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(VERSION_STORE),
                Serdes.String(), Topics.storyVersionSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(EMBARGO_STORE),
                Serdes.String(), Topics.heldArticleSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CLUSTER_STORE),
                Serdes.String(), Serdes.ByteArray()));
        builder.stream(raw.name(), Consumed.with(raw.keySerde(), raw.valueSerde()).withName(SOURCE))
                .process(() -> new VersionTracker(VERSION_STORE, new VersionPolicy(), versionTtl,
                                sweepInterval(versionTtl)),
                        Named.as(TRACK_VERSIONS), VERSION_STORE)
                .process(() -> new EmbargoHold(EMBARGO_STORE, embargo, clock), Named.as(HOLD_EMBARGOED), EMBARGO_STORE)
                .processValues(() -> new EnrichArticle(enricher), Named.as(ENRICH))
                .repartition(Repartitioned.<String, EnrichedArticle>as(CLUSTER_TOPIC)
                        .withKeySerde(enriched.keySerde()).withValueSerde(enriched.valueSerde())
                        .withNumberOfPartitions(1))
                .processValues(() -> new StoryClusterer(CLUSTER_STORE, fingerprinter, clusters,
                        sweepInterval(clusters.window())), Named.as(ASSIGN_CLUSTERS), CLUSTER_STORE)
                .to(enriched.name(), Produced.with(enriched.keySerde(), enriched.valueSerde()).withName(SINK));
    }

    /**
     * Enriches each tracked version, stamped with its record's timestamp rather than the wall clock,
     * so that a replay of the raw topic reproduces the enriched records byte for byte.
     */
    private static final class EnrichArticle implements FixedKeyProcessor<String, TrackedArticle, EnrichedArticle> {
        private final Enricher enricher;
        private FixedKeyProcessorContext<String, EnrichedArticle> context;

        EnrichArticle(Enricher enricher) {
            this.enricher = enricher;
        }

        @Override
        public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, TrackedArticle> record) {
            TrackedArticle tracked = record.value();
            context.forward(record.withValue(enricher.enrich(tracked.article(), tracked.change(),
                    Instant.ofEpochMilli(record.timestamp()))));
        }
    }

    // A version sweep scans the whole store: often enough that expiry lags by a small part of the TTL, at most hourly.
    private static Duration sweepInterval(Duration ttl) {
        return Duration.ofMillis(Math.max(1, Math.min(MAX_SWEEP_INTERVAL.toMillis(), ttl.toMillis() / 10)));
    }

    /** The stage's topology. */
    public Topology build() {
        StreamsBuilder builder = new StreamsBuilder();
        addTo(builder);
        return builder.build();
    }
}
