/**
 * Feed polling: RSS and Atom URLs fetched with conditional GETs, each new or changed item published
 * once (the ingest ledger remembers what was, across restarts), exponential backoff with jitter on
 * errors.
 */
package io.wirestream.ingest.source.feed;
