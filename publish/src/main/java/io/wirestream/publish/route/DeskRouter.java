package io.wirestream.publish.route;

import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.EnrichedArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forwards each story to the sink of every desk it belongs to.
 *
 * <p>A story belongs to the desks its rules match now plus every desk it was sent to before
 * (kept in a store), so an update or a kill reaches the desks that have the story even when the
 * new copy no longer matches (a kill has no body at all). After a kill the story is forgotten.
 *
 * <p>The store is bounded in time too: each entry carries the timestamp of the story's last record,
 * and a story {@code ttl} or more older than the incoming record is routed by its rules only, as if
 * never sent; a stream-time punctuator deletes such entries every {@code sweepInterval} of stream
 * time. Entries written before entries had timestamps (no timestamp) are stamped with the stream
 * time of the first sweep that sees them, so they expire a TTL later rather than at once.
 *
 * <p>One instance per stream task; not thread-safe.
 */
public final class DeskRouter implements Processor<String, EnrichedArticle, String, EnrichedArticle> {

    private static final Logger LOG = LoggerFactory.getLogger(DeskRouter.class);

    private final DeskRules rules;
    private final String storeName;
    private final Map<String, String> sinkByDesk;
    private final Duration ttl;
    private final Duration sweepInterval;
    private ProcessorContext<String, EnrichedArticle> context;
    private TimestampedKeyValueStore<String, String> routed;

    /**
     * @param storeName     {@code TimestampedKeyValueStore<String, String>} of story id to
     *                      comma-separated desks, stamped with the story's last record timestamp
     * @param sinkByDesk    the child sink of each desk
     * @param ttl           how long after its last record a story's desks are forgotten, positive
     * @param sweepInterval how much stream time passes between two sweeps of the store, positive
     * @throws IllegalArgumentException if a duration is not positive
     */
    public DeskRouter(DeskRules rules, String storeName, Map<String, String> sinkByDesk, Duration ttl,
                      Duration sweepInterval) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.storeName = Objects.requireNonNull(storeName, "storeName");
        this.sinkByDesk = Map.copyOf(sinkByDesk);
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
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.routed = context.getStateStore(storeName);
        context.schedule(sweepInterval, PunctuationType.STREAM_TIME, this::expireDeskRoutes);
    }

    /** Deletes every story whose last record is {@code ttl} or more before {@code streamTime}. */
    private void expireDeskRoutes(long streamTime) {
        List<String> expired = new ArrayList<>();
        List<KeyValue<String, String>> unstamped = new ArrayList<>();
        try (KeyValueIterator<String, ValueAndTimestamp<String>> all = routed.all()) {
            while (all.hasNext()) {
                KeyValue<String, ValueAndTimestamp<String>> entry = all.next();
                if (entry.value == null) {
                    continue;
                }
                if (entry.value.timestamp() < 0) {
                    unstamped.add(KeyValue.pair(entry.key, entry.value.value()));
                } else if (isExpired(entry.value, streamTime)) {
                    expired.add(entry.key);
                }
            }
        }
        // Written after the scan: a store iterator is not guaranteed to see its own writes consistently.
        expired.forEach(routed::delete);
        unstamped.forEach(kv -> routed.put(kv.key, ValueAndTimestamp.make(kv.value, streamTime)));
        if (!expired.isEmpty()) {
            LOG.info("forgot the desks of {} stories last seen {} or more before {}", expired.size(), ttl,
                    Instant.ofEpochMilli(streamTime));
        }
    }

    private boolean isExpired(ValueAndTimestamp<String> entry, long now) {
        return entry != null && entry.timestamp() >= 0 && now - entry.timestamp() >= ttl.toMillis();
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle story = record.value();
        if (story == null) {
            return;
        }
        String id = story.getArticle().getId();
        Set<String> desks = new TreeSet<>(rules.desksFor(story));
        ValueAndTimestamp<String> before = routed.get(id);
        if (before != null && !isExpired(before, record.timestamp())) {
            desks.addAll(Arrays.asList(before.value().split(",")));
        }
        desks.retainAll(sinkByDesk.keySet()); // desks dropped from the rules file stop receiving
        if (story.getChange() == ChangeKind.KILL) {
            routed.delete(id);
        } else if (!desks.isEmpty()) {
            routed.put(id, ValueAndTimestamp.make(String.join(",", desks), record.timestamp()));
        }
        for (String desk : desks) {
            context.forward(record, sinkByDesk.get(desk));
        }
    }
}
