package io.wirestream.enrich;

import io.wirestream.enrich.version.TrackedArticle;
import io.wirestream.enrich.version.VersionPolicy;
import io.wirestream.enrich.version.VersionTracker;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.Topic;
import io.wirestream.schemas.Topics;
import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich stage: raw articles in, enriched articles out, exactly once.
 *
 * <pre>
 * news.raw.v1 -> read-raw-articles -> track-story-versions [story-versions-store]
 *             -> enrich-article -> write-enriched-articles -> news.enriched.v1
 * </pre>
 *
 * {@code enrichedAt} is the raw record's timestamp, not the wall clock, so a replay is reproducible.
 *
 * <p>A raw record that cannot be decoded, or whose enrichment throws, becomes a dead letter through
 * the stage's exception handlers ({@code io.wirestream.streamapp.errors}), inside the same
 * transaction, and the stage goes on.
 */
public final class EnrichTopology {

    public static final String SOURCE = "read-raw-articles";
    public static final String TRACK_VERSIONS = "track-story-versions";
    public static final String ENRICH = "enrich-article";
    public static final String SINK = "write-enriched-articles";
    /** Its changelog is {@code <application.id>-story-versions-store-changelog}: the name is forever. */
    public static final String VERSION_STORE = "story-versions-store";

    private final Topics topics;
    private final Enricher enricher;

    public EnrichTopology(Topics topics, Enricher enricher) {
        this.topics = Objects.requireNonNull(topics, "topics");
        this.enricher = Objects.requireNonNull(enricher, "enricher");
    }

    /** Adds the stage to {@code builder}; tests and the application share this. */
    public void addTo(StreamsBuilder builder) {
        Topic<String, RawArticle> raw = topics.raw();
        Topic<String, EnrichedArticle> enriched = topics.enriched();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(VERSION_STORE),
                Serdes.String(), Topics.storyVersionSerde()));
        builder.stream(raw.name(), Consumed.with(raw.keySerde(), raw.valueSerde()).withName(SOURCE))
                .process(() -> new VersionTracker(VERSION_STORE, new VersionPolicy()), Named.as(TRACK_VERSIONS),
                        VERSION_STORE)
                .processValues(() -> new EnrichArticle(enricher), Named.as(ENRICH))
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

    /** The stage's topology. */
    public Topology build() {
        StreamsBuilder builder = new StreamsBuilder();
        addTo(builder);
        return builder.build();
    }
}
