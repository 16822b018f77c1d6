package io.wirestream.ingest.source.feed;

import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;

/**
 * The conditional-GET state of a feed: the {@code ETag} and {@code Last-Modified} of the last
 * response whose items were all committed, sent back as {@code If-None-Match} and
 * {@code If-Modified-Since} so that an unchanged feed answers 304 with no body. Immutable.
 *
 * @param etag the entity tag as the server sent it (quotes, {@code W/} included), or null
 * @param lastModified the HTTP date as the server sent it, or null
 */
public record Validators(String etag, String lastModified) {

    /** Nothing known yet: an unconditional GET. */
    public static final Validators NONE = new Validators(null, null);

    public Validators {
        etag = etag == null || etag.isBlank() ? null : etag.strip();
        lastModified = lastModified == null || lastModified.isBlank() ? null : lastModified.strip();
    }

    /** The validators of a 200 response; none when it sent neither header. */
    public static Validators of(HttpHeaders headers) {
        return new Validators(headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null));
    }

    /** Adds the conditional headers to {@code request}; returns it. */
    public HttpRequest.Builder applyTo(HttpRequest.Builder request) {
        if (etag != null) {
            request.setHeader("If-None-Match", etag);
        }
        if (lastModified != null) {
            request.setHeader("If-Modified-Since", lastModified);
        }
        return request;
    }

    /** Whether a request with these validators is conditional. */
    public boolean conditional() {
        return etag != null || lastModified != null;
    }
}
