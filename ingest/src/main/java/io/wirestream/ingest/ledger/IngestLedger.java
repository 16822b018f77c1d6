package io.wirestream.ingest.ledger;

import java.util.Optional;

/**
 * What the sources already committed, by ledger key. A source looks an input up before sending it
 * and, when the same version is there, completes its handling (moves the file, skips the feed
 * item) without sending it again; it attaches a {@link LedgerEntry} to each input it sends, which
 * the sink writes in the input's transaction, and reports the entry here once committed.
 *
 * <p>Implementations are thread-safe.
 */
public interface IngestLedger {

    /** No ledger: nothing is ever found, nothing is kept, and sources attach no entries. */
    IngestLedger NONE = new IngestLedger() {
        @Override
        public Optional<LedgerEntry> find(String key) {
            return Optional.empty();
        }

        @Override
        public void committed(LedgerEntry entry) {
        }

        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public String toString() {
            return "IngestLedger.NONE";
        }
    };

    /** The entry last committed under {@code key}, if known. */
    Optional<LedgerEntry> find(String key);

    /** Records an entry whose transaction has committed. */
    void committed(LedgerEntry entry);

    /** Whether sources should attach entries to what they send (false only for {@link #NONE}). */
    default boolean enabled() {
        return true;
    }

    /** Whether {@code version} of the input under {@code key} was committed. */
    default boolean contains(String key, String version) {
        return find(key).filter(entry -> entry.isVersion(version)).isPresent();
    }
}
