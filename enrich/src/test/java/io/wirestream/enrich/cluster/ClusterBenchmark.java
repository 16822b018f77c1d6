package io.wirestream.enrich.cluster;

import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.Entity;
import io.wirestream.schemas.Mention;
import io.wirestream.schemas.PubStatus;
import io.wirestream.schemas.Quantity;
import io.wirestream.schemas.RawArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * Cost per story of the clustering step (fingerprint, candidates, comparisons, store writes) with a RocksDB
 * store already holding {@code --stored} stories (default 10,000: a busy wire's 72 hours). Synthetic
 * enriched stories, no enrichment: a Zipf vocabulary (its first ranks skipped, as stop words are),
 * entities from a pool, a tenth re-sends and a fifth
 * other copy of an earlier event. Changelogging is off (no broker); in the stage each store write is also
 * a changelog record. Run: {@code java -cp <enrich test classpath> io.wirestream.enrich.cluster.ClusterBenchmark}.
 */
public final class ClusterBenchmark {

    private static final int VOCABULARY = 20_000;
    private static final int ENTITIES = 3_000;
    private static final int STOP_RANKS = 100;

    private final Random random = new Random(14);
    private final String[] words = new String[VOCABULARY];
    private final double[] zipf = new double[VOCABULARY];
    private final List<EnrichedArticle> sent = new ArrayList<>();

    private ClusterBenchmark() {
        double sum = 0;
        for (int i = 0; i < VOCABULARY; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 0, n = 4 + random.nextInt(6); k < n; k++) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            words[i] = w.toString();
            sum += 1.0 / (i + 1);
            zipf[i] = sum;
        }
        for (int i = 0; i < VOCABULARY; i++) {
            zipf[i] /= sum;
        }
    }

    public static void main(String[] args) throws Exception {
        int stored = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        new ClusterBenchmark().run(stored, measured);
    }

    private void run(int stored, int measured) throws Exception {
        Path dir = Files.createTempDirectory("cluster-bench");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "cluster-bench");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString());
        MockProcessorContext<String, EnrichedArticle> context = new MockProcessorContext<>(props,
                new org.apache.kafka.streams.processor.TaskId(0, 0), dir.toFile());
        KeyValueStore<String, byte[]> kv = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore("bench"),
                Serdes.String(), Serdes.ByteArray()).withLoggingDisabled().build();
        kv.init(context.getStateStoreContext(), kv);
        ClusterAssigner assigner = new ClusterAssigner(new ClusterStore(kv), new Fingerprinter(),
                ClusterPolicy.withWindow(ClusterPolicy.DEFAULT_WINDOW));
        long step = ClusterPolicy.DEFAULT_WINDOW.toMillis() / (stored + measured + 1);
        long t = Instant.parse("2026-03-11T00:00:00Z").toEpochMilli();
        for (int i = 0; i < stored; i++) {
            assigner.assign(next(i), t += step);
        }
        int clustered = 0;
        List<EnrichedArticle> batch = new ArrayList<>();
        for (int i = 0; i < measured; i++) {
            batch.add(next(stored + i));
        }
        long start = System.nanoTime();
        for (EnrichedArticle story : batch) {
            if (assigner.assign(story, t += step).getCluster() != null) {
                clustered++;
            }
        }
        long nanos = System.nanoTime() - start;
        Fingerprinter fingerprinter = new Fingerprinter();
        long fpStart = System.nanoTime();
        for (EnrichedArticle story : batch) {
            fingerprinter.fingerprint(story);
        }
        long fpNanos = System.nanoTime() - fpStart;
        ClusterStore store = new ClusterStore(kv);
        long candidates = 0;
        for (EnrichedArticle story : batch) {
            candidates += store.candidates(fingerprinter.fingerprint(story).orElseThrow()).size();
        }
        System.out.printf("%d stories in store, %d measured: %.1f us/story (fingerprint alone %.1f us), %d%% clustered,"
                + " %.1f candidates per story%n", stored, measured, nanos / 1e3 / measured, fpNanos / 1e3 / measured,
                100 * clustered / measured, (double) candidates / measured);
        kv.close();
    }

    private EnrichedArticle next(int n) {
        double roll = random.nextDouble();
        EnrichedArticle story;
        if (roll < 0.1 && !sent.isEmpty()) {
            story = resend(sent.get(sent.size() - 1 - random.nextInt(Math.min(sent.size(), 500))), n);
        } else if (roll < 0.3 && !sent.isEmpty()) {
            story = otherCopy(sent.get(sent.size() - 1 - random.nextInt(Math.min(sent.size(), 500))), n);
        } else {
            story = fresh(n);
        }
        sent.add(story);
        return story;
    }

    private String word() {
        int i = java.util.Arrays.binarySearch(zipf, random.nextDouble());
        // The first ranks stand for function words, which the event terms leave out as stop words.
        return words[Math.min(VOCABULARY - 1, STOP_RANKS + (i < 0 ? -i - 1 : i))];
    }

    private String text(int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(i == 0 ? "" : i % 60 == 0 ? ".\n\n" : " ").append(word());
        }
        return b.append('.').toString();
    }

    private Entity entity(int i) {
        return Entity.newBuilder().setType(i % 3 == 0 ? "LOCATION" : "PERSON").setName("Name" + i)
                .setMentions(List.of(new Mention(0, 1, "N"))).setSalience(random.nextDouble())
                .setWikidataId(i % 2 == 0 ? "Q" + i : null).build();
    }

    private EnrichedArticle fresh(int n) {
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            entities.add(entity((int) Math.min(ENTITIES - 1, Math.abs(random.nextGaussian()) * ENTITIES / 3)));
        }
        List<Quantity> quantities = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            quantities.add(new Quantity("n", 0, 1, (double) random.nextInt(1000), null, "count", null, false));
        }
        return story(n, text(10), text(400), entities, quantities);
    }

    private EnrichedArticle resend(EnrichedArticle original, int n) {
        String[] tokens = original.getBody().split(" ");
        for (int i = 0; i < tokens.length / 20; i++) {
            tokens[random.nextInt(tokens.length)] = word();
        }
        return story(n, original.getArticle().getHeadline(), String.join(" ", tokens), original.getEntities(),
                original.getQuantities());
    }

    private EnrichedArticle otherCopy(EnrichedArticle original, int n) {
        List<Entity> entities = new ArrayList<>(original.getEntities().subList(0, 5));
        entities.add(entity(random.nextInt(ENTITIES)));
        String headline = original.getArticle().getHeadline();
        return story(n, headline.substring(0, headline.length() / 2) + " " + text(5), text(350), entities,
                original.getQuantities().subList(0, 2));
    }

    private static EnrichedArticle story(int n, String headline, String body, List<Entity> entities,
                                         List<Quantity> quantities) {
        RawArticle raw = RawArticle.newBuilder().setId("bench:" + n).setVersion(1).setPubStatus(PubStatus.USABLE)
                .setProvider("Bench").setFormat("bench").setOrigin("bench").setReceivedAt(Instant.EPOCH)
                .setHeadline(headline).setBody(List.of(body)).setContentHash("h" + n).build();
        return EnrichedArticle.newBuilder().setArticle(raw).setChange(ChangeKind.NEW).setBody(body).setWordCount(400)
                .setSentenceCount(10).setParagraphCount(7).setReadingTimeMinutes(2).setEntities(entities)
                .setQuantities(quantities).setEnrichedAt(Instant.EPOCH).setEnricher("bench").build();
    }
}
