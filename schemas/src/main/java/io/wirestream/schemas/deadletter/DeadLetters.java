package io.wirestream.schemas.deadletter;

import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The one factory of {@link DeadLetter}s, for every stage: ingest (an input that could not be
 * parsed) and the Streams exception handlers (a record that could not be read, processed or
 * written). One place decides what a dead letter keeps and how it is keyed.
 *
 * <p>What is kept: the original bytes whole up to {@link #maxPayloadBytes()}, else their prefix with
 * {@code payloadTruncated} set; {@code originalLength} and {@code originalSha256} of the complete
 * bytes always (when there are bytes). The cap defaults to {@value #DEFAULT_MAX_PAYLOAD_BYTES} bytes,
 * half of {@link Topics#MAX_RECORD_BYTES}, so that a dead letter, with its key, message and Avro
 * framing, always fits in a record the topics and producers accept.
 *
 * <p>How it is keyed ({@link #recordKey(DeadLetter)}): by the original record key when the input came
 * from a topic and had one, else by the UTF-8 bytes of {@code origin}, the source's own name for
 * the input (a path relative to the drop folder, a name given on the command line, a
 * {@code topic-partition@offset}); never a path that only means something on the ingest machine.
 *
 * <p>Immutable and thread-safe.
 */
public final class DeadLetters {

    /** Default for {@link #maxPayloadBytes()}: 4 MiB. */
    public static final int DEFAULT_MAX_PAYLOAD_BYTES = Topics.MAX_RECORD_BYTES / 2;

    private final String stage;
    private final Clock clock;
    private final int maxPayloadBytes;

    /** A factory with the default payload cap. */
    public DeadLetters(String stage, Clock clock) {
        this(stage, clock, DEFAULT_MAX_PAYLOAD_BYTES);
    }

    /**
     * @param stage written into every dead letter (ingest, enrich, publish), not blank
     * @param clock gives {@code failedAt}, not null
     * @param maxPayloadBytes most original bytes kept, between 0 and {@value #DEFAULT_MAX_PAYLOAD_BYTES}
     */
    public DeadLetters(String stage, Clock clock, int maxPayloadBytes) {
        this.stage = Objects.requireNonNull(stage, "stage");
        if (stage.isBlank()) {
            throw new IllegalArgumentException("stage is blank");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxPayloadBytes < 0 || maxPayloadBytes > DEFAULT_MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("maxPayloadBytes must be between 0 and " + DEFAULT_MAX_PAYLOAD_BYTES
                    + ": " + maxPayloadBytes);
        }
        this.maxPayloadBytes = maxPayloadBytes;
    }

    /** The stage written into every dead letter. */
    public String stage() {
        return stage;
    }

    /** Most original bytes a dead letter keeps whole; larger input keeps this many. */
    public int maxPayloadBytes() {
        return maxPayloadBytes;
    }

    /**
     * A dead letter for an input that a source read (a file, a push), keyed by its name.
     *
     * @param origin the source's name for the input, not blank
     * @param formatId the detected wire format, or null
     * @param content the input's bytes as far as known, or null if none could be read
     * @param error why it failed, not null
     */
    public DeadLetter forInput(String origin, String formatId, OriginalBytes content, Throwable error) {
        return builder(origin, error, null)
                .setFormat(formatId)
                .build(content);
    }

    /** As {@link #forInput(String, String, OriginalBytes, Throwable)} with the bytes capped here. */
    public DeadLetter forInput(String origin, String formatId, byte[] content, Throwable error) {
        return forInput(origin, formatId, content == null ? null : OriginalBytes.of(content, maxPayloadBytes), error);
    }

    /**
     * A dead letter for a record read from a topic (or, with {@code sourceTopic} null, one that a
     * processor produced without a source record, e.g. from a punctuator).
     *
     * @param sourceTopic the record's topic, or null
     * @param partition its partition (ignored when {@code sourceTopic} is null)
     * @param offset its offset (ignored when {@code sourceTopic} is null)
     * @param processor the processor node that failed, for the message; nullable
     * @param key the original key bytes, or null
     * @param value the original value bytes, or null
     * @param error why it failed, not null
     */
    public DeadLetter forRecord(String sourceTopic, int partition, long offset, String processor,
                                byte[] key, byte[] value, Throwable error) {
        String origin = sourceTopic == null ? "processor " + processor : sourceTopic + "-" + partition + "@" + offset;
        Builder builder = builder(origin, error, processor);
        builder.letter.setSourceTopic(sourceTopic)
                .setSourcePartition(sourceTopic == null ? null : partition)
                .setSourceOffset(sourceTopic == null ? null : offset)
                .setKey(key == null ? null : ByteBuffer.wrap(key.clone()));
        return builder.build(value == null ? null : OriginalBytes.of(value, maxPayloadBytes));
    }

    /**
     * The key a dead letter is written under: the original record key if it has one, else the UTF-8
     * bytes of its origin.
     */
    public static byte[] recordKey(DeadLetter letter) {
        ByteBuffer key = letter.getKey();
        if (key != null) {
            ByteBuffer view = key.duplicate();
            byte[] bytes = new byte[view.remaining()];
            view.get(bytes);
            return bytes;
        }
        return letter.getOrigin().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The reason written into {@code errorMessage}: the error's message (its class name if it has
     * none) followed by each cause, {@code " <- Cause: message"}.
     */
    public static String reason(Throwable error) {
        StringBuilder message = new StringBuilder(
                error.getMessage() != null ? error.getMessage() : error.getClass().getName());
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            message.append(" <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return message.toString();
    }

    private Builder builder(String origin, Throwable error, String processor) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(error, "error");
        String message = reason(error);
        if (processor != null) {
            message += " (at processor " + processor + ")";
        }
        return new Builder(DeadLetter.newBuilder()
                .setStage(stage)
                .setOrigin(origin)
                .setErrorClass(error.getClass().getName())
                .setErrorMessage(message)
                .setFailedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS)));
    }

    /** Adds the payload fields last, so every kind of dead letter fills them the same way. */
    private record Builder(DeadLetter.Builder letter) {

        Builder setFormat(String formatId) {
            letter.setFormat(formatId);
            return this;
        }

        DeadLetter build(OriginalBytes content) {
            if (content != null) {
                letter.setPayload(ByteBuffer.wrap(content.kept()))
                        .setPayloadTruncated(content.truncated())
                        .setOriginalLength(content.length())
                        .setOriginalSha256(content.sha256());
            }
            return letter.build();
        }
    }
}
