/**
 * What every Wirestream Kafka Streams stage shares: {@link io.wirestream.streamapp.StreamSettings}
 * (exactly-once v2, explicit internal naming, dead-letter handlers, static group membership) and the
 * {@link io.wirestream.streamapp.StreamApp} lifecycle (bounded thread replacement, health, waiting
 * for RUNNING with or without a deadline).
 */
package io.wirestream.streamapp;
