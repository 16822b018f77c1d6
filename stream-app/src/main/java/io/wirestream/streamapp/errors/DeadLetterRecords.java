package io.wirestream.streamapp.errors;

import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.Topics;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Builds dead-letter records for the exception handlers: the original key and value bytes, the
 * source topic, partition and offset, the stage, and the error. Immutable and thread-safe.
 */
public final class DeadLetterRecords {

    /** Streams config key: the dead-letter topic. */
    public static final String TOPIC_CONFIG = "wirestream.dead.letter.topic";
    /** Streams config key: the stage name written into each dead letter. */
    public static final String STAGE_CONFIG = "wirestream.stage";

    private final String topic;
    private final String stage;
    private final Clock clock;

    public DeadLetterRecords(String topic, String stage, Clock clock) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.stage = Objects.requireNonNull(stage, "stage");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The dead-letter topic. */
    public String topic() {
        return topic;
    }

    /** Reads {@link #TOPIC_CONFIG} and {@link #STAGE_CONFIG} from handler configs. */
    static DeadLetterRecords fromConfigs(Map<String, ?> configs) {
        return new DeadLetterRecords(required(configs, TOPIC_CONFIG), required(configs, STAGE_CONFIG),
                Clock.systemUTC());
    }

    private static String required(Map<String, ?> configs, String key) {
        Object value = configs.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new ConfigException(key, value, "required by the Wirestream dead-letter handlers");
        }
        return value.toString();
    }

    /**
     * A dead letter for the source record behind {@code context}.
     *
     * @param key   original key bytes, or null
     * @param value original value bytes, or null
     */
    public ProducerRecord<byte[], byte[]> record(ErrorHandlerContext context, byte[] key, byte[] value,
                                                 Throwable error) {
        String origin = context.topic() == null ? "processor " + context.processorNodeId()
                : context.topic() + "-" + context.partition() + "@" + context.offset();
        DeadLetter letter = DeadLetter.newBuilder()
                .setStage(stage)
                .setOrigin(origin)
                .setErrorClass(error.getClass().getName())
                .setErrorMessage(describe(error, context))
                .setSourceTopic(context.topic())
                .setSourcePartition(context.topic() == null ? null : context.partition())
                .setSourceOffset(context.topic() == null ? null : context.offset())
                .setKey(key == null ? null : ByteBuffer.wrap(key))
                .setPayload(value == null ? null : ByteBuffer.wrap(value))
                .setFailedAt(clock.instant())
                .build();
        return new ProducerRecord<>(topic, null, key, Topics.deadLetterSerde().encode(letter));
    }

    private static String describe(Throwable error, ErrorHandlerContext context) {
        StringBuilder message = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            message.append(" <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        message.append(" (at processor ").append(context.processorNodeId()).append(')');
        return message.toString();
    }
}
