package io.wirestream.enrich.cluster;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The clustering state in one key-value store, in four key spaces, so that one changelog carries all of it
 * and every change is in the transaction of the record that caused it:
 * <pre>
 * s:&lt;article id&gt;                      -&gt; {@link StoredStory}
 * b:&lt;band&gt;:&lt;band key hex&gt;         -&gt; ids     LSH index: the stories in that band, one read
 * t:&lt;seenAt hex&gt;:&lt;article id&gt;         -&gt; (empty)   time index: a range scan finds the expired ones
 * c:&lt;cluster id&gt;                      -&gt; int        stories kept in the cluster
 * </pre>
 * Hex is fixed-width, so the store's byte order is numeric order. A band's stories are one value, read
 * with one get, because a RocksDB prefix scan per band (an iterator each) cost ten times more per story;
 * the price is that a band change writes the band's whole list to the changelog, so a list holds at most
 * {@value #MAX_POSTING} stories (a story past that is not listed in that band, and found by its others). A killed story keeps its {@code s:} and
 * {@code t:} entries (its cluster is remembered) but leaves the LSH index.
 *
 * <p>Not thread-safe: one per stream task, like its store.
 */
public final class ClusterStore {

    /**
     * A band shared by more stories than this is passed over when looking for candidates: like a stop word,
     * a term half the wire shares (a country, a minister) says little, and reading its stories would make
     * the cost per story grow with the store. Other bands still find the story's own event.
     */
    static final int MAX_BAND_STORIES = 64;
    static final int MAX_POSTING = 256;
    /**
     * A candidate shares at least this many bands. Chance sharing of one common term is the usual way an
     * unrelated story shares a band; copy of one event with key-term Jaccard 0.2 shares two or more of the
     * 16 event bands with probability 0.86 (a near-duplicate shares far more), and each candidate left out
     * saves a read and a comparison.
     */
    static final int MIN_SHARED_BANDS = 2;
    private static final byte[] MARK = new byte[0];

    private final KeyValueStore<String, byte[]> store;
    // The band lists read by candidates(), written through, for the put() of the same story: a store read
    // is the main cost per story, and this halves them. Dropped after that put.
    private final Map<String, List<String>> postings = new HashMap<>();

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
                String key = bandKey(b, bands[b]);
                List<String> ids = posting(key);
                if (ids.size() < MAX_POSTING && !ids.contains(id)) {
                    ids.add(id);
                    store.put(key, encode(ids));
                }
            }
        }
        postings.clear();
    }

    /** Forgets the story kept under {@code id} and its index entries; it leaves its cluster. */
    public void forget(String id, StoredStory story) {
        unindex(id, story);
        store.delete("s:" + id);
        leave(story.clusterId());
    }

    /**
     * The ids of the stories sharing at least {@value #MIN_SHARED_BANDS} bands with {@code fingerprint},
     * bands shared by more than {@value #MAX_BAND_STORIES} stories left out, in id order; may include the
     * story itself and expired stories not yet swept.
     */
    public SortedSet<String> candidates(Fingerprint fingerprint) {
        postings.clear();
        Map<String, Integer> shared = new HashMap<>();
        long[] bands = fingerprint.bands();
        for (int b = 0; b < bands.length; b++) {
            List<String> band = posting(bandKey(b, bands[b]));
            if (band.size() <= MAX_BAND_STORIES) {
                band.forEach(id -> shared.merge(id, 1, Integer::sum));
            }
        }
        SortedSet<String> ids = new TreeSet<>();
        shared.forEach((id, bandsShared) -> {
            if (bandsShared >= MIN_SHARED_BANDS) {
                ids.add(id);
            }
        });
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
        postings.clear();
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
                String key = bandKey(b, bands[b]);
                List<String> ids = posting(key);
                if (ids.remove(id)) {
                    if (ids.isEmpty()) {
                        store.delete(key);
                    } else {
                        store.put(key, encode(ids));
                    }
                }
            }
        }
    }

    // The returned list is the cached one: callers that change it write it back.
    private List<String> posting(String key) {
        List<String> cached = postings.get(key);
        if (cached != null) {
            return cached;
        }
        byte[] bytes = store.get(key);
        List<String> ids = new ArrayList<>();
        if (bytes != null) {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            while (in.hasRemaining()) {
                byte[] id = new byte[in.getShort() & 0xffff];
                in.get(id);
                ids.add(new String(id, StandardCharsets.UTF_8));
            }
        }
        postings.put(key, ids);
        return ids;
    }

    // Each id as a 2-byte length and its UTF-8 bytes; ids are far shorter than 64 KiB.
    private static byte[] encode(List<String> ids) {
        List<byte[]> utf8 = ids.stream().map(id -> id.getBytes(StandardCharsets.UTF_8)).toList();
        ByteBuffer out = ByteBuffer.allocate(utf8.stream().mapToInt(b -> 2 + b.length).sum());
        for (byte[] id : utf8) {
            out.putShort((short) id.length).put(id);
        }
        return out.array();
    }

    private static String bandKey(int band, long key) {
        return String.format(Locale.ROOT, "b:%02d:%016x", band, key);
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
