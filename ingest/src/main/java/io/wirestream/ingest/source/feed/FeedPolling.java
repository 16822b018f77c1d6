package io.wirestream.ingest.source.feed;

import io.wirestream.ingest.Ingestor;
import io.wirestream.ingest.health.SourceHealth;
import io.wirestream.ingest.ledger.IngestLedger;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured feeds' pollers, running on a small shared scheduler: what a pipeline starts when
 * ingest runs with {@code ingest.feeds} set. Why a few threads, not one per feed: a poll mostly
 * waits (HTTP, commit), and a few threads keep one slow feed from delaying the others.
 */
public final class FeedPolling implements AutoCloseable {

    private static final int MAX_THREADS = 4;
    private static final Logger log = LoggerFactory.getLogger(FeedPolling.class);

    private final List<FeedPoller> pollers;
    private final ScheduledExecutorService scheduler;

    private FeedPolling(List<FeedPoller> pollers, ScheduledExecutorService scheduler) {
        this.pollers = pollers;
        this.scheduler = scheduler;
    }

    /**
     * Starts a poller per feed; the first polls run at once.
     *
     * @param feeds the feeds, not empty
     * @param providerHint provider assumed for items, or null
     */
    public static FeedPolling start(List<FeedSpec> feeds, Ingestor ingestor, IngestLedger ledger, String providerHint,
                                    Clock clock) {
        if (feeds.isEmpty()) {
            throw new IllegalArgumentException("no feeds to poll");
        }
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        List<FeedPoller> pollers = feeds.stream()
                .map(feed -> new FeedPoller(feed, ingestor, ledger, http, Backoff.DEFAULT,
                        () -> ThreadLocalRandom.current().nextDouble(), providerHint, clock))
                .toList();
        AtomicInteger counter = new AtomicInteger();
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(Math.min(MAX_THREADS, feeds.size()),
                task -> {
                    Thread thread = new Thread(task, "wirestream-feed-poller-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        // Close waits for polls in progress, not for the next ones.
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        pollers.forEach(poller -> poller.start(scheduler));
        log.info("Polling {} feed(s): {}", pollers.size(), pollers);
        return new FeedPolling(pollers, scheduler);
    }

    /** The pollers, in configuration order. */
    public List<FeedPoller> pollers() {
        return pollers;
    }

    /** Each feed's health, in configuration order. */
    public List<SourceHealth> health() {
        return pollers.stream().map(FeedPoller::health).toList();
    }

    /** Stops polling and waits (up to 30 s) for polls in progress to finish their commits. */
    @Override
    public void close() {
        pollers.forEach(FeedPoller::close);
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("Feed polls still running after 30 s; stopping them");
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            scheduler.shutdownNow();
        }
    }

    @Override
    public String toString() {
        return "FeedPolling" + pollers;
    }
}
