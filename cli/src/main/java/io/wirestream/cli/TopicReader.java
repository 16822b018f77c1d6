package io.wirestream.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.Topic;
import io.wirestream.schemas.Topics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.io.JsonEncoder;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Which Wirestream topic a name means and how its records read as JSON: Avro values through
 * Avro's own JSON encoding, the JSON topic as it is, dead letters field by field with their
 * original bytes as text where they are UTF-8 (else base64).
 *
 * @param name    the topic's full name
 * @param decoder the value's bytes as JSON
 */
record TopicReader(String name, Function<byte[], JsonNode> decoder) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The short names {@link #resolve} takes, besides full topic names and {@code desk.NAME}. */
    static final List<String> SHORT_NAMES = List.of("raw", "enriched", "json", "latest", "dlq");

    /**
     * @param topic raw, enriched, json, latest, dlq, desk.NAME, or a full Wirestream topic name
     * @throws IllegalArgumentException naming what is accepted
     */
    static TopicReader resolve(Topics topics, String topic) {
        String shortName = topic.startsWith(topics.prefix()) ? topic.substring(topics.prefix().length()) : topic;
        if (shortName.startsWith("news.desk.") && shortName.endsWith(".v1")) {
            shortName = "desk." + shortName.substring("news.desk.".length(), shortName.length() - ".v1".length());
        }
        return switch (shortName) {
            case "raw", "news.raw.v1" -> avro(topics.raw());
            case "enriched", "news.enriched.v1" -> avro(topics.enriched());
            case "latest", "news.latest.v1" -> avro(topics.latest());
            case "json", "news.enriched.json.v1" -> new TopicReader(topics.enrichedJson().name(), TopicReader::json);
            case "dlq", "dead-letters", "news.dlq.v1" -> new TopicReader(topics.deadLetters().name(),
                    bytes -> deadLetter(Topics.deadLetterSerde().decode(bytes)));
            default -> {
                if (shortName.startsWith("desk.")) {
                    yield avro(topics.desk(shortName.substring("desk.".length())));
                }
                throw new IllegalArgumentException("unknown topic '" + topic + "': give one of " + SHORT_NAMES
                        + ", desk.NAME, or a Wirestream topic name (with its prefix, if any)");
            }
        };
    }

    /** One record as a JSON line: coordinates, timestamp, key and value. */
    ObjectNode line(ConsumerRecord<byte[], byte[]> record) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("topic", record.topic());
        line.put("partition", record.partition());
        line.put("offset", record.offset());
        line.put("timestamp", Instant.ofEpochMilli(record.timestamp()).toString());
        putBytes(line, "key", record.key());
        if (record.value() == null) {
            line.putNull("value"); // a tombstone
        } else {
            try {
                line.set("value", decoder.apply(record.value()));
            } catch (RuntimeException e) {
                line.put("error", "cannot decode the value: " + Texts.cut(e.getMessage()));
                putBytes(line, "valueBytes", record.value());
            }
        }
        return line;
    }

    private static <V extends SpecificRecord> TopicReader avro(Topic<String, V> topic) {
        return new TopicReader(topic.name(), bytes -> avroJson(topic.valueSerde().deserializer().deserialize(topic.name(), bytes)));
    }

    /** A record in Avro's JSON encoding (unions as {"type": value}), as a tree. */
    @SuppressWarnings("unchecked")
    static JsonNode avroJson(SpecificRecord value) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SpecificDatumWriter<SpecificRecord> writer = new SpecificDatumWriter<>((Class<SpecificRecord>) value.getClass());
            JsonEncoder encoder = EncoderFactory.get().jsonEncoder(value.getSchema(), out);
            writer.write(value, encoder);
            encoder.flush();
            return MAPPER.readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return MAPPER.readTree(bytes);
        } catch (IOException e) {
            return MAPPER.getNodeFactory().textNode(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    /** A dead letter field by field, its key and payload readable. */
    static ObjectNode deadLetter(DeadLetter letter) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("stage", letter.getStage());
        node.put("origin", letter.getOrigin());
        node.put("format", letter.getFormat());
        node.put("reason", letter.getErrorMessage());
        node.put("errorClass", letter.getErrorClass());
        node.put("sourceTopic", letter.getSourceTopic());
        node.put("sourcePartition", letter.getSourcePartition());
        node.put("sourceOffset", letter.getSourceOffset());
        node.put("failedAt", letter.getFailedAt() == null ? null : letter.getFailedAt().toString());
        putBytes(node, "key", bytes(letter.getKey()));
        putBytes(node, "payload", bytes(letter.getPayload()));
        node.put("payloadTruncated", letter.getPayloadTruncated());
        node.put("originalLength", letter.getOriginalLength());
        node.put("originalSha256", letter.getOriginalSha256());
        return node;
    }

    /** Puts {@code bytes} as text when they are valid UTF-8, else as base64 under {@code name + "Base64"}. */
    static void putBytes(ObjectNode node, String name, byte[] bytes) {
        if (bytes == null) {
            node.putNull(name);
            return;
        }
        try {
            node.put(name, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            node.put(name + "Base64", Base64.getEncoder().encodeToString(bytes));
        }
    }

    static byte[] bytes(ByteBuffer buffer) {
        if (buffer == null) {
            return null;
        }
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
