package io.wirestream.ingest.source.http;

import java.io.InputStream;
import java.util.Objects;

/**
 * One {@code POST /v1/articles} as {@link HttpPush} sees it, independent of the HTTP server.
 *
 * @param body the request body, not null; read at most to the input limit plus one byte, not closed
 * @param contentType the {@code Content-Type} header, or null
 * @param format the {@code format} query parameter (a wire format id), or null
 * @param authorization the {@code Authorization} header, or null
 * @param remoteAddress the client's address (for the input's origin), not null
 * @param requestId the {@code X-Request-Id} header, or null to name the input by a hash of its bytes
 */
public record PushRequest(InputStream body, String contentType, String format, String authorization,
                          String remoteAddress, String requestId) {

    public PushRequest {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(remoteAddress, "remoteAddress");
    }
}
