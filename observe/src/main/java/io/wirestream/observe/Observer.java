package io.wirestream.observe;

import io.wirestream.ingest.source.http.HttpPush;
import io.wirestream.pipeline.Pipeline;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything that watches one process's pipeline, started together and closed together: the
 * metrics registry (with each Streams stage's metrics bound), the downstream feed, the summary
 * log line and the HTTP server (with the ingest push endpoint when the pipeline offers one, see
 * {@link Pipeline#httpPush()}).
 *
 * <p>The feed (and so the story, dead-letter and latency meters) runs where the dashboard is
 * served or where the publish stage runs, the end of the chain; a process running only ingest or
 * enrich serves its Kafka metrics and health without reading the downstream topics.
 */
public final class Observer implements AutoCloseable {

    private final PipelineMetrics metrics;
    private final StoryFeed feed;
    private final SummaryLog summary;
    private final ObserveServer server;

    private Observer(PipelineMetrics metrics, StoryFeed feed, SummaryLog summary, ObserveServer server) {
        this.metrics = metrics;
        this.feed = feed;
        this.summary = summary;
        this.server = server;
    }

    /**
     * @param pipeline     the stages running in this process (started)
     * @param metrics      the registry, made before the pipeline so that its
     *                     {@link PipelineMetrics#enrichmentListener()} could be given to it; closed with this
     * @param address      where to serve; port 0 for a free one
     * @param dashboard    serve the dashboard and its event stream
     * @param summaryEvery period of the summary log line
     * @throws java.io.UncheckedIOException if the address cannot be bound
     */
    public static Observer start(Pipeline pipeline, PipelineMetrics metrics, InetSocketAddress address,
                                 boolean dashboard, Duration summaryEvery) {
        StoryFeed feed = null;
        SummaryLog summary = null;
        try {
            pipeline.streams().forEach(metrics::bindStreams);
            if (dashboard || pipeline.health().containsKey("publish")) {
                feed = new StoryFeed(pipeline.cluster(), pipeline.topics(), metrics, Clock.systemUTC()).start();
            }
            summary = new SummaryLog(metrics, summaryEvery).start();
            ObserveServer server = ObserveServer.start(address, metrics, new HealthCheck(pipeline, feed,
                    Clock.systemUTC()), dashboard ? feed : null, pipeline.httpPush().orElse(null));
            return new Observer(metrics, feed, summary, server);
        } catch (RuntimeException e) {
            new Observer(metrics, feed, summary, null).close();
            throw e;
        }
    }

    /** The server's base address (the dashboard, where served). */
    public URI uri() {
        return server.uri();
    }

    /** Where documents are pushed, if this server accepts pushes. */
    public java.util.Optional<URI> pushUri() {
        return server.pushes() ? java.util.Optional.of(server.uri().resolve(HttpPush.PATH.substring(1)))
                : java.util.Optional.empty();
    }

    /** The registry, for tests and for binding more meters. */
    public PipelineMetrics metrics() {
        return metrics;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        if (summary != null) {
            summary.close();
        }
        if (feed != null) {
            feed.close();
        }
        metrics.close();
    }
}
