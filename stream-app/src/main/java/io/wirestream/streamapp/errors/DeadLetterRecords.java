package io.wirestream.streamapp.errors;

import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.deadletter.DeadLetters;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Builds dead-letter records for the exception handlers: the original key and value bytes, the
 * source topic, partition and offset, the stage, and the error. The letter itself comes from
 * {@link DeadLetters}, shared with ingest; this class adds the topic and Streams' context.
 * Immutable and thread-safe.
 */
public final class DeadLetterRecords {

    /** Streams config key: the dead-letter topic. */
    public static final String TOPIC_CONFIG = "wirestream.dead.letter.topic";
    /** Streams config key: the stage name written into each dead letter. */
    public static final String STAGE_CONFIG = "wirestream.stage";

    private final String topic;
    private final DeadLetters letters;

    public DeadLetterRecords(String topic, String stage, Clock clock) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.letters = new DeadLetters(Objects.requireNonNull(stage, "stage"), Objects.requireNonNull(clock, "clock"));
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
     * A dead letter for the source record behind {@code context}, built by the shared
     * {@link DeadLetters} factory (so it is capped and keyed as every stage's dead letters are).
     *
     * @param key   original key bytes, or null
     * @param value original value bytes, or null
     */
    public ProducerRecord<byte[], byte[]> record(ErrorHandlerContext context, byte[] key, byte[] value,
                                                 Throwable error) {
        DeadLetter letter = letters.forRecord(context.topic(), context.partition(), context.offset(),
                context.processorNodeId(), key, value, error);
        return new ProducerRecord<>(topic, null, DeadLetters.recordKey(letter), Topics.deadLetterSerde().encode(letter));
    }
}
