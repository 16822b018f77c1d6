/**
 * The ingest stage: {@link io.wirestream.ingest.Ingestor} turns raw wire input into
 * {@code RawArticle}s (or a dead letter), one {@link io.wirestream.ingest.InputRecords} per input,
 * and submits them to an {@link io.wirestream.ingest.IngestSink}, which publishes each input all or
 * nothing; {@link io.wirestream.ingest.IngestConfig} holds its settings. Formats are in
 * {@code format}, input sources in {@code source}, the transactional Kafka sink in {@code kafka}.
 */
package io.wirestream.ingest;
