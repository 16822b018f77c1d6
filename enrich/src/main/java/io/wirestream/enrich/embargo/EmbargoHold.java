package io.wirestream.enrich.embargo;

import io.wirestream.enrich.EnrichConfig;
import io.wirestream.enrich.version.TrackedArticle;
import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.HeldArticle;
import io.wirestream.schemas.PubStatus;
import io.wirestream.schemas.RawArticle;
import java.time.Clock;
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
 * Holds back, per story id, the versions that must not be published yet, and releases them at their
 * time, exactly once.
 *
 * <ul>
 *   <li>A version whose embargo lies ahead of the wall clock, or that is withheld, is held in the store
 *       (replacing any version of the story held before) and not forwarded.</li>
 *   <li>A usable version whose embargo is absent or past is forwarded at once, with its own record
 *       timestamp, and drops a held version of its story.</li>
 *   <li>A kill is never held: it drops a held version and is forwarded, so downstream records the
 *       story as canceled.</li>
 *   <li>Every {@link EmbargoSettings#checkInterval()} of wall-clock time a punctuator forwards each held
 *       version whose embargo has come, stamped with the release time (downstream's {@code enrichedAt}),
 *       and deletes it. Forward and delete are in one exactly-once transaction, and the store's changelog
 *       brings held versions back after a restart, so a version is released once, never early.</li>
 *   <li>A withheld version is never released by time: only a usable version of its story replaces it.</li>
 * </ul>
 *
 * <p>Change kinds: a story held from its first version was never seen downstream, so the first version
 * to go out is NEW, even if version tracking called it an UPDATE (the held entry remembers this).
 *
 * <p>Bounds: an embargo more than {@link EmbargoSettings#maxHold()} ahead is taken for bad input (a
 * mistyped year holds a story for ever): the version is refused with an {@link IllegalArgumentException},
 * which the stage dead-letters with its original bytes; it is neither held nor published early. A
 * withheld version still held after {@code maxHold} is dropped (logged at WARN): it was never to be
 * published as it stands. So no entry outlives {@code maxHold}.
 *
 * <p>One instance per stream task, as Kafka Streams requires; not thread-safe.
 */
public final class EmbargoHold implements Processor<String, TrackedArticle, String, TrackedArticle> {

    private static final Logger LOG = LoggerFactory.getLogger(EmbargoHold.class);

    private final String storeName;
    private final EmbargoSettings settings;
    private final Clock clock;
    private KeyValueStore<String, HeldArticle> held;
    private ProcessorContext<String, TrackedArticle> context;

    /**
     * @param storeName name of the {@code KeyValueStore<String, HeldArticle>} connected to this processor
     * @param settings  how long at most and how often
     * @param clock     the wall clock embargoes are compared with (tests pass their own)
     */
    public EmbargoHold(String storeName, EmbargoSettings settings, Clock clock) {
        this.storeName = Objects.requireNonNull(storeName, "storeName");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void init(ProcessorContext<String, TrackedArticle> context) {
        this.context = context;
        this.held = context.getStateStore(storeName);
        // Wall-clock time: an embargo is lifted at its hour even when no record arrives.
        context.schedule(settings.checkInterval(), PunctuationType.WALL_CLOCK_TIME, t -> releaseDue());
    }

    @Override
    public void process(Record<String, TrackedArticle> record) {
        TrackedArticle tracked = record.value();
        RawArticle article = tracked.article();
        String id = record.key();
        long now = clock.millis();
        HeldArticle before = held.get(id);
        if (tracked.change() == ChangeKind.KILL) {
            if (before != null) {
                held.delete(id);
                LOG.info("kill of {} v{} drops its held v{}", id, article.getVersion(), before.getArticle().getVersion());
            }
            context.forward(record);
            return;
        }
        boolean seenDownstream = before != null ? before.getStorySeenDownstream() : tracked.change() == ChangeKind.UPDATE;
        if (isWithheld(article) || !isDue(article, now)) {
            checkWithinMaxHold(article, now);
            held.put(id, HeldArticle.newBuilder().setArticle(article).setStorySeenDownstream(seenDownstream)
                    .setHeldAt(Instant.ofEpochMilli(now)).build());
            LOG.debug("holding {} v{} ({})", id, article.getVersion(),
                    isWithheld(article) ? "withheld" : "embargoed until " + article.getEmbargoedUntil());
            return;
        }
        if (before != null) {
            held.delete(id);
        }
        ChangeKind change = seenDownstream ? tracked.change() : ChangeKind.NEW;
        context.forward(record.withValue(new TrackedArticle(article, change)));
    }

    private static boolean isWithheld(RawArticle article) {
        return article.getPubStatus() == PubStatus.WITHHELD;
    }

    private static boolean isDue(RawArticle article, long now) {
        Instant embargo = article.getEmbargoedUntil();
        return embargo == null || embargo.toEpochMilli() <= now;
    }

    private void checkWithinMaxHold(RawArticle article, long now) {
        Instant embargo = article.getEmbargoedUntil();
        if (!isWithheld(article) && embargo.toEpochMilli() - now > settings.maxHold().toMillis()) {
            throw new IllegalArgumentException("embargo " + embargo + " of story " + article.getId() + " v"
                    + article.getVersion() + " is more than " + settings.maxHold() + " ("
                    + EnrichConfig.EMBARGO_MAX_HOLD_MS + ") after " + Instant.ofEpochMilli(now)
                    + ": refused, neither held nor published");
        }
    }

    /** Forwards and deletes every held version whose embargo has come; drops withheld ones held too long. */
    private void releaseDue() {
        long now = clock.millis();
        List<KeyValue<String, HeldArticle>> due = new ArrayList<>();
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, HeldArticle> all = held.all()) {
            while (all.hasNext()) {
                KeyValue<String, HeldArticle> entry = all.next();
                RawArticle article = entry.value.getArticle();
                if (!isWithheld(article) && isDue(article, now)) {
                    due.add(entry);
                } else if (isWithheld(article)
                        && now - entry.value.getHeldAt().toEpochMilli() >= settings.maxHold().toMillis()) {
                    expired.add(entry.key);
                }
            }
        }
        // A full scan each time: few stories are under embargo at once, and every entry is gone within
        // maxHold. Written after the scan: a store iterator is not guaranteed to see its own writes consistently.
        for (KeyValue<String, HeldArticle> entry : due) {
            ChangeKind change = entry.value.getStorySeenDownstream() ? ChangeKind.UPDATE : ChangeKind.NEW;
            context.forward(new Record<>(entry.key, new TrackedArticle(entry.value.getArticle(), change), now));
            held.delete(entry.key);
            LOG.info("embargo lifted: released {} v{} as {}", entry.key, entry.value.getArticle().getVersion(), change);
        }
        for (String id : expired) {
            held.delete(id);
            LOG.warn("dropped withheld story {}: no usable version within {} ({})", id, settings.maxHold(),
                    EnrichConfig.EMBARGO_MAX_HOLD_MS);
        }
    }
}
