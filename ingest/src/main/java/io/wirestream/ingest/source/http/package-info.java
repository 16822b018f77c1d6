/**
 * HTTP push: agencies and newsroom systems {@code POST} one document at a time to
 * {@code /v1/articles}. {@link io.wirestream.ingest.source.http.HttpPush} holds the whole contract
 * (authentication, format choice, the size cap, the status codes) without any HTTP library, so that
 * it is tested without a server; the process's one HTTP server (module observe) only adapts a
 * request to a {@link io.wirestream.ingest.source.http.PushRequest} and writes the
 * {@link io.wirestream.ingest.source.http.PushResponse}.
 */
package io.wirestream.ingest.source.http;
