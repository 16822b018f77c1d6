/**
 * Cleaning of wire copy before enrichment: whitespace normalisation and removal of wire boilerplate
 * (share widgets, reading-time labels, relative dates, copyright and credits footers), keeping what was
 * removed as {@link io.wirestream.schemas.Boilerplate} metadata.
 *
 * <p>Pure Java, no Kafka types; every public class here is immutable and thread-safe.
 */
package io.wirestream.enrich.clean;
