/**
 * Watching a running pipeline from the outside: {@link io.wirestream.observe.PipelineMetrics}
 * (Micrometer, Prometheus text at {@code /metrics}), {@link io.wirestream.observe.HealthCheck}
 * ({@code /health}), {@link io.wirestream.observe.StoryFeed} (a read_committed consumer of the JSON
 * and dead-letter topics that feeds the dashboard's Server-Sent Events), a periodic
 * {@link io.wirestream.observe.SummaryLog} line, and {@link io.wirestream.observe.ObserveServer},
 * the process's one HTTP server (Javalin on Jetty 12), which serves them and, where ingest runs,
 * the push endpoint of {@link io.wirestream.ingest.source.http.HttpPush}.
 */
package io.wirestream.observe;
