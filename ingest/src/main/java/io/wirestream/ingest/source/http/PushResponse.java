package io.wirestream.ingest.source.http;

import java.util.Objects;

/**
 * What the push endpoint answers: an HTTP status and a JSON body, whatever server sends it.
 *
 * @param status the HTTP status: 202, 400, 401, 413 or 503
 * @param json the response body, one JSON object, not null
 */
public record PushResponse(int status, String json) {

    public PushResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        Objects.requireNonNull(json, "json");
    }

    /** Whether the pushed document was accepted (committed to Kafka). */
    public boolean accepted() {
        return status == 202;
    }
}
