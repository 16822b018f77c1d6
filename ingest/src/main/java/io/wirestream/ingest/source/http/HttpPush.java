package io.wirestream.ingest.source.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.ingest.IngestResult;
import io.wirestream.ingest.Ingestor;
import io.wirestream.ingest.InputRecords;
import io.wirestream.ingest.format.Origin;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.deadletter.OriginalBytes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/articles}: one pushed document in, one answer out, with no HTTP library.
 *
 * <ul>
 *   <li>401 without {@code Authorization: Bearer <token>} (checked first, before the body is read);</li>
 *   <li>400 for a {@code ?format=} that names no format, a body that cannot be read, or a document
 *       that does not parse: the last is dead-lettered with its bytes first, and 400 is sent only
 *       once the dead letter is committed;</li>
 *   <li>413 for a body over {@code max.input.bytes}, dead-lettered (a prefix, see below) likewise;</li>
 *   <li>202 {@code {"stories":[..],"format":..,"origin":..}} once Kafka committed every story;</li>
 *   <li>503 when the sink failed or did not answer in time: nothing of the document is visible to
 *       {@code read_committed} readers (after a timeout it may still commit; story ids are stable,
 *       so the client's retry is a new version of the same story, not a new story).</li>
 * </ul>
 *
 * <p>The format is {@code ?format=}, else the one {@code Content-Type} names (see
 * {@link MediaTypes}), else ingest's {@code format} setting, else detected.
 *
 * <p>Memory per request is bounded: at most {@code max.input.bytes + 1} bytes of the body are read.
 * An oversize body is therefore not read to its end, so its dead letter's length and SHA-256 cover
 * the bytes read ({@code max.input.bytes + 1}), not the whole upload; the sender, who got 413, still
 * has the document.
 *
 * <p>Thread-safe and stateless: the server calls {@link #push} from its request threads.
 */
public final class HttpPush {

    /** Where the endpoint is mounted. */
    public static final String PATH = "/v1/articles";

    private static final Logger log = LoggerFactory.getLogger(HttpPush.class);
    private static final String BEARER = "Bearer ";
    // What a request id may be to appear in an origin name; anything else gets one from the body.
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    private final Ingestor ingestor;
    private final byte[] token;
    private final String providerHint;
    private final String defaultFormat;
    private final Duration ackTimeout;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * @param ingestor parses and publishes, not null; its {@link Ingestor#maxInputBytes()} is the body limit
     * @param token the bearer token clients must send, not blank
     * @param providerHint provider assumed for documents that name none, or null
     * @param defaultFormat format id used when the request names none, or null to detect
     * @param ackTimeout longest wait for Kafka's commit before answering 503, positive
     * @param clock gives each document's {@code receivedAt}, not null
     */
    public HttpPush(Ingestor ingestor, String token, String providerHint, String defaultFormat, Duration ackTimeout,
                    Clock clock) {
        this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("a push endpoint needs a token");
        }
        this.token = token.strip().getBytes(StandardCharsets.UTF_8);
        this.providerHint = providerHint;
        this.defaultFormat = defaultFormat;
        if (ackTimeout.isNegative() || ackTimeout.isZero()) {
            throw new IllegalArgumentException("ackTimeout must be positive: " + ackTimeout);
        }
        this.ackTimeout = ackTimeout;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Handles one push; never throws for anything the client sent or the sink did. */
    public PushResponse push(PushRequest request) {
        if (!authorized(request.authorization())) {
            return error(401, "missing or wrong 'Authorization: Bearer <token>'");
        }
        String format = chooseFormat(request);
        if (format != null && ingestor.detector().find(format).isEmpty()) {
            return error(400, "unknown format '" + format + "'; known: " + String.join(", ", ingestor.detector().ids()));
        }
        long limit = ingestor.maxInputBytes();
        byte[] content;
        try {
            content = request.body().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            log.warn("Could not read a pushed body from {} (X-Request-Id {}): {}", request.remoteAddress(),
                    request.requestId(), e.toString());
            return error(400, "could not read the request body: " + e.getMessage());
        }
        Origin origin = origin(request, content);
        boolean tooLarge = content.length > limit;
        InputRecords input = tooLarge
                ? ingestor.prepareTooLarge(origin, OriginalBytes.of(content, ingestor.maxDeadLetterPayloadBytes()))
                : ingestor.prepare(content, origin, format);
        IngestResult result;
        try {
            result = ingestor.submit(input).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            log.warn("Push {} not accepted, the sink failed: {}", origin.name(), cause.toString());
            return error(503, "not accepted, Kafka is unavailable; retry later (" + cause.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(503, "not accepted: the server is shutting down");
        }
        if (result.failed()) {
            ObjectNode body = errorBody(result.reason()).put("origin", origin.name());
            return new PushResponse(tooLarge ? 413 : 400, json(body));
        }
        ObjectNode body = mapper.createObjectNode();
        input.articles().stream().map(RawArticle::getId).forEach(body.putArray("stories")::add);
        body.put("format", result.formatId()).put("origin", origin.name());
        return new PushResponse(202, json(body));
    }

    private boolean authorized(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        byte[] given = authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        // Constant time, so that response timing does not reveal how much of a guess was right.
        return MessageDigest.isEqual(given, token);
    }

    private String chooseFormat(PushRequest request) {
        if (request.format() != null && !request.format().isBlank()) {
            return request.format().strip();
        }
        return MediaTypes.formatOf(request.contentType()).orElse(defaultFormat);
    }

    /**
     * {@code http:<remote address>/<id>}: the id is the client's {@code X-Request-Id} when it sent a
     * usable one, else {@link #contentId(byte[])} of the body. Formats fall back to the origin name
     * for the story id of a document that has none of its own (NITF without {@code doc-id}, HTML
     * without a canonical URL), so a random id would make every re-push of the same bytes a new
     * story; an id of the bytes makes it the same story, and enrich drops the identical version.
     */
    private Origin origin(PushRequest request, byte[] content) {
        String id = request.requestId() != null && REQUEST_ID.matcher(request.requestId().strip()).matches()
                ? request.requestId().strip() : contentId(content);
        return new Origin("http:" + request.remoteAddress() + "/" + id, providerHint, clock.instant());
    }

    /**
     * {@code sha256-} and the first 32 hex digits (128 bits) of the SHA-256 of {@code content}: the
     * same bytes always give the same id. No dot, so {@link Origin#baseName()} keeps all of it.
     */
    static String contentId(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return "sha256-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private PushResponse error(int status, String reason) {
        return new PushResponse(status, json(errorBody(reason)));
    }

    private ObjectNode errorBody(String reason) {
        return mapper.createObjectNode().put("error", reason);
    }

    private String json(ObjectNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("an ObjectNode always serialises", e);
        }
    }
}
