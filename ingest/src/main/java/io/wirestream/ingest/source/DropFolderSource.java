package io.wirestream.ingest.source;

import io.wirestream.ingest.IngestConfig;
import io.wirestream.ingest.IngestResult;
import io.wirestream.ingest.Ingestor;
import io.wirestream.ingest.InputRecords;
import io.wirestream.ingest.SinkClosedException;
import io.wirestream.ingest.health.SourceHealth;
import io.wirestream.ingest.health.SourceMonitor;
import io.wirestream.ingest.ledger.IngestLedger;
import io.wirestream.ingest.ledger.LedgerEntry;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a drop folder and ingests every file that lands in it, then moves the file to
 * {@value #DONE_FOLDER}/ or, if it was rejected, to {@value #FAILED_FOLDER}/ with a
 * {@code <name>}{@value #REASON_SUFFIX} beside it, under the same relative path (a file of
 * {@code agency/story.txt} goes to {@code done/agency/story.txt}). A name already taken there gets a
 * numeric suffix ({@code story-1.txt}).
 *
 * <p>Which files: the folder's input files, subfolders included, as {@link InputFiles} defines
 * them (the same rule as {@link FileSource}). A file copied in place is taken once its size and
 * modification time have stayed the same for the poll interval. Files already present at start are
 * picked up too. Each file's name, its origin and its dead letter's key, is its path relative to
 * the drop folder.
 *
 * <p>How: the folder is rescanned every poll interval, and sooner when the {@link WatchService}
 * reports a change in the folder itself (subfolders are covered by the periodic scan, as are file
 * systems that deliver no events: NFS, SMB). Ready files are read and parsed on a pool of worker
 * threads and submitted to the transactional sink without waiting, so many are in flight (at most
 * {@value #MAX_IN_FLIGHT} at once) and share transactions. A file is moved only in its input's
 * completion callback, once the transaction holding its stories (or its dead letter) is committed:
 * a crash before the commit leaves the file in place and nothing of it visible.
 *
 * <p>The ingest ledger closes the other crash window, between the commit and the move: each file's
 * transaction also writes a ledger record keyed by the folder, the file's relative path, size and
 * SHA-256 ({@link #ledgerKey}). Before a file is parsed and sent, the source looks that key up in
 * the ledger (read to its end at start, plus what this process committed since); a file already
 * committed is only moved to {@value #DONE_FOLDER}/ (or {@value #FAILED_FOLDER}/ for a dead
 * letter), not sent again. So the same bytes under the same name are taken once, even when an
 * agency really re-sends them (downstream would drop such a re-delivery anyway). Without a ledger
 * ({@link IngestLedger#NONE}) a crash in that window sends the file again.
 *
 * <p>Failures: bad content is dead-lettered by the {@link Ingestor} and the file goes to
 * {@value #FAILED_FOLDER}/. One file never stops the loop: if its transaction fails (the cluster is
 * down) or the file cannot be read, the file stays where it is and is retried after
 * {@code max(poll interval, 30 s)}; if it cannot be moved away after ingesting, it stays and is not
 * ingested again until it changes (so it is not published over and over). If the sink is closed
 * for good (fenced by another instance), the source stops, leaving every file not yet committed
 * in place.
 *
 * <p>Lifecycle: {@link #start()} runs the loop on its own (non-daemon) thread, {@link #run()} runs it
 * on the caller's thread until {@link #close()}; either may be called once. {@link #close()} may be
 * called from any thread, any number of times: it lets the files in flight finish and waits for
 * the loop to end.
 */
public final class DropFolderSource implements Closeable {

    /** Subfolder that ingested files are moved to. */
    public static final String DONE_FOLDER = "done";
    /** How long without a committed file before the folder is reported quiet (a WARN line). */
    public static final Duration QUIET_THRESHOLD = Duration.ofHours(1);
    /** Subfolder that rejected files are moved to. */
    public static final String FAILED_FOLDER = "failed";
    /** Suffix of the file beside a rejected file that says why it was rejected. */
    public static final String REASON_SUFFIX = ".reason.txt";

    /** Most files read, parsed or awaiting their commit at once. */
    static final int MAX_IN_FLIGHT = 1_000;

    private static final Duration MIN_RETRY_DELAY = Duration.ofSeconds(30);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    private static final int MAX_NAME_SUFFIX = 100_000;

    private static final Logger log = LoggerFactory.getLogger(DropFolderSource.class);

    private enum State { NEW, RUNNING, CLOSED }

    private final Path folder;
    private final Path done;
    private final Path failed;
    private final Duration pollInterval;
    private final Duration retryDelay;
    private final FileIngestion ingestion;
    private final Clock clock;
    private final WatchService watcher;
    /** Guarded by itself: the loop and the completion callbacks both use it. */
    private final Settling settling;
    private final Set<Path> inFlight = ConcurrentHashMap.newKeySet();
    private final ExecutorService workers;
    private final SourceMonitor monitor;
    private final IngestLedger ledger;
    private final String ledgerPrefix;
    private final AtomicReference<State> state = new AtomicReference<>(State.NEW);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Thread loopThread;
    /** Whether the last scan left ready files behind because of the in-flight limit; loop only. */
    private boolean backlog;

    /** A source using the system clock and one worker thread per processor. */
    public DropFolderSource(IngestConfig config, Ingestor ingestor) {
        this(config, ingestor, Clock.systemUTC());
    }

    /** A source with one worker thread per processor. */
    public DropFolderSource(IngestConfig config, Ingestor ingestor, Clock clock) {
        this(config, ingestor, clock, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Prepares the folder ({@value #DONE_FOLDER}/ and {@value #FAILED_FOLDER}/ are created) and
     * registers the watch; nothing is ingested before {@link #start()} or {@link #run()}.
     *
     * @param config gives the folder, poll interval, provider hint and pinned format, not null
     * @param ingestor does the work, not null
     * @param clock gives {@code receivedAt} and the failure time in reason files, not null
     * @param threads how many files are read and parsed at once, positive
     * @throws ConfigException if the drop folder is not set or not a directory, or the pinned
     *     format is unknown
     * @throws UncheckedIOException if the subfolders cannot be created or the folder cannot be watched
     */
    public DropFolderSource(IngestConfig config, Ingestor ingestor, Clock clock, int threads) {
        this(config, ingestor, clock, threads, IngestLedger.NONE);
    }

    /**
     * As {@link #DropFolderSource(IngestConfig, Ingestor, Clock, int)}, consulting and writing
     * {@code ledger} so that a file committed before a crash is not sent again (see the class
     * comment).
     *
     * @param ledger what was committed already; {@link IngestLedger#NONE} for none
     */
    public DropFolderSource(IngestConfig config, Ingestor ingestor, Clock clock, int threads, IngestLedger ledger) {
        Objects.requireNonNull(config, "config");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be positive: " + threads);
        }
        this.folder = config.requireDropFolder();
        if (!Files.isDirectory(folder)) {
            throw new ConfigException(IngestConfig.PREFIX + IngestConfig.DROP_FOLDER_CONFIG, folder.toString(), "not a directory");
        }
        this.done = folder.resolve(DONE_FOLDER);
        this.failed = folder.resolve(FAILED_FOLDER);
        this.ledgerPrefix = "drop-folder:" + folder.toAbsolutePath().normalize() + "|";
        this.pollInterval = config.pollInterval();
        this.retryDelay = pollInterval.compareTo(MIN_RETRY_DELAY) > 0 ? pollInterval : MIN_RETRY_DELAY;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ingestion = new FileIngestion(Objects.requireNonNull(ingestor, "ingestor"), config, clock);
        this.monitor = new SourceMonitor("drop-folder:" + folder, QUIET_THRESHOLD, clock);
        this.settling = new Settling(pollInterval.toNanos());
        try {
            Files.createDirectories(done);
            Files.createDirectories(failed);
            this.watcher = folder.getFileSystem().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare drop folder " + folder, e);
        }
        try {
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException e) {
            closeWatcher();
            throw new UncheckedIOException("cannot watch drop folder " + folder, e);
        }
        AtomicInteger counter = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "wirestream-drop-folder-worker-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs the loop on a new thread and returns.
     *
     * @throws IllegalStateException if already started, running or closed
     */
    public void start() {
        enterRunning();
        Thread thread = new Thread(this::loop, "wirestream-drop-folder-" + folder.getFileName());
        thread.setUncaughtExceptionHandler((t, e) -> log.error("Drop folder {} stopped", folder, e));
        thread.start();
    }

    /**
     * Runs the loop on the calling thread until {@link #close()} is called or the thread is
     * interrupted.
     *
     * @throws IllegalStateException if already started, running or closed
     */
    public void run() {
        enterRunning();
        loop();
    }

    /** Stops the loop after the file in progress and waits (up to 30 s) for it to end. */
    @Override
    public void close() {
        State previous = state.getAndSet(State.CLOSED);
        // Closing the watch service wakes the loop from its wait.
        closeWatcher();
        // From the loop's own thread (say, a sink callback) there is nothing to wait for: the loop
        // ends when control returns to it.
        if (previous == State.RUNNING && Thread.currentThread() != loopThread) {
            try {
                if (!stopped.await(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    log.warn("Drop folder {} did not stop within {}", folder, CLOSE_TIMEOUT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (Thread.currentThread() != loopThread && !awaitInFlight(CLOSE_TIMEOUT)) {
            log.warn("Drop folder {}: {} file(s) still in flight at close; they stay in place", folder, inFlight.size());
        }
        workers.shutdown();
    }

    /** Waits until no file is in flight; returns whether that happened within {@code timeout}. */
    private boolean awaitInFlight(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (inFlight) {
            while (!inFlight.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    inFlight.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    private void enterRunning() {
        if (!state.compareAndSet(State.NEW, State.RUNNING)) {
            throw new IllegalStateException("drop folder source for " + folder + " is " + state.get());
        }
    }

    private void loop() {
        loopThread = Thread.currentThread();
        log.info("Watching drop folder {} (poll interval {})", folder, pollInterval);
        try {
            while (state.get() == State.RUNNING) {
                try {
                    scan();
                } catch (RuntimeException e) {
                    log.error("Scan of drop folder {} failed; trying again", folder, e);
                    monitor.failed(e);
                }
                monitor.checkQuiet();
                awaitChange();
            }
        } catch (ClosedWatchServiceException e) {
            // close() was called while waiting.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            state.set(State.CLOSED);
            closeWatcher();
            stopped.countDown();
            log.info("Stopped watching drop folder {}", folder);
        }
    }

    /**
     * Waits for a change in the folder or the poll interval, whichever comes first; while the
     * in-flight limit held files back, waits instead for half the files in flight to finish.
     */
    private void awaitChange() throws InterruptedException {
        if (backlog) {
            synchronized (inFlight) {
                long deadline = System.nanoTime() + pollInterval.toNanos();
                while (inFlight.size() > MAX_IN_FLIGHT / 2 && System.nanoTime() - deadline < 0) {
                    inFlight.wait(Math.max(1, pollInterval.toMillis()));
                }
            }
            return;
        }
        WatchKey key = watcher.poll(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        while (key != null) {
            // The events themselves are not needed: every wake-up rescans the folder.
            key.pollEvents();
            key.reset();
            key = watcher.poll();
        }
    }

    private void scan() {
        List<Path> ready;
        Map<Path, Settling.Stamp> candidates = candidates();
        synchronized (settling) {
            ready = settling.ready(candidates, System.nanoTime());
        }
        backlog = false;
        for (Path file : ready) {
            if (state.get() != State.RUNNING) {
                return;
            }
            if (inFlight.size() >= MAX_IN_FLIGHT) {
                backlog = true;
                return;
            }
            if (inFlight.add(file)) {
                workers.execute(() -> process(file));
            }
        }
    }

    private Map<Path, Settling.Stamp> candidates() {
        List<Path> files;
        try {
            files = InputFiles.list(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        Map<Path, Settling.Stamp> candidates = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                BasicFileAttributes attributes =
                        Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attributes.isRegularFile()) {
                    candidates.put(file, new Settling.Stamp(attributes.size(), attributes.lastModifiedTime()));
                }
            } catch (IOException e) {
                // Gone between listing and reading its attributes: nothing to do.
            }
        }
        return candidates;
    }

    static boolean isIgnored(Path file) {
        return InputFiles.isIgnoredName(file.getFileName().toString());
    }

    /** On a worker: reads, parses and submits one file; its completion moves it. */
    private void process(Path file) {
        InputRecords records;
        String name = InputFiles.relativeName(folder, file);
        try {
            FileReading.FileContent content = ingestion.read(file);
            if (ledger.enabled()) {
                String key = ledgerKey(name, content);
                Optional<LedgerEntry> committed = ledger.find(key);
                if (committed.isPresent()) {
                    // Committed before a crash (or a stop) that came before the move: finish the move only.
                    log.info("{} was committed already ({}, ingest ledger); moving it without sending it again",
                            file, committed.get().committedAt());
                    fileAway(file, committed.get().result());
                    return;
                }
                InputRecords prepared = ingestion.prepare(content, name);
                records = prepared.withLedgerEntry(LedgerEntry.of(key, content.length() + ":" + content.sha256(),
                        prepared.result(), clock.instant()));
            } else {
                records = ingestion.prepare(content, name);
            }
        } catch (NoSuchFileException e) {
            finished(file, s -> s.done(file));
            return;
        } catch (IOException | RuntimeException e) {
            log.error("Could not read {}; leaving it in place and retrying in {}", file, retryDelay, e);
            monitor.failed(e);
            finished(file, s -> s.retryAfter(file, System.nanoTime() + retryDelay.toNanos()));
            return;
        }
        ingestion.ingestor().submit(records).whenCompleteAsync((result, error) -> {
            if (error == null) {
                if (records.ledgerEntry() != null) {
                    ledger.committed(records.ledgerEntry());
                }
                monitor.committed(result);
                fileAway(file, result);
                return;
            }
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause instanceof SinkClosedException) {
                if (state.getAndSet(State.CLOSED) == State.RUNNING) {
                    log.error("The ingest sink is closed ({}); stopping drop folder {} and leaving its files in place",
                            cause.getMessage(), folder);
                    closeWatcher();
                }
                finished(file, s -> s.holdUntilChanged(file));
            } else {
                log.error("Could not publish {}; leaving it in place and retrying in {}", file, retryDelay, cause);
                monitor.failed(cause);
                finished(file, s -> s.retryAfter(file, System.nanoTime() + retryDelay.toNanos()));
            }
        }, this::runCallback);
    }

    /**
     * The ledger key of a file: {@code drop-folder:<absolute folder>|<relative path>|<size>|<sha-256>}.
     * Size and hash are in the key, so a changed file under the same name is a new input.
     */
    String ledgerKey(String relativeName, FileReading.FileContent content) {
        return ledgerPrefix + relativeName + "|" + content.length() + "|" + content.sha256();
    }

    /**
     * The folder's health now: last committed file, last read or publish error, articles and dead
     * letters since start, and whether it has been quiet past {@link #QUIET_THRESHOLD}.
     */
    public SourceHealth health() {
        return monitor.snapshot();
    }

    /** Completion callbacks run on the workers; after close, on the completing thread. */
    private void runCallback(Runnable callback) {
        try {
            workers.execute(callback);
        } catch (RejectedExecutionException e) {
            callback.run();
        }
    }

    /** After the commit: moves the file to done/ or failed/. */
    private void fileAway(Path file, IngestResult result) {
        try {
            Path relativeParent = folder.relativize(file).getParent();
            Path base = result.ok() ? done : failed;
            Path dir = relativeParent == null ? base : base.resolve(relativeParent);
            Files.createDirectories(dir);
            Path target = moveInto(dir, file);
            if (result.failed()) {
                Files.writeString(target.resolveSibling(target.getFileName() + REASON_SUFFIX),
                        reasonText(file, result), StandardCharsets.UTF_8);
                log.warn("Rejected {} -> {}: {}", file, target, result.reason());
            } else {
                log.info("Ingested {} ({}, {} article(s)) -> {}", file, result.formatId(), result.published(), target);
            }
            finished(file, s -> s.done(file));
        } catch (IOException e) {
            log.error("Ingested {} but cannot move it out of the drop folder; leaving it in place and not"
                    + " ingesting it again until it changes", file, e);
            finished(file, s -> s.holdUntilChanged(file));
        }
    }

    /** Records what became of a file in flight and wakes whoever waits for files to finish. */
    private void finished(Path file, java.util.function.Consumer<Settling> outcome) {
        synchronized (settling) {
            outcome.accept(settling);
        }
        synchronized (inFlight) {
            inFlight.remove(file);
            inFlight.notifyAll();
        }
    }

    /** Moves {@code file} into {@code dir} under its own name, or with the first free suffix. */
    private static Path moveInto(Path dir, Path file) throws IOException {
        String name = file.getFileName().toString();
        for (int n = 0; n <= MAX_NAME_SUFFIX; n++) {
            Path target = dir.resolve(n == 0 ? name : withSuffix(name, n));
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try {
                // Without REPLACE_EXISTING the move fails rather than overwrite a file that appeared meanwhile.
                return Files.move(file, target);
            } catch (FileAlreadyExistsException e) {
                // taken meanwhile: try the next suffix
            }
        }
        throw new IOException("no free name for " + name + " in " + dir);
    }

    /** {@code story.txt} → {@code story-1.txt}; {@code story} → {@code story-1}. */
    static String withSuffix(String name, int n) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
    }

    private String reasonText(Path file, IngestResult result) {
        return result.reason() + "\n\n"
                + "file: " + file + "\n"
                + "format: " + (result.formatId() == null ? "(none detected)" : result.formatId()) + "\n"
                + "failed at: " + clock.instant() + "\n";
    }

    private void closeWatcher() {
        try {
            watcher.close();
        } catch (IOException e) {
            log.warn("Cannot close the watch service of {}", folder, e);
        }
    }
}
