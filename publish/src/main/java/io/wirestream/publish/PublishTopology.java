package io.wirestream.publish;

import io.wirestream.publish.json.ArticleJson;
import io.wirestream.publish.json.JsonRenderer;
import io.wirestream.publish.route.DeskRouter;
import io.wirestream.publish.route.DeskRules;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.Topic;
import io.wirestream.schemas.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * The publish stage: every enriched story version, exactly once, to
 *
 * <pre>
 * news.enriched.v1 -> read-enriched-articles -+-> write-latest-versions -> news.latest.v1 (compacted)
 *                                             +-> render-ninjs-json -> write-json-articles -> news.enriched.json.v1
 *                                             +-> route-to-desks [desk-routes-store] -> write-desk-&lt;desk&gt; -> news.desk.&lt;desk&gt;.v1
 * </pre>
 *
 * The latest topic gets every version, kills included (pubStatus canceled, change kill), so a
 * compacted read gives each story's current state and consumers can tell a killed story.
 *
 * <p>The routes store is bounded in time: a story's desks are forgotten once {@code routesTtl}
 * (default {@link #DEFAULT_ROUTES_TTL}, 30 days) of stream time has passed since its last record.
 * A story sent again after that is treated as new: it goes to the desks its rules match now only,
 * so an update or kill of a long-forgotten story no longer reaches a desk it stopped matching. A
 * stream-time punctuator of {@value #ROUTE} deletes forgotten entries (at least hourly in stream
 * time), with tombstones to the changelog in the same transaction; kills delete theirs at once.
 */
public final class PublishTopology {

    public static final String SOURCE = "read-enriched-articles";
    public static final String LATEST_SINK = "write-latest-versions";
    public static final String RENDER_JSON = "render-ninjs-json";
    public static final String JSON_SINK = "write-json-articles";
    public static final String ROUTE = "route-to-desks";
    public static final String DESK_SINK_PREFIX = "write-desk-";
    /** Its changelog is {@code <application.id>-desk-routes-store-changelog}: the name is forever. */
    public static final String ROUTES_STORE = "desk-routes-store";

    /** How long a story's desks are remembered after its last record, unless told otherwise. */
    public static final Duration DEFAULT_ROUTES_TTL = Duration.ofDays(30);
    /** The longest stream time between two sweeps of the routes store. */
    static final Duration MAX_SWEEP_INTERVAL = Duration.ofHours(1);

    private final Topics topics;
    private final DeskRules rules;
    private final Duration routesTtl;
    private final ArticleJson json = new ArticleJson(false);

    /** The stage with {@link #DEFAULT_ROUTES_TTL}. */
    public PublishTopology(Topics topics, DeskRules rules) {
        this(topics, rules, DEFAULT_ROUTES_TTL);
    }

    /**
     * @param routesTtl how long a story's desks are remembered (see the type's Javadoc), positive
     * @throws IllegalArgumentException if {@code routesTtl} is not positive
     */
    public PublishTopology(Topics topics, DeskRules rules, Duration routesTtl) {
        this.topics = Objects.requireNonNull(topics, "topics");
        this.rules = Objects.requireNonNull(rules, "rules");
        if (routesTtl.isNegative() || routesTtl.isZero()) {
            throw new IllegalArgumentException("routesTtl must be positive, not " + routesTtl);
        }
        this.routesTtl = routesTtl;
    }

    /** The topics this stage writes to, for creating them up front. */
    public List<String> outputTopics() {
        List<String> names = new ArrayList<>(List.of(topics.latest().name(), topics.enrichedJson().name()));
        rules.desks().forEach(desk -> names.add(topics.desk(desk).name()));
        return names;
    }

    /** The stage's topology. */
    public Topology build() {
        Topic<String, EnrichedArticle> enriched = topics.enriched();
        Topic<String, EnrichedArticle> latest = topics.latest();
        Topic<String, String> jsonTopic = topics.enrichedJson();
        Topology topology = new Topology();
        topology.addSource(SOURCE, enriched.keySerde().deserializer(), enriched.valueSerde().deserializer(),
                enriched.name());
        topology.addSink(LATEST_SINK, latest.name(), latest.keySerde().serializer(), latest.valueSerde().serializer(),
                SOURCE);
        topology.addProcessor(RENDER_JSON, () -> new JsonRenderer(json), SOURCE);
        topology.addSink(JSON_SINK, jsonTopic.name(), jsonTopic.keySerde().serializer(),
                jsonTopic.valueSerde().serializer(), RENDER_JSON);

        Map<String, String> sinkByDesk = new LinkedHashMap<>();
        rules.desks().forEach(desk -> sinkByDesk.put(desk, DESK_SINK_PREFIX + desk));
        // A sweep scans the whole store: often enough that expiry lags by a small part of the TTL, at most hourly.
        Duration sweep = Duration.ofMillis(Math.max(1, Math.min(MAX_SWEEP_INTERVAL.toMillis(), routesTtl.toMillis() / 10)));
        topology.addProcessor(ROUTE, () -> new DeskRouter(rules, ROUTES_STORE, sinkByDesk, routesTtl, sweep), SOURCE);
        // Timestamped so each story's entry knows its age. The changelog format is the plain value's
        // (the timestamp rides on the changelog record), and RocksDB upgrades a store written before
        // as a plain key-value store in place (KIP-258): same name, same changelog, nothing orphaned.
        topology.addStateStore(Stores.timestampedKeyValueStoreBuilder(
                Stores.persistentTimestampedKeyValueStore(ROUTES_STORE), Serdes.String(), Serdes.String()), ROUTE);
        sinkByDesk.forEach((desk, sink) -> {
            Topic<String, EnrichedArticle> deskTopic = topics.desk(desk);
            topology.addSink(sink, deskTopic.name(), deskTopic.keySerde().serializer(),
                    deskTopic.valueSerde().serializer(), ROUTE);
        });
        return topology;
    }
}
