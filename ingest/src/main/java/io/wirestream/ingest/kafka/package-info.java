/**
 * Publishing ingested articles and dead letters to Kafka in transactions that batch many inputs:
 * {@link io.wirestream.ingest.kafka.KafkaIngestSink}, sized by
 * {@link io.wirestream.ingest.kafka.BatchLimits}.
 */
package io.wirestream.ingest.kafka;
