/**
 * The ingest stage: {@link io.wirestream.ingest.Ingestor} turns raw wire input into
 * {@code RawArticle}s (or dead letters) and hands them to an
 * {@link io.wirestream.ingest.IngestSink}; {@link io.wirestream.ingest.IngestConfig} holds its
 * settings. Formats are in {@code format}, input sources in {@code source}, the Kafka sink in
 * {@code kafka}.
 */
package io.wirestream.ingest;
