package io.wirestream.enrich.cluster;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The clustering state in one key-value store, in four key spaces, so that one changelog carries all of it
 * and every change is in the transaction of the record that caused it:
 * <pre>
 * s:&lt;article id&gt;                      -&gt; {@link StoredStory}
 * b:&lt;band&gt;:&lt;band key hex&gt;:&lt;article id&gt; -&gt; (empty)   LSH index: a prefix scan finds a band's stories
 * t:&lt;seenAt hex&gt;:&lt;article id&gt;         -&gt; (empty)   time index: a range scan finds the expired ones
 * c:&lt;cluster id&gt;                      -&gt; int        stories kept in the cluster
 * </pre>
 * Hex is fixed-width, so the store's byte order is numeric order. A killed story keeps its {@code s:} and
 * {@code t:} entries (its cluster is remembered) but leaves the LSH index.
 *
 * <p>Not thread-safe: one per stream task, like its store.
 */
public final class ClusterStore {

    /** Most candidates looked at per story, a bound on the cost of a term every story shares. */
    static final int MAX_CANDIDATES = 2000;
    private static final byte[] MARK = new byte[0];
    private static final StringSerializer PREFIX = new StringSerializer();

    private final KeyValueStore<String, byte[]> store;

    /** @param store the {@code KeyValueStore<String, byte[]>} this state lives in */
    public ClusterStore(KeyValueStore<String, byte[]> store) {
        this.store = store;
    }

    /** The story kept under {@code id}, if any. */
    public Optional<StoredStory> story(String id) {
        byte[] bytes = store.get("s:" + id);
        return bytes == null ? Optional.empty() : Optional.of(StoredStory.decode(bytes));
    }

    /** Keeps {@code now} for {@code id}, replacing {@code before} (null if none) and its index entries. */
    public void put(String id, StoredStory before, StoredStory now) {
        if (before != null) {
            unindex(id, before);
        }
        store.put("s:" + id, now.encode());
        store.put(timeKey(now.seenAt(), id), MARK);
        if (!now.killed()) {
            long[] bands = now.fingerprint().bands();
            for (int b = 0; b < bands.length; b++) {
                store.put(bandPrefix(b, bands[b]) + id, MARK);
            }
        }
    }

    /** Forgets the story kept under {@code id} and its index entries; it leaves its cluster. */
    public void forget(String id, StoredStory story) {
        unindex(id, story);
        store.delete("s:" + id);
        leave(story.clusterId());
    }

    /**
     * The ids of the stories sharing at least one band with {@code fingerprint}, in band then id order (at
     * most {@value #MAX_CANDIDATES}); may include the story itself and expired stories not yet swept.
     */
    public SortedSet<String> candidates(Fingerprint fingerprint) {
        SortedSet<String> ids = new TreeSet<>();
        long[] bands = fingerprint.bands();
        for (int b = 0; b < bands.length && ids.size() < MAX_CANDIDATES; b++) {
            String prefix = bandPrefix(b, bands[b]);
            try (KeyValueIterator<String, byte[]> hits = store.prefixScan(prefix, PREFIX)) {
                while (hits.hasNext() && ids.size() < MAX_CANDIDATES) {
                    ids.add(hits.next().key.substring(prefix.length()));
                }
            }
        }
        return ids;
    }

    /** Stories kept in the cluster. */
    public int size(String clusterId) {
        byte[] bytes = store.get("c:" + clusterId);
        return bytes == null ? 0 : ByteBuffer.wrap(bytes).getInt();
    }

    /** One more story in the cluster; its new size. */
    public int join(String clusterId) {
        int size = size(clusterId) + 1;
        store.put("c:" + clusterId, ByteBuffer.allocate(Integer.BYTES).putInt(size).array());
        return size;
    }

    /** One story fewer in the cluster; the cluster's entry goes with its last story. */
    public void leave(String clusterId) {
        int size = size(clusterId) - 1;
        if (size <= 0) {
            store.delete("c:" + clusterId);
        } else {
            store.put("c:" + clusterId, ByteBuffer.allocate(Integer.BYTES).putInt(size).array());
        }
    }

    /** Forgets every story last seen at or before {@code cutoff}; how many were forgotten. */
    public int expire(long cutoff) {
        List<String> timeKeys = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> old = store.range("t:", timeBound(cutoff + 1))) {
            while (old.hasNext()) {
                timeKeys.add(old.next().key);
            }
        }
        // Deleted after the scan: a store iterator is not guaranteed to see its own writes consistently.
        for (String key : timeKeys) {
            String id = key.substring(2 + 16 + 1);
            StoredStory story = story(id).orElse(null);
            store.delete(key);
            if (story != null && timeKey(story.seenAt(), id).equals(key)) {
                forget(id, story);
            }
        }
        return timeKeys.size();
    }

    private void unindex(String id, StoredStory story) {
        store.delete(timeKey(story.seenAt(), id));
        if (!story.killed()) {
            long[] bands = story.fingerprint().bands();
            for (int b = 0; b < bands.length; b++) {
                store.delete(bandPrefix(b, bands[b]) + id);
            }
        }
    }

    private static String bandPrefix(int band, long key) {
        return String.format(Locale.ROOT, "b:%02d:%016x:", band, key);
    }

    private static String timeKey(long seenAt, String id) {
        return timeBound(seenAt) + ":" + id;
    }

    // "t:<hex>" sorts before every key of that time ("t:<hex>:<id>") and after every earlier one.
    private static String timeBound(long seenAt) {
        return String.format(Locale.ROOT, "t:%016x", Math.max(0, seenAt));
    }

    /** For tests: every key in the store, to prove what expiry leaves. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            all.forEachRemaining((KeyValue<String, byte[]> kv) -> keys.add(kv.key));
        }
        return keys;
    }
}
