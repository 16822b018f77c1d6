package io.wirestream.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.PubStatus;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * What the pipeline's output says about a run, against what {@link Stories} expects:
 * each (story id, version) exactly once on the enriched, enriched JSON and business desk topics,
 * the last record per key on the latest topic the story's final state, no dead letter. Only
 * records of this run's stories count, so several runs may share topics. "lost" is
 * an expected version never seen, "duplicated" each extra copy, "unexpected" a version that
 * should not be there (a business-desk record of a story no rule routes there, for one),
 * "stale" a story whose last record on latest is not its final state.
 */
final class Verdict {

    /** Counts for one topic. */
    record TopicCounts(String topic, int records, int lost, int duplicated, int unexpected) {
        boolean clean() {
            return lost == 0 && duplicated == 0 && unexpected == 0;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    final Map<String, TopicCounts> topics = new LinkedHashMap<>();
    int stale;
    int deadLetters;
    int rawDuplicated;
    int rawLost;
    final Set<String> examples = new TreeSet<>();

    /** Waits (up to {@code timeout}) until the output is complete, then for quiet, then judges it. */
    static Verdict await(Tail tail, Topics topics, Stories stories, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Verdict verdict = judge(tail, topics, stories);
        while (!verdict.complete() && System.nanoTime() < deadline) {
            Stories.sleep(500);
            verdict = judge(tail, topics, stories);
        }
        // Anything reprocessed twice would arrive close behind: give it the time to show.
        tail.awaitQuiet(Duration.ofSeconds(3));
        return judge(tail, topics, stories);
    }

    /** No version lost and the latest topic final: all that is still to arrive are duplicates. */
    boolean complete() {
        return topics.values().stream().allMatch(c -> c.lost() == 0) && stale == 0;
    }

    boolean clean() {
        return topics.values().stream().allMatch(TopicCounts::clean) && stale == 0 && deadLetters == 0;
    }

    static Verdict judge(Tail tail, Topics topics, Stories stories) {
        return judge(new Tail.View(tail, "urn:chaos:" + stories.run() + ":"), topics, stories);
    }

    private static Verdict judge(Tail.View tail, Topics topics, Stories stories) {
        Verdict v = new Verdict();
        Set<String> expected = stories.expectedVersions();
        Set<String> business = new TreeSet<>();
        for (String key : expected) {
            String id = key.substring(0, key.lastIndexOf('@'));
            if (stories.expected().get(id).business()) {
                business.add(key);
            }
        }
        Deserializer<EnrichedArticle> enriched = topics.enriched().valueSerde().deserializer();
        Deserializer<RawArticle> raw = topics.raw().valueSerde().deserializer();

        Map<String, Integer> rawSeen = seen(tail.records(topics.raw().name()), a -> {
            RawArticle r = raw.deserialize(a.topic(), a.value());
            return Stories.key(r.getId(), r.getVersion());
        });
        v.rawLost = (int) expected.stream().filter(k -> !rawSeen.containsKey(k)).count();
        v.rawDuplicated = rawSeen.values().stream().mapToInt(n -> n - 1).sum();

        v.count(topics.enriched().name(), expected, tail.records(topics.enriched().name()), a -> {
            EnrichedArticle e = enriched.deserialize(a.topic(), a.value());
            return Stories.key(e.getArticle().getId(), e.getArticle().getVersion());
        });
        v.count(topics.enrichedJson().name(), expected, tail.records(topics.enrichedJson().name()), a -> {
            try {
                JsonNode node = JSON.readTree(a.value());
                return Stories.key(node.get("guid").asText(), node.get("version").asLong());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<Tail.Arrival> latest = tail.records(topics.latest().name());
        v.count(topics.latest().name(), expected, latest, a -> {
            EnrichedArticle e = enriched.deserialize(a.topic(), a.value());
            return Stories.key(e.getArticle().getId(), e.getArticle().getVersion());
        });
        v.count(topics.desk("business").name(), business, tail.records(topics.desk("business").name()), a -> {
            EnrichedArticle e = enriched.deserialize(a.topic(), a.value());
            return Stories.key(e.getArticle().getId(), e.getArticle().getVersion());
        });

        Map<String, EnrichedArticle> last = new HashMap<>();
        for (Tail.Arrival a : latest) {
            last.put(a.key(), a.value() == null ? null : enriched.deserialize(a.topic(), a.value()));
        }
        for (Stories.Expected story : stories.expected().values()) {
            EnrichedArticle e = last.get(story.id());
            boolean ok = e != null && e.getArticle().getVersion() == story.lastVersion()
                    && (e.getArticle().getPubStatus() == PubStatus.CANCELED) == story.killed();
            if (!ok) {
                v.stale++;
                v.example("stale on latest: " + story + " last=" + (e == null ? "none"
                        : e.getArticle().getVersion() + "/" + e.getArticle().getPubStatus()));
            }
        }
        // Dead letters are keyed by the input's key, which a bad record may lack: count them all.
        v.deadLetters = tail.all().count(topics.deadLetters().name());
        return v;
    }

    private void count(String topic, Set<String> expected, List<Tail.Arrival> records,
                       java.util.function.Function<Tail.Arrival, String> keyOf) {
        Map<String, Integer> seen = seen(records, keyOf);
        int lost = 0;
        for (String key : expected) {
            if (!seen.containsKey(key)) {
                lost++;
                example("lost on " + topic + ": " + key);
            }
        }
        int duplicated = 0;
        int unexpected = 0;
        for (Map.Entry<String, Integer> e : seen.entrySet()) {
            if (!expected.contains(e.getKey())) {
                unexpected += e.getValue();
                example("unexpected on " + topic + ": " + e.getKey());
            } else if (e.getValue() > 1) {
                duplicated += e.getValue() - 1;
                example("duplicated on " + topic + ": " + e.getKey() + " x" + e.getValue());
            }
        }
        topics.put(topic, new TopicCounts(topic, records.size(), lost, duplicated, unexpected));
    }

    private static Map<String, Integer> seen(List<Tail.Arrival> records,
                                             java.util.function.Function<Tail.Arrival, String> keyOf) {
        Map<String, Integer> seen = new HashMap<>();
        for (Tail.Arrival a : records) {
            if (a.value() != null) {
                seen.merge(keyOf.apply(a), 1, Integer::sum);
            }
        }
        return seen;
    }

    private void example(String text) {
        if (examples.size() < 10) {
            examples.add(text);
        }
    }

    int lost() {
        return topics.values().stream().mapToInt(TopicCounts::lost).sum();
    }

    int duplicated() {
        return topics.values().stream().mapToInt(TopicCounts::duplicated).sum();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        topics.values().forEach(c -> s.append(String.format("  %-50s records %5d  lost %d  duplicated %d  unexpected %d%n",
                c.topic(), c.records(), c.lost(), c.duplicated(), c.unexpected())));
        s.append(String.format("  raw: lost %d, duplicated %d; latest stale %d; dead letters %d%n",
                rawLost, rawDuplicated, stale, deadLetters));
        examples.forEach(e -> s.append("  e.g. ").append(e).append('\n'));
        return s.toString();
    }
}
