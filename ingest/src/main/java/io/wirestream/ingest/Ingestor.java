package io.wirestream.ingest;

import io.wirestream.ingest.format.FormatDetector;
import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.ParsedArticle;
import io.wirestream.ingest.format.WireFormat;
import io.wirestream.ingest.format.WireFormatException;
import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.RawArticle;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests one input: detect its format, parse it, map it to {@link RawArticle}s and publish them,
 * or dead-letter the input with its bytes and the reason.
 *
 * <p>Bad input never throws: no format recognised, a {@link WireFormatException}, input over the
 * size limit, or any other runtime exception from a format each become exactly one
 * {@link DeadLetter} (stage {@value #STAGE}) and a failed {@link IngestResult}. An input is parsed
 * and mapped completely before anything is published, so a bad input publishes nothing.
 *
 * <p>Exceptions from the {@link IngestSink} itself are <em>not</em> caught: they mean the sink (the
 * Kafka cluster) is unavailable, not that the input is bad, and the caller should keep the input
 * and retry. Such a retry may publish articles that were already published before the failure;
 * records are keyed by story id and version, so consumers see duplicates, not different stories.
 *
 * <p>Thread-safe if the sink is: it holds no mutable state.
 */
public final class Ingestor {

    /** The {@code stage} of dead letters written here. */
    public static final String STAGE = "ingest";

    private static final Logger log = LoggerFactory.getLogger(Ingestor.class);

    private final FormatDetector detector;
    private final IngestSink sink;
    private final long maxInputBytes;
    private final Clock clock;

    /** An ingestor with the default input limit and the system clock. */
    public Ingestor(FormatDetector detector, IngestSink sink) {
        this(detector, sink, IngestConfig.MAX_INPUT_BYTES_DEFAULT, Clock.systemUTC());
    }

    /**
     * @param detector the formats to detect and parse with, not null
     * @param sink where articles and dead letters go, not null
     * @param maxInputBytes largest input accepted (see {@link IngestConfig#maxInputBytes()}), positive
     * @param clock gives {@code failedAt} of dead letters, not null
     */
    public Ingestor(FormatDetector detector, IngestSink sink, long maxInputBytes, Clock clock) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.sink = Objects.requireNonNull(sink, "sink");
        if (maxInputBytes < 1) {
            throw new IllegalArgumentException("maxInputBytes must be positive: " + maxInputBytes);
        }
        this.maxInputBytes = maxInputBytes;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The formats this ingestor detects and parses with. */
    public FormatDetector detector() {
        return detector;
    }

    /** Largest input accepted, in bytes; sources check it before reading a file. */
    public long maxInputBytes() {
        return maxInputBytes;
    }

    /** As {@link #ingest(byte[], Origin, String)} with the format detected. */
    public IngestResult ingest(byte[] content, Origin origin) {
        return ingest(content, origin, null);
    }

    /**
     * Ingests one complete input.
     *
     * @param content the input, not null; not modified or kept
     * @param origin where it came from, not null
     * @param pinnedFormatId id of the format to parse with instead of detecting one, or null
     * @return the outcome; failures have been dead-lettered
     * @throws IllegalArgumentException if {@code pinnedFormatId} names no format of the detector
     *     (a configuration error, not bad input)
     * @throws RuntimeException whatever the sink throws
     */
    public IngestResult ingest(byte[] content, Origin origin, String pinnedFormatId) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(origin, "origin");
        WireFormat pinned = pinnedFormatId == null ? null : detector.require(pinnedFormatId);
        String formatId = pinned == null ? null : pinned.id();
        List<RawArticle> articles;
        try {
            if (content.length > maxInputBytes) {
                throw new InputTooLargeException(origin.name(), content.length, maxInputBytes);
            }
            WireFormat format = pinned != null
                    ? pinned
                    : detector.detect(content).orElseThrow(() -> new UnrecognizedFormatException(origin.name(), detector.ids()));
            formatId = format.id();
            List<ParsedArticle> parsed = format.parse(content, origin);
            if (parsed.isEmpty()) {
                throw new WireFormatException(format.id(), origin, "no articles in the input");
            }
            String id = format.id();
            articles = parsed.stream().map(article -> RawArticles.toRawArticle(article, origin, id)).toList();
        } catch (RuntimeException e) {
            // The one place that catches broadly: whatever a format throws, the input is dead-lettered
            // and ingest goes on with the next one.
            return deadLetter(content, origin, formatId, e);
        }
        articles.forEach(sink::publish);
        log.debug("Published {} article(s) from {} as {}", articles.size(), origin.name(), formatId);
        return IngestResult.success(formatId, articles.size());
    }

    /**
     * Dead-letters an input that a source found too large to read, without its payload.
     *
     * @param size the input's size in bytes, or at least {@code maxInputBytes() + 1}
     */
    public IngestResult rejectTooLarge(Origin origin, long size) {
        return deadLetter(null, origin, null, new InputTooLargeException(origin.name(), size, maxInputBytes));
    }

    private IngestResult deadLetter(byte[] content, Origin origin, String formatId, RuntimeException error) {
        String reason = error.getMessage() != null ? error.getMessage() : error.getClass().getName();
        // An oversized payload is left out: the limit exists to keep such input off the topics.
        ByteBuffer payload = content == null || error instanceof InputTooLargeException
                ? null
                : ByteBuffer.wrap(content.clone());
        sink.deadLetter(DeadLetter.newBuilder()
                .setStage(STAGE)
                .setOrigin(origin.name())
                .setFormat(formatId)
                .setErrorClass(error.getClass().getName())
                .setErrorMessage(reason)
                .setPayload(payload)
                .setFailedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
                .build());
        if (error instanceof WireFormatException || error instanceof InputTooLargeException
                || error instanceof UnrecognizedFormatException) {
            log.warn("Dead-lettered {}: {}", origin.name(), reason);
        } else {
            // Not a reported parse error: likely a bug in the format, so keep the stack trace.
            log.warn("Dead-lettered {} after an unexpected error in format {}", origin.name(), formatId, error);
        }
        return IngestResult.failure(formatId, reason);
    }
}
