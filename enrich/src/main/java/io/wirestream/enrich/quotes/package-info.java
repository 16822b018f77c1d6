/**
 * Quotations and their speakers ({@link io.wirestream.enrich.quotes.QuoteExtractor}): direct quotes in
 * straight or curly marks with the speaker after or before them, split quotes, and reported speech
 * ("X said that ..."), the speaker resolved to a tagged entity. No Kafka, no regular expressions; immutable
 * and thread-safe.
 */
package io.wirestream.enrich.quotes;
