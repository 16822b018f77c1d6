/**
 * IPTC ninjs 1.x, 2.x and 3.x ({@code ninjs}), including the AP Media API envelope. See
 * {@link io.wirestream.ingest.format.ninjs.NinjsFormat} for the field table.
 */
package io.wirestream.ingest.format.ninjs;
