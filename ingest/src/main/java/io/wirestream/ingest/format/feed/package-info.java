/** RSS 2.0 (and 1.0) and Atom 1.0 feeds ({@code feed}): one article per item or entry. */
package io.wirestream.ingest.format.feed;
