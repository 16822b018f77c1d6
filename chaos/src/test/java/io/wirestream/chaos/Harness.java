package io.wirestream.chaos;

import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * What every scenario needs from the class that owns the broker: where to launch, the broker's
 * address, the run's directory and the random source (seeds are printed, so a run can be replayed).
 *
 * @param launcher  starts processes from the reactor's jars
 * @param bootstrap the broker's address
 * @param work      this run's directory (logs, drop folders, state, figures)
 * @param random    the run's random source
 */
record Harness(Launcher launcher, String bootstrap, Path work, Random random) {

    /** Short timeouts for scenarios that wait out a session or a transaction on purpose. */
    static final List<String> SHORT_TIMEOUTS = List.of(
            "enrich.consumer.session.timeout.ms=6000", "enrich.consumer.heartbeat.interval.ms=2000",
            "enrich.producer.transaction.timeout.ms=6000",
            "publish.consumer.session.timeout.ms=6000", "publish.consumer.heartbeat.interval.ms=2000",
            "publish.producer.transaction.timeout.ms=6000");

    Deployment deployment(String name) {
        return deployment(name, List.of());
    }

    Deployment deployment(String name, List<String> settings) {
        return new Deployment(name, launcher, bootstrap, work, settings);
    }

    Stories stories(String name, int count) {
        long seed = random.nextLong();
        System.out.println("chaos " + name + ": seed " + seed);
        return new Stories(name + "-" + UUID.randomUUID().toString().substring(0, 6), count, seed);
    }

    /** Writes a batch into the drop folder and waits until ingest has taken all of it. */
    void feed(Deployment d, List<Stories.Version> batch) {
        Stories.write(d.dropFolder(), batch);
        Stories.awaitTaken(d.dropFolder(), batch, Duration.ofSeconds(120));
    }

    /** The (id, version) keys of {@code stories} seen so far on the enriched topic. */
    static Set<String> enrichedKeys(Tail tail, Topics topics, Stories stories) {
        Deserializer<EnrichedArticle> enriched = topics.enriched().valueSerde().deserializer();
        return new Tail.View(tail, "urn:chaos:" + stories.run() + ":").records(topics.enriched().name()).stream()
                .map(a -> enriched.deserialize(a.topic(), a.value()).getArticle())
                .map(a -> Stories.key(a.getId(), a.getVersion())).collect(Collectors.toSet());
    }

    /** Waits until every version in {@code fed} is on the enriched topic; returns how long since {@code since}. */
    static Duration awaitEnriched(Tail tail, Topics topics, Stories stories, Collection<Stories.Version> fed,
                                  long since, Duration timeout) {
        Set<String> want = fed.stream().map(v -> Stories.key(v.id(), v.version())).collect(Collectors.toSet());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!enrichedKeys(tail, topics, stories).containsAll(want)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not all of " + want.size() + " versions on " + topics.enriched().name()
                        + " within " + timeout);
            }
            Stories.sleep(100);
        }
        return Duration.ofNanos(System.nanoTime() - since);
    }
}
