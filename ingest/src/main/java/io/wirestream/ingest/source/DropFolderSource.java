package io.wirestream.ingest.source;

import io.wirestream.ingest.IngestConfig;
import io.wirestream.ingest.IngestResult;
import io.wirestream.ingest.Ingestor;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a drop folder and ingests every file that lands in it, then moves the file to
 * {@value #DONE_FOLDER}/ or, if it was rejected, to {@value #FAILED_FOLDER}/ with a
 * {@code <name>}{@value #REASON_SUFFIX} beside it. A name already taken there gets a numeric suffix
 * ({@code story-1.txt}).
 *
 * <p>Which files: regular files directly in the folder (not symbolic links, not subfolders), except
 * hidden ones (name starting with a dot) and partial ones (ending in {@code .tmp}, {@code .part},
 * {@code .partial}, {@code .filepart}, {@code .crdownload}), which writers rename once complete. A
 * file copied in place is taken once its size and modification time have stayed the same for the
 * poll interval. Files already present at start are picked up too.
 *
 * <p>How: the folder is rescanned every poll interval, and sooner when the {@link WatchService}
 * reports a change; the periodic scan also covers file systems that deliver no events (NFS, SMB).
 *
 * <p>Failures: bad content is dead-lettered by the {@link Ingestor} and the file goes to
 * {@value #FAILED_FOLDER}/. One file never stops the loop: if the sink fails (the cluster is down)
 * or the file cannot be read, the file stays where it is and is retried after
 * {@code max(poll interval, 30 s)}; if it cannot be moved away after ingesting, it stays and is not
 * ingested again until it changes (so it is not published over and over).
 *
 * <p>Lifecycle: {@link #start()} runs the loop on its own (non-daemon) thread, {@link #run()} runs it
 * on the caller's thread until {@link #close()}; either may be called once. {@link #close()} may be
 * called from any thread, any number of times: it lets the file in progress finish and waits for
 * the loop to end.
 */
public final class DropFolderSource implements Closeable {

    /** Subfolder that ingested files are moved to. */
    public static final String DONE_FOLDER = "done";
    /** Subfolder that rejected files are moved to. */
    public static final String FAILED_FOLDER = "failed";
    /** Suffix of the file beside a rejected file that says why it was rejected. */
    public static final String REASON_SUFFIX = ".reason.txt";

    /** Name endings of files still being written, by convention of common transfer tools. */
    static final List<String> PARTIAL_SUFFIXES = List.of(".tmp", ".part", ".partial", ".filepart", ".crdownload");

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
    private final Settling settling;
    private final AtomicReference<State> state = new AtomicReference<>(State.NEW);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Thread loopThread;

    /** A source using the system clock. */
    public DropFolderSource(IngestConfig config, Ingestor ingestor) {
        this(config, ingestor, Clock.systemUTC());
    }

    /**
     * Prepares the folder ({@value #DONE_FOLDER}/ and {@value #FAILED_FOLDER}/ are created) and
     * registers the watch; nothing is ingested before {@link #start()} or {@link #run()}.
     *
     * @param config gives the folder, poll interval, provider hint and pinned format, not null
     * @param ingestor does the work, not null
     * @param clock gives {@code receivedAt} and the failure time in reason files, not null
     * @throws ConfigException if the drop folder is not set or not a directory, or the pinned
     *     format is unknown
     * @throws UncheckedIOException if the subfolders cannot be created or the folder cannot be watched
     */
    public DropFolderSource(IngestConfig config, Ingestor ingestor, Clock clock) {
        Objects.requireNonNull(config, "config");
        this.folder = config.requireDropFolder();
        if (!Files.isDirectory(folder)) {
            throw new ConfigException(IngestConfig.PREFIX + IngestConfig.DROP_FOLDER_CONFIG, folder.toString(), "not a directory");
        }
        this.done = folder.resolve(DONE_FOLDER);
        this.failed = folder.resolve(FAILED_FOLDER);
        this.pollInterval = config.pollInterval();
        this.retryDelay = pollInterval.compareTo(MIN_RETRY_DELAY) > 0 ? pollInterval : MIN_RETRY_DELAY;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ingestion = new FileIngestion(Objects.requireNonNull(ingestor, "ingestor"), config, clock);
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
                }
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

    /** Waits for a change in the folder or the poll interval, whichever comes first. */
    private void awaitChange() throws InterruptedException {
        WatchKey key = watcher.poll(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        while (key != null) {
            // The events themselves are not needed: every wake-up rescans the folder.
            key.pollEvents();
            key.reset();
            key = watcher.poll();
        }
    }

    private void scan() {
        for (Path file : settling.ready(candidates(), System.nanoTime())) {
            if (state.get() != State.RUNNING) {
                return;
            }
            process(file);
        }
    }

    private Map<Path, Settling.Stamp> candidates() {
        List<Path> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            entries.forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        names.sort(null);
        Map<Path, Settling.Stamp> candidates = new LinkedHashMap<>();
        for (Path file : names) {
            if (isIgnored(file)) {
                continue;
            }
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
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".") || PARTIAL_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    private void process(Path file) {
        IngestResult result;
        try {
            result = ingestion.ingest(file);
        } catch (NoSuchFileException e) {
            settling.done(file);
            return;
        } catch (IOException | RuntimeException e) {
            log.error("Could not ingest {}; leaving it in place and retrying in {}", file, retryDelay, e);
            settling.retryAfter(file, System.nanoTime() + retryDelay.toNanos());
            return;
        }
        try {
            Path target = moveInto(result.ok() ? done : failed, file);
            if (result.failed()) {
                Files.writeString(target.resolveSibling(target.getFileName() + REASON_SUFFIX),
                        reasonText(file, result), StandardCharsets.UTF_8);
                log.warn("Rejected {} -> {}: {}", file, target, result.reason());
            } else {
                log.info("Ingested {} ({}, {} article(s)) -> {}", file, result.formatId(), result.published(), target);
            }
            settling.done(file);
        } catch (IOException e) {
            log.error("Ingested {} but cannot move it out of the drop folder; leaving it in place and not"
                    + " ingesting it again until it changes", file, e);
            settling.holdUntilChanged(file);
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
