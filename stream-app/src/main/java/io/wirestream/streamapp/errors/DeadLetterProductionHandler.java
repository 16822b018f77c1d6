package io.wirestream.streamapp.errors;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An output record that cannot be serialized, or that the broker refuses for what it is (too
 * large), becomes a dead letter of its source record; other send errors fail the task, which
 * exactly-once then retries, because dropping them would lose stories silently.
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
        if (exception instanceof RecordTooLargeException) {
            LOG.warn("dead-lettering record too large for {}: {}", record.topic(), exception.getMessage());
            return Response.resume(List.of(deadLetters.record(context, context.sourceRawKey(),
                    context.sourceRawValue(), exception)));
        }
        return Response.fail();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record,
                                             Exception exception, SerializationExceptionOrigin origin) {
        LOG.warn("dead-lettering record whose {} could not be serialized for {}", origin, record.topic(), exception);
        return Response.resume(List.of(deadLetters.record(context, context.sourceRawKey(),
                context.sourceRawValue(), exception)));
    }
}
