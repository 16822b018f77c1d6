package io.wirestream.pipeline;

import io.wirestream.enrich.Enricher;
import io.wirestream.enrich.EnrichmentListener;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standard {@link Enricher} built on a thread of its own, so that loading its resources (the tagger's
 * model, the gazetteer, the place index: about a CPU-second) overlaps the waits on the cluster at start-up.
 */
final class EnricherLoad {

    private static final Logger LOG = LoggerFactory.getLogger(EnricherLoad.class);

    private final CompletableFuture<Enricher> future = new CompletableFuture<>();

    private EnricherLoad() {
    }

    /** Starts building the standard enricher, reporting step times to {@code listener}. */
    static EnricherLoad start(EnrichmentListener listener) {
        EnricherLoad load = new EnricherLoad();
        Thread thread = new Thread(() -> {
            long t0 = System.nanoTime();
            try {
                load.future.complete(Enricher.standard(Clock.systemUTC()).withListener(listener));
                LOG.info("event=enricher-loaded elapsed_ms={}", Duration.ofNanos(System.nanoTime() - t0).toMillis());
            } catch (Throwable e) {
                load.future.completeExceptionally(e);
            }
        }, "wirestream-enricher-load");
        thread.setDaemon(true);
        thread.start();
        return load;
    }

    /**
     * Waits for the enricher.
     *
     * @throws RuntimeException what building it threw (an {@link Error} is rethrown as it is)
     */
    Enricher get() {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("cannot build the enricher", cause);
        } catch (CancellationException e) {
            throw new IllegalStateException("start-up was cancelled", e);
        }
    }

    /** Start-up failed elsewhere: nobody will wait for the enricher. */
    void cancel() {
        future.cancel(false);
    }
}
