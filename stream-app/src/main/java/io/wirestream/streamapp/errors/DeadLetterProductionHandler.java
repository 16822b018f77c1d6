package io.wirestream.streamapp.errors;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An output record that cannot be serialized becomes a dead letter of its source record and the
 * stage goes on. Send errors fail the task, which exactly-once then retries from the last commit:
 * under exactly-once a failed send (even a record too large for {@code max.request.size}) has
 * already put the transaction in an error state, so it cannot be skipped, only aborted. Wirestream
 * keeps such errors out of reach by bounding input size at ingest well below the topics'
 * {@code max.message.bytes}.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProductionHandler.class);

    private DeadLetterRecords deadLetters;

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetterRecords.fromConfigs(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
                                Exception exception) {
        LOG.error("cannot send to {} (source {}-{}@{}); failing the task so exactly-once retries it",
                record.topic(), context.topic(), context.partition(), context.offset(), exception);
        return Response.fail();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record,
                                             Exception exception, SerializationExceptionOrigin origin) {
        if (deadLetters.topic().equals(record.topic())) {
            return Response.fail(); // a dead letter that cannot be written must not be dead-lettered again
        }
        LOG.warn("dead-lettering record whose {} could not be serialized for {}", origin, record.topic(), exception);
        return Response.resume(List.of(deadLetters.record(context, context.sourceRawKey(),
                context.sourceRawValue(), exception)));
    }
}
