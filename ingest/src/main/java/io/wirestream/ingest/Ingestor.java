package io.wirestream.ingest;

import io.wirestream.ingest.format.FormatDetector;
import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.ParsedArticle;
import io.wirestream.ingest.format.WireFormat;
import io.wirestream.ingest.format.WireFormatException;
import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.deadletter.DeadLetters;
import io.wirestream.schemas.deadletter.OriginalBytes;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests inputs: detect each one's format, parse it, map it to {@link RawArticle}s, and hand
 * them to the {@link IngestSink}, which publishes all the stories of one input atomically; or
 * dead-letter the input with its bytes and the reason.
 *
 * <p>Bad input never throws: no format recognised, a {@link WireFormatException}, input over the
 * size limit, or any other runtime exception from a format each become exactly one
 * {@link DeadLetter} (stage {@value #STAGE}, built by the shared {@link DeadLetters} factory) and
 * a failed {@link IngestResult}. An input is parsed and mapped completely before anything is
 * submitted, so a bad input publishes nothing.
 *
 * <p>Sink failures are <em>not</em> turned into dead letters: they mean the sink (the Kafka
 * cluster) is unavailable, not that the input is bad, and the caller keeps the input and retries.
 * Because the sink is transactional, the retry publishes each story once: a failed attempt left
 * none of them visible.
 *
 * <p>Threads: {@link #prepare} is pure and runs on whichever source thread calls it, so parsing
 * (the CPU-bound part) scales with the sources' worker threads while the sink keeps its single
 * producer; {@link #submit} does not wait for the broker, so many inputs are in flight at once.
 * Thread-safe: it holds no mutable state.
 */
public final class Ingestor {

    /** The {@code stage} of dead letters written here. */
    public static final String STAGE = "ingest";

    private static final Logger log = LoggerFactory.getLogger(Ingestor.class);

    private final FormatDetector detector;
    private final IngestSink sink;
    private final long maxInputBytes;
    private final DeadLetters deadLetters;

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
        this.deadLetters = new DeadLetters(STAGE, Objects.requireNonNull(clock, "clock"));
    }

    /** The formats this ingestor detects and parses with. */
    public FormatDetector detector() {
        return detector;
    }

    /** Largest input accepted, in bytes; sources check it before reading a file. */
    public long maxInputBytes() {
        return maxInputBytes;
    }

    /** Most bytes of an input its dead letter keeps; sources read that much of an oversize file. */
    public int maxDeadLetterPayloadBytes() {
        return deadLetters.maxPayloadBytes();
    }

    /** As {@link #ingest(byte[], Origin, String)} with the format detected. */
    public IngestResult ingest(byte[] content, Origin origin) {
        return ingest(content, origin, null);
    }

    /**
     * Ingests one complete input and waits until its records are committed: for a caller with a
     * single input (the demo's samples, a test). Sources with many inputs use {@link #submit}.
     *
     * @param content the input, not null; not modified or kept
     * @param origin where it came from, not null
     * @param pinnedFormatId id of the format to parse with instead of detecting one, or null
     * @return the outcome; failures have been dead-lettered
     * @throws IllegalArgumentException if {@code pinnedFormatId} names no format of the detector
     *     (a configuration error, not bad input)
     * @throws RuntimeException whatever the sink failed with
     */
    public IngestResult ingest(byte[] content, Origin origin, String pinnedFormatId) {
        return await(submit(prepare(content, origin, pinnedFormatId)));
    }

    /**
     * Submits an input prepared by {@link #prepare} or {@link #prepareTooLarge} to the sink.
     *
     * @return completes with the input's result once its records are committed, or exceptionally
     *     with the sink's error (then nothing of the input is visible)
     */
    public CompletableFuture<IngestResult> submit(InputRecords input) {
        return sink.submit(input).thenApply(committed -> {
            log.debug("Committed {} article(s) from {} as {}", input.articles().size(), input.origin().name(),
                    input.result().formatId());
            return input.result();
        });
    }

    /**
     * Parses one complete input into the records to publish: its articles, or its dead letter.
     * Publishes nothing.
     *
     * @param content the input, not null; not modified or kept
     * @param origin where it came from, not null
     * @param pinnedFormatId id of the format to parse with instead of detecting one, or null
     * @throws IllegalArgumentException if {@code pinnedFormatId} names no format of the detector
     */
    public InputRecords prepare(byte[] content, Origin origin, String pinnedFormatId) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(origin, "origin");
        WireFormat pinned = pinnedFormatId == null ? null : detector.require(pinnedFormatId);
        String formatId = pinned == null ? null : pinned.id();
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
            return InputRecords.published(origin, id,
                    parsed.stream().map(article -> RawArticles.toRawArticle(article, origin, id)).toList());
        } catch (RuntimeException e) {
            // The one place that catches broadly: whatever a format throws, the input is dead-lettered
            // and ingest goes on with the next one.
            return deadLetter(OriginalBytes.of(content, deadLetters.maxPayloadBytes()), origin, formatId, e);
        }
    }

    /**
     * The dead letter of an input that a source found too large to read whole: it keeps what the
     * source read of it (a prefix up to {@link #maxDeadLetterPayloadBytes()}), its full length and
     * SHA-256.
     *
     * @param content what the source kept of the input, with the complete length and hash
     */
    public InputRecords prepareTooLarge(Origin origin, OriginalBytes content) {
        return deadLetter(content, origin, null,
                new InputTooLargeException(origin.name(), content.length(), maxInputBytes));
    }

    private InputRecords deadLetter(OriginalBytes content, Origin origin, String formatId, RuntimeException error) {
        DeadLetter letter = deadLetters.forInput(origin.name(), formatId, content, error);
        String reason = letter.getErrorMessage();
        if (error instanceof WireFormatException || error instanceof InputTooLargeException
                || error instanceof UnrecognizedFormatException) {
            log.warn("Dead-lettering {}: {}", origin.name(), reason);
        } else {
            // Not a reported parse error: likely a bug in the format, so keep the stack trace.
            log.warn("Dead-lettering {} after an unexpected error in format {}", origin.name(), formatId, error);
        }
        return InputRecords.deadLettered(origin, letter, IngestResult.failure(formatId, reason));
    }

    /** Waits for a submitted input, rethrowing the sink's own exception rather than a wrapper. */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
