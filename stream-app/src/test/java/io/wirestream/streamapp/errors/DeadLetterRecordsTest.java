package io.wirestream.streamapp.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.Topics;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class DeadLetterRecordsTest {

    private static final Instant NOW = Instant.parse("2026-03-11T10:00:00Z");

    private static ErrorHandlerContext context(byte[] key, byte[] value) {
        return new ErrorHandlerContext() {
            public String topic() { return "news.raw.v1"; }
            public int partition() { return 2; }
            public long offset() { return 41L; }
            public org.apache.kafka.common.header.Headers headers() { return new RecordHeaders(); }
            public String processorNodeId() { return "enrich-article"; }
            public TaskId taskId() { return new TaskId(0, 2); }
            public long timestamp() { return NOW.toEpochMilli(); }
            public byte[] sourceRawKey() { return key; }
            public byte[] sourceRawValue() { return value; }
        };
    }

    @Test
    void keepsTheOriginalBytesTheSourceCoordinatesAndTheReason() {
        DeadLetterRecords records = new DeadLetterRecords("news.dlq.v1", "enrich", Clock.fixed(NOW, ZoneOffset.UTC));
        ProducerRecord<byte[], byte[]> record = records.record(context("k1".getBytes(), "\u0000garbage".getBytes()),
                "k1".getBytes(), "\u0000garbage".getBytes(),
                new IllegalStateException("no headline", new NumberFormatException("x")));

        assertThat(record.topic()).isEqualTo("news.dlq.v1");
        assertThat(record.key()).isEqualTo("k1".getBytes());
        DeadLetter letter = Topics.deadLetterSerde().decode(record.value());
        assertThat(letter.getStage()).isEqualTo("enrich");
        assertThat(letter.getOrigin()).isEqualTo("news.raw.v1-2@41");
        assertThat(letter.getSourceTopic()).isEqualTo("news.raw.v1");
        assertThat(letter.getSourcePartition()).isEqualTo(2);
        assertThat(letter.getSourceOffset()).isEqualTo(41L);
        assertThat(new String(letter.getPayload().array())).isEqualTo("\u0000garbage");
        assertThat(letter.getErrorClass()).isEqualTo(IllegalStateException.class.getName());
        assertThat(letter.getErrorMessage()).contains("no headline", "NumberFormatException", "enrich-article");
        assertThat(letter.getFailedAt()).isEqualTo(NOW);
    }

    @Test
    void keysARecordWithoutAKeyByItsOriginAsIngestDoes() {
        DeadLetterRecords records = new DeadLetterRecords("news.dlq.v1", "enrich", Clock.fixed(NOW, ZoneOffset.UTC));
        ProducerRecord<byte[], byte[]> record = records.record(context(null, "v".getBytes()), null, "v".getBytes(),
                new IllegalStateException("x"));

        assertThat(new String(record.key())).isEqualTo("news.raw.v1-2@41");
        DeadLetter letter = Topics.deadLetterSerde().decode(record.value());
        assertThat(letter.getOriginalLength()).isEqualTo(1L);
        assertThat(letter.getPayloadTruncated()).isFalse();
    }

    @Test
    void deserializationHandlerResumesWithOneDeadLetter() {
        DeadLetterDeserializationHandler handler = new DeadLetterDeserializationHandler();
        handler.configure(Map.of(DeadLetterRecords.TOPIC_CONFIG, "dlq", DeadLetterRecords.STAGE_CONFIG, "publish"));
        ConsumerRecord<byte[], byte[]> bad = new ConsumerRecord<>("news.enriched.v1", 0, 7L, null, "xx".getBytes());

        DeserializationExceptionHandler.Response response = handler.handleError(context(null, "xx".getBytes()), bad,
                new RuntimeException("bad bytes"));

        assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
        List<ProducerRecord<byte[], byte[]>> letters = response.deadLetterQueueRecords();
        assertThat(letters).singleElement().satisfies(r -> assertThat(r.topic()).isEqualTo("dlq"));
    }

    @Test
    void handlersRefuseToStartWithoutADeadLetterTopic() {
        assertThatThrownBy(() -> new DeadLetterProcessingHandler().configure(Map.of(DeadLetterRecords.STAGE_CONFIG, "x")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(DeadLetterRecords.TOPIC_CONFIG);
    }
}
