/**
 * What the two teletype formats ({@code iptc7901}, {@code anpa1312}) share: the control bytes
 * that frame a message ({@link io.wirestream.ingest.format.teletype.ControlCodes}), splitting a
 * stream into messages, take keys ({@link io.wirestream.ingest.format.teletype.TakeKey}) and
 * turning hard-wrapped or tabular copy into paragraphs
 * ({@link io.wirestream.ingest.format.teletype.TeletypeText}).
 */
package io.wirestream.ingest.format.teletype;
