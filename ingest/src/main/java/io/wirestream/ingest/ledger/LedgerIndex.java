package io.wirestream.ingest.ledger;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A bounded in-memory ledger: the most recently committed {@code maxEntries} keys. Loaded from the
 * ledger topic at start (oldest first, so the newest survive the bound) and kept up to date with
 * what this process commits. Why bounded: the compacted topic holds one record per input ever
 * ingested; the index only needs the recent ones, since the crash window it closes is seconds
 * long and a feed only repeats what it still lists. An input evicted from the index and seen again
 * is sent again, which downstream (enrich's version store) drops as a re-delivery.
 *
 * <p>Thread-safe.
 */
public final class LedgerIndex implements IngestLedger {

    /** Default bound: about 30 MB of keys at a few hundred bytes each. */
    public static final int DEFAULT_MAX_ENTRIES = 100_000;

    private final int maxEntries;
    private final Map<String, LedgerEntry> entries;

    /** @param maxEntries most keys kept, positive */
    public LedgerIndex(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be positive: " + maxEntries);
        }
        this.maxEntries = maxEntries;
        // Access order: a key looked up again (a feed item listed on every poll) stays in.
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, LedgerEntry> eldest) {
                return size() > LedgerIndex.this.maxEntries;
            }
        };
    }

    @Override
    public synchronized Optional<LedgerEntry> find(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public synchronized void committed(LedgerEntry entry) {
        entries.put(entry.key(), entry);
    }

    /** How many keys are held. */
    public synchronized int size() {
        return entries.size();
    }

    @Override
    public String toString() {
        return "LedgerIndex[" + size() + " of at most " + maxEntries + "]";
    }
}
