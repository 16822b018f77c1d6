package io.wirestream.publish.route;

import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.EnrichedArticle;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Forwards each story to the sink of every desk it belongs to.
 *
 * <p>A story belongs to the desks its rules match now plus every desk it was sent to before
 * (kept in a store), so an update or a kill reaches the desks that have the story even when the
 * new copy no longer matches (a kill has no body at all). After a kill the story is forgotten.
 *
 * <p>One instance per stream task; not thread-safe.
 */
public final class DeskRouter implements Processor<String, EnrichedArticle, String, EnrichedArticle> {

    private final DeskRules rules;
    private final String storeName;
    private final Map<String, String> sinkByDesk;
    private ProcessorContext<String, EnrichedArticle> context;
    private KeyValueStore<String, String> routed;

    /**
     * @param storeName  {@code KeyValueStore<String, String>} of story id to comma-separated desks
     * @param sinkByDesk the child sink of each desk
     */
    public DeskRouter(DeskRules rules, String storeName, Map<String, String> sinkByDesk) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.storeName = Objects.requireNonNull(storeName, "storeName");
        this.sinkByDesk = Map.copyOf(sinkByDesk);
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.routed = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle story = record.value();
        if (story == null) {
            return;
        }
        String id = story.getArticle().getId();
        Set<String> desks = new TreeSet<>(rules.desksFor(story));
        String before = routed.get(id);
        if (before != null) {
            desks.addAll(Arrays.asList(before.split(",")));
        }
        desks.retainAll(sinkByDesk.keySet()); // desks dropped from the rules file stop receiving
        if (story.getChange() == ChangeKind.KILL) {
            routed.delete(id);
        } else if (!desks.isEmpty()) {
            routed.put(id, String.join(",", desks));
        }
        for (String desk : desks) {
            context.forward(record, sinkByDesk.get(desk));
        }
    }
}
