/** Publishing ingested articles and dead letters to Kafka. */
package io.wirestream.ingest.kafka;
