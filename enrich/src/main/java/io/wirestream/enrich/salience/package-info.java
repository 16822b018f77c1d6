/**
 * How central each entity is to a story ({@link io.wirestream.enrich.salience.SalienceScorer}) and its canonical
 * full name. No Kafka; immutable and thread-safe.
 */
package io.wirestream.enrich.salience;
