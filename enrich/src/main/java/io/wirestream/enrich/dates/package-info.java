/**
 * Dates and periods mentioned in cleaned text ({@link io.wirestream.enrich.dates.DateExtractor}): explicit
 * ("March 11", "11 March 2025", "on Saturday", "in February", "in 1995", "2025-03-11") and relative
 * ("yesterday", "days ago", "last week", "next six months"), normalised to ISO 8601 and resolved against the
 * story's own date ({@link io.wirestream.enrich.dates.DateResolver}). No Kafka, no regular expressions;
 * immutable and thread-safe.
 */
package io.wirestream.enrich.dates;
