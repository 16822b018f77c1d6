/**
 * Article metadata computed from cleaned text: language ({@link io.wirestream.enrich.meta.LanguageIdentifier}),
 * sentence boundaries ({@link io.wirestream.enrich.meta.SentenceSplitter}) and counts with reading time
 * ({@link io.wirestream.enrich.meta.TextStatistics}).
 *
 * <p>Pure Java, no Kafka types; every public class here is immutable and thread-safe.
 */
package io.wirestream.enrich.meta;
