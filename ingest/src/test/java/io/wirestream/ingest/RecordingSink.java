package io.wirestream.ingest;

import io.wirestream.ingest.ledger.LedgerEntry;
import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.RawArticle;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.KafkaException;

/**
 * An {@link IngestSink} that keeps everything in memory, committing each input at once. It can be
 * told to fail the next inputs, as an aborted transaction would: then nothing of them is kept.
 * Thread-safe: sources submit from many threads.
 */
public final class RecordingSink implements IngestSink {

    private final List<RawArticle> published = new CopyOnWriteArrayList<>();
    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    private final List<LedgerEntry> ledgerEntries = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger submitted = new AtomicInteger();

    @Override
    public CompletableFuture<Void> submit(InputRecords input) {
        submitted.incrementAndGet();
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return CompletableFuture.failedFuture(new KafkaException("transaction aborted (test)"));
        }
        synchronized (this) {
            // All of one input together, as a committed transaction shows them.
            published.addAll(input.articles());
            if (input.deadLetter() != null) {
                deadLetters.add(input.deadLetter());
            }
            if (input.ledgerEntry() != null) {
                ledgerEntries.add(input.ledgerEntry());
            }
        }
        return CompletableFuture.completedFuture(null);
    }

    /** Fails the next {@code n} submissions. */
    public void failNext(int n) {
        failures.set(n);
    }

    /** How many inputs were submitted, failed ones included. */
    public int submitted() {
        return submitted.get();
    }

    /** What was published so far, a snapshot. */
    public List<RawArticle> published() {
        return List.copyOf(published);
    }

    /** The ledger entries committed with the inputs so far, a snapshot. */
    public List<LedgerEntry> ledgerEntries() {
        return List.copyOf(ledgerEntries);
    }

    /** What was dead-lettered so far, a snapshot. */
    public List<DeadLetter> deadLetters() {
        return List.copyOf(deadLetters);
    }
}
