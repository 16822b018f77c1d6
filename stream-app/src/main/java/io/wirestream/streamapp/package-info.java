/**
 * What every Wirestream Kafka Streams stage shares: {@link io.wirestream.streamapp.StreamSettings}
 * (exactly-once v2, explicit internal naming, dead-letter handlers) and the
 * {@link io.wirestream.streamapp.StreamApp} lifecycle.
 */
package io.wirestream.streamapp;
