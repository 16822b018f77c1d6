package io.wirestream.ingest.source.feed;

import io.wirestream.ingest.IngestResult;
import io.wirestream.ingest.Ingestor;
import io.wirestream.ingest.InputRecords;
import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.feed.FeedFormat;
import io.wirestream.ingest.health.SourceHealth;
import io.wirestream.ingest.health.SourceMonitor;
import io.wirestream.ingest.ledger.IngestLedger;
import io.wirestream.ingest.ledger.LedgerEntry;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.deadletter.OriginalBytes;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls one RSS or Atom feed and publishes each new or changed item as one article (the
 * {@value FeedFormat#ID} format parses the document; each item then goes as its own input, with
 * its own ledger entry, in the sink's shared transactions).
 *
 * <p>What is new: an item's ledger key is {@code feed:<url>|<item id>} (the guid, or Atom id,
 * qualified as the feed format does, else the link: the format skips items with neither), its
 * version the SHA-256 of headline and body plus the update time. An item whose key and version
 * the ledger holds is not published again, across restarts (the ledger topic is read at start); a
 * changed item (same guid, other content or update time) is a new version and is published. A
 * document that does not parse is dead-lettered once per distinct content (key
 * {@code feed:<url>|document}).
 *
 * <p>HTTP: a conditional GET ({@link Validators} of the last 200 whose items all committed; a 304
 * publishes nothing). An error (no connection, a timeout, any status but 200 and 304, a body over
 * the ingest input limit, a failed commit) waits by {@link Backoff} before the next poll; a
 * success resets it and waits the feed's interval. The validators only advance once every item
 * of the response committed, so a failed commit is retried with a full GET, not lost behind 304s.
 *
 * <p>{@link #pollOnce()} is synchronous (tests call it directly); {@link #start} runs it on a
 * scheduler until {@link #close()}. Polls of one poller never overlap.
 */
public final class FeedPoller implements AutoCloseable {

    /** What a poll did. */
    public enum Outcome { PUBLISHED, UNCHANGED, NOT_MODIFIED, FAILED }

    /**
     * The result of one poll.
     *
     * @param outcome what happened
     * @param status the HTTP status, or 0 when there was no response
     * @param published inputs committed (items, or the document's dead letter)
     * @param skipped items the ledger already held
     * @param failures failures in a row after this poll (0 after a success)
     * @param nextDelay how long until the next poll
     */
    public record Poll(Outcome outcome, int status, int published, int skipped, int failures, Duration nextDelay) {
    }

    static final String USER_AGENT = "wirestream-ingest (feed poller)";
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration COMMIT_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration MIN_QUIET = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    private final FeedSpec spec;
    private final Ingestor ingestor;
    private final IngestLedger ledger;
    private final HttpClient http;
    private final Backoff backoff;
    private final DoubleSupplier random;
    private final Clock clock;
    private final String providerHint;
    private final SourceMonitor monitor;
    private final Object pollLock = new Object();
    private volatile Validators validators = Validators.NONE;
    private int failures;
    private volatile boolean closed;
    private volatile ScheduledFuture<?> next;

    /**
     * @param spec the feed, not null
     * @param ingestor parses with its {@value FeedFormat#ID} format and submits to its sink, not null
     * @param ledger what was committed already; a real one (not {@link IngestLedger#NONE}), or every
     *     poll would publish the whole feed again
     * @param http the client, not null
     * @param backoff waits after errors, not null
     * @param random jitter source in {@code [0, 1)}, not null
     * @param providerHint provider assumed for the feed's items, or null (the format uses the channel title)
     * @param clock gives {@code receivedAt} and health times, not null
     */
    public FeedPoller(FeedSpec spec, Ingestor ingestor, IngestLedger ledger, HttpClient http, Backoff backoff,
                      DoubleSupplier random, String providerHint, Clock clock) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        if (!ledger.enabled()) {
            throw new IllegalArgumentException("a feed poller needs a ledger to know the items it published");
        }
        ingestor.detector().require(FeedFormat.ID);
        this.http = Objects.requireNonNull(http, "http");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.random = Objects.requireNonNull(random, "random");
        this.providerHint = providerHint;
        this.clock = Objects.requireNonNull(clock, "clock");
        Duration tenPolls = spec.interval().multipliedBy(10);
        this.monitor = new SourceMonitor(spec.sourceName(), tenPolls.compareTo(MIN_QUIET) > 0 ? tenPolls : MIN_QUIET,
                clock);
    }

    /** The feed polled. */
    public FeedSpec spec() {
        return spec;
    }

    /** The conditional-GET state the next poll sends. */
    public Validators validators() {
        return validators;
    }

    /** Last success, last error, items and dead letters since start, quiet or not. */
    public SourceHealth health() {
        return monitor.snapshot();
    }

    /** Polls now, on the calling thread: fetches, publishes what is new, waits for its commit. */
    public Poll pollOnce() {
        synchronized (pollLock) {
            HttpRequest request = validators.applyTo(HttpRequest.newBuilder(spec.url())
                    .timeout(REQUEST_TIMEOUT)
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", ACCEPT)
                    .GET()).build();
            HttpResponse<InputStream> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                return failed(0, new IOException("cannot fetch " + spec.url() + ": " + e, e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed(0, new IOException("interrupted while fetching " + spec.url(), e));
            }
            int status = response.statusCode();
            try (InputStream body = response.body()) {
                if (status == 304) {
                    return succeeded(Outcome.NOT_MODIFIED, status, 0, 0, validators);
                }
                if (status != 200) {
                    return failed(status, new IOException("HTTP " + status + " from " + spec.url()));
                }
                long max = ingestor.maxInputBytes();
                byte[] content = body.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
                if (content.length > max) {
                    return failed(status, new IOException(spec.url() + " is larger than the ingest input limit of "
                            + max + " bytes (ingest.max.input.bytes)"));
                }
                return publish(content, status, Validators.of(response.headers()));
            } catch (IOException e) {
                return failed(status, new IOException("cannot read " + spec.url() + ": " + e, e));
            }
        }
    }

    private Poll publish(byte[] content, int status, Validators fresh) {
        Origin origin = new Origin(spec.url().toString(), providerHint, clock.instant());
        InputRecords document = ingestor.prepare(content, origin, FeedFormat.ID);
        List<InputRecords> inputs = new ArrayList<>();
        int skipped = 0;
        if (document.deadLetter() != null) {
            String key = spec.sourceName() + "|document";
            String version = OriginalBytes.of(content, 0).sha256();
            if (ledger.contains(key, version)) {
                skipped++;
            } else {
                inputs.add(document.withLedgerEntry(LedgerEntry.of(key, version, document.result(), origin.receivedAt())));
            }
        } else {
            for (RawArticle article : document.articles()) {
                String key = itemKey(article);
                String version = itemVersion(article);
                if (ledger.contains(key, version)) {
                    skipped++;
                    continue;
                }
                InputRecords item = InputRecords.published(origin, FeedFormat.ID, List.of(article));
                inputs.add(item.withLedgerEntry(LedgerEntry.of(key, version, item.result(), origin.receivedAt())));
            }
        }
        List<CompletableFuture<IngestResult>> submitted = inputs.stream().map(ingestor::submit).toList();
        int committed = 0;
        Throwable error = null;
        for (int i = 0; i < submitted.size(); i++) {
            try {
                IngestResult result = submitted.get(i).get(COMMIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                ledger.committed(inputs.get(i).ledgerEntry());
                monitor.committed(result);
                committed++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = error == null ? e : error;
            } catch (Exception e) {
                error = error == null ? (e.getCause() != null ? e.getCause() : e) : error;
            }
        }
        if (error != null) {
            // Not all committed: keep the old validators, so the next poll gets the document again
            // and sends what is still missing (the committed items are in the ledger now).
            return failed(status, new IOException("could not publish " + (submitted.size() - committed) + " of "
                    + submitted.size() + " item(s) of " + spec.url() + ": " + error, error));
        }
        if (committed > 0) {
            log.info("Feed {}: published {} new or changed item(s), {} already published", spec.url(), committed, skipped);
        }
        return succeeded(committed > 0 ? Outcome.PUBLISHED : Outcome.UNCHANGED, status, committed, skipped, fresh);
    }

    /** {@code feed:<url>|<item id>}. */
    String itemKey(RawArticle article) {
        return spec.sourceName() + "|" + article.getId();
    }

    /** The copy's hash and its update time: either changing makes a new version. */
    static String itemVersion(RawArticle article) {
        return article.getContentHash() + "|" + (article.getVersionCreated() == null ? "" : article.getVersionCreated());
    }

    private Poll succeeded(Outcome outcome, int status, int published, int skipped, Validators fresh) {
        validators = fresh;
        failures = 0;
        return new Poll(outcome, status, published, skipped, 0, spec.interval());
    }

    private Poll failed(int status, IOException error) {
        failures++;
        Duration delay = backoff.delay(failures, random);
        monitor.failed(error);
        log.warn("Feed {}: {} (failure {} in a row; next poll in {} ms)", spec.url(), error.getMessage(), failures,
                delay.toMillis());
        return new Poll(Outcome.FAILED, status, 0, 0, failures, delay);
    }

    /** Polls now and then again after each poll's delay, on {@code scheduler}, until {@link #close()}. */
    public void start(ScheduledExecutorService scheduler) {
        schedule(scheduler, Duration.ZERO);
    }

    private void schedule(ScheduledExecutorService scheduler, Duration delay) {
        if (closed || scheduler.isShutdown()) {
            return;
        }
        try {
            next = scheduler.schedule(() -> tick(scheduler), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // The scheduler shut down meanwhile: polling ends.
        }
    }

    private void tick(ScheduledExecutorService scheduler) {
        if (closed) {
            return;
        }
        Duration wait;
        try {
            wait = pollOnce().nextDelay();
        } catch (RuntimeException e) {
            // A bug, not a feed problem: keep polling, but not in a tight loop.
            log.error("Feed {}: poll failed unexpectedly", spec.url(), e);
            monitor.failed(e);
            wait = backoff.max();
        }
        monitor.checkQuiet();
        schedule(scheduler, wait);
    }

    /** Stops polling; a poll in progress finishes. */
    @Override
    public void close() {
        closed = true;
        ScheduledFuture<?> pending = next;
        if (pending != null) {
            pending.cancel(false);
        }
    }

    @Override
    public String toString() {
        return "FeedPoller[" + spec.url() + " every " + spec.interval().toMillis() + " ms]";
    }
}
