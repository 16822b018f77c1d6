package io.wirestream.ingest.source;

import io.wirestream.ingest.IngestConfig;
import io.wirestream.ingest.IngestResult;
import io.wirestream.ingest.Ingestor;
import io.wirestream.ingest.InputRecords;
import io.wirestream.ingest.SinkClosedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests a given list of files once, for batch runs and back-fills. A directory stands for its
 * input files, subfolders included, as {@link InputFiles} defines them (the same files a drop
 * folder would take), in path order. Files are left where they are.
 *
 * <p>Each file's name (its origin, and its dead letter's key) is its path as given, or for a file
 * found in a given directory, that directory's path as given joined with the file's path inside
 * it: never a path made absolute on the ingest machine.
 *
 * <p>Throughput: files are read and parsed on a pool of worker threads and submitted without
 * waiting, so many are in flight and the sink batches them into few transactions; memory is
 * bounded by {@value #MAX_IN_FLIGHT_BYTES} bytes of input in flight.
 *
 * <p>One bad file does not stop the run: its content is dead-lettered by the {@link Ingestor}, and
 * a file that cannot be read gets a failed result (and a log line; there are no bytes to
 * dead-letter). An input whose transaction failed is submitted again, up to
 * {@value #MAX_ATTEMPTS} times; after that, or if the sink is closed, the run stops with the sink's
 * exception once the inputs in flight are settled. Inputs that were committed stay committed.
 *
 * <p>Thread-safe; it holds no mutable state between runs.
 */
public final class FileSource {

    /** How often one input is submitted before the run gives up. */
    public static final int MAX_ATTEMPTS = 3;
    /** Input bytes read but not yet committed, across the worker threads. */
    static final int MAX_IN_FLIGHT_BYTES = 64 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(FileSource.class);

    private final FileIngestion ingestion;
    private final int threads;

    /** A source using the system clock for {@code receivedAt}. */
    public FileSource(Ingestor ingestor, IngestConfig config) {
        this(ingestor, config, Clock.systemUTC());
    }

    /** A source with one reading and parsing thread per processor. */
    public FileSource(Ingestor ingestor, IngestConfig config, Clock clock) {
        this(ingestor, config, clock, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param ingestor does the work, not null
     * @param config gives the provider hint and the pinned format, not null
     * @param clock gives {@code receivedAt}, not null
     * @param threads how many files are read and parsed at once, positive
     * @throws ConfigException if the pinned format is unknown
     */
    public FileSource(Ingestor ingestor, IngestConfig config, Clock clock, int threads) {
        this.ingestion = new FileIngestion(Objects.requireNonNull(ingestor, "ingestor"),
                Objects.requireNonNull(config, "config"), Objects.requireNonNull(clock, "clock"));
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        this.threads = threads;
    }

    /**
     * Ingests every file in {@code paths}, directories expanded, and waits until each is committed
     * or has failed.
     *
     * @return one result per file, in the order of {@code paths} and then of path within a directory
     * @throws RuntimeException the sink's exception, if an input could not be published
     */
    public List<FileResult> ingest(List<Path> paths) {
        List<CompletableFuture<FileResult>> results = new ArrayList<>();
        AtomicReference<RuntimeException> sinkFailure = new AtomicReference<>();
        Semaphore budget = new Semaphore(MAX_IN_FLIGHT_BYTES);
        AtomicInteger counter = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "wirestream-file-source-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (Path path : paths) {
                for (Path file : expand(path, results)) {
                    if (sinkFailure.get() != null) {
                        break;
                    }
                    int cost = cost(file);
                    budget.acquireUninterruptibly(cost);
                    CompletableFuture<FileResult> result = CompletableFuture
                            .supplyAsync(() -> prepare(file), workers)
                            .thenCompose(prepared -> prepared.records() == null
                                    ? CompletableFuture.completedFuture(prepared.failure())
                                    : submit(prepared.records(), 1))
                            .whenComplete((r, e) -> {
                                budget.release(cost);
                                if (e != null) {
                                    sinkFailure.compareAndSet(null, unwrap(e));
                                }
                            })
                            .thenApply(r -> new FileResult(file, r));
                    results.add(result);
                }
            }
            List<FileResult> done = new ArrayList<>(results.size());
            for (CompletableFuture<FileResult> result : results) {
                try {
                    done.add(result.join());
                } catch (CompletionException e) {
                    // Reported below, once everything in flight has settled.
                }
            }
            if (sinkFailure.get() != null) {
                throw sinkFailure.get();
            }
            return done;
        } finally {
            workers.shutdownNow();
        }
    }

    private record Prepared(InputRecords records, IngestResult failure) {
    }

    private Prepared prepare(Path file) {
        try {
            return new Prepared(ingestion.prepare(file, file.toString()), null);
        } catch (IOException e) {
            log.error("Cannot read {}: {}", file, e.toString());
            String reason = e instanceof NoSuchFileException ? "no such file: " + file : "cannot read " + file + ": " + e;
            return new Prepared(null, IngestResult.failure(null, reason));
        }
    }

    private CompletableFuture<IngestResult> submit(InputRecords records, int attempt) {
        return ingestion.ingestor().submit(records).handle((result, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(result);
            }
            RuntimeException cause = unwrap(error);
            if (cause instanceof SinkClosedException || attempt >= MAX_ATTEMPTS) {
                return CompletableFuture.<IngestResult>failedFuture(cause);
            }
            log.warn("Publishing {} failed (attempt {} of {}): {}; trying again", records.origin().name(), attempt,
                    MAX_ATTEMPTS, cause.toString());
            return submit(records, attempt + 1);
        }).thenCompose(f -> f);
    }

    private static RuntimeException unwrap(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
    }

    /** The file's share of the in-flight budget: its size, within the budget. */
    private static int cost(Path file) {
        try {
            return (int) Math.max(1, Math.min(Files.size(file), MAX_IN_FLIGHT_BYTES));
        } catch (IOException e) {
            return 1;
        }
    }

    private static List<Path> expand(Path path, List<CompletableFuture<FileResult>> results) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try {
            return InputFiles.list(path);
        } catch (NoSuchFileException e) {
            results.add(CompletableFuture.completedFuture(
                    new FileResult(path, IngestResult.failure(null, "no such directory: " + path))));
        } catch (IOException e) {
            log.error("Cannot list {}: {}", path, e.toString());
            results.add(CompletableFuture.completedFuture(
                    new FileResult(path, IngestResult.failure(null, "cannot list " + path + ": " + e))));
        }
        return List.of();
    }
}
