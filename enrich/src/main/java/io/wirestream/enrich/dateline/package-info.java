/**
 * The dateline of a story, where and when it was filed ({@link io.wirestream.enrich.dateline.DatelineExtractor}):
 * from the wire format's own field when it gave one, else from the body's first line ("PRISTINA, March 11
 * (Agency) -"). No Kafka, no regular expressions; immutable and thread-safe.
 */
package io.wirestream.enrich.dateline;
