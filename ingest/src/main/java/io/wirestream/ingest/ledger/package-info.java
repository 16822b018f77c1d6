/**
 * The ingest ledger: what each source already committed, so that an input committed just before a
 * crash is not sent again after the restart. The Kafka side (the compacted topic and its loader)
 * is in {@code io.wirestream.ingest.kafka}.
 */
package io.wirestream.ingest.ledger;
