/**
 * The enrich stage: {@link io.wirestream.enrich.EnrichTopology} (Kafka Streams, exactly-once) runs
 * {@link io.wirestream.enrich.Enricher} (pure: cleaning, language, statistics, entities; no Kafka)
 * on every story version that version tracking lets through.
 */
package io.wirestream.enrich;
