package io.wirestream.ingest;

import java.util.concurrent.CompletableFuture;

/**
 * Where ingested copy goes: the transactional Kafka publisher in production, a list in tests.
 *
 * <p>The unit is one input's {@link InputRecords}: all of its articles, or its dead letter, are
 * published atomically, together or not at all. A sink may put several inputs in one transaction;
 * each input's future completes only once that transaction is committed, so a source may move its
 * file out of the way (or acknowledge a push) in the future's callback and never before.
 *
 * <p>A future that completes exceptionally means none of that input's records became visible to
 * {@code read_committed} consumers: the source keeps the input and retries it. If the sink can
 * never publish again (closed, or fenced by another instance) the exception is a
 * {@link SinkClosedException} and retrying is pointless.
 *
 * <p>Implementations are thread-safe: many source threads submit at once. The future may complete
 * on the sink's own thread, so callbacks doing I/O should run on the source's executor
 * ({@code whenCompleteAsync(.., executor)}).
 */
public interface IngestSink {

    /**
     * Submits one input's records for publishing; returns at once (or blocks while the sink's queue
     * is full).
     *
     * @param input the records, not null
     * @return completes normally once the records are committed, exceptionally if they never will be
     */
    CompletableFuture<Void> submit(InputRecords input);
}
