package io.wirestream.schemas;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for a generated Avro record using Avro single-object encoding: a two-byte marker
 * {@code C3 01}, the 8-byte CRC-64-AVRO fingerprint of the writer schema, then the binary datum.
 *
 * <p>The reader knows every historic version of the record ({@link SchemaHistory}), so records
 * written by any earlier release decode into the current class with Avro schema resolution. A
 * {@code null} value (a tombstone) maps to {@code null} both ways.
 *
 * <p>Thread-safe: Avro's message encoder and decoder keep per-thread buffers.
 *
 * @param <T> the generated record class
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final String record;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    private AvroSerde(Class<T> type) {
        SpecificData model = SpecificData.getForClass(type);
        Schema current = model.getSchema(type);
        this.record = current.getName();
        this.encoder = new BinaryMessageEncoder<>(model, current);
        SchemaStore.Cache store = new SchemaStore.Cache();
        SchemaHistory.versions(record).forEach(store::addSchema);
        this.decoder = new BinaryMessageDecoder<>(model, current, store);
    }

    /** A serde for {@code type}, which must have a shipped schema history. */
    public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type) {
        return new AvroSerde<>(type);
    }

    /** Encodes one record; {@code null} stays {@code null}. */
    public byte[] encode(T value) {
        if (value == null) {
            return null;
        }
        try {
            ByteBuffer buffer = encoder.encode(value);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot encode " + record + ": " + e.getMessage(), e);
        }
    }

    /**
     * Decodes one record written with any shipped version of its schema; {@code null} stays
     * {@code null}.
     *
     * @throws SerializationException if the bytes are not a single-object encoded {@code record}
     */
    public T decode(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return decoder.decode(bytes);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot decode " + record + " (" + bytes.length + " bytes): "
                    + e.getMessage(), e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> encode(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> decode(bytes);
    }
}
