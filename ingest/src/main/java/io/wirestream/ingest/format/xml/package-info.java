/**
 * The one hardened XML reader every XML wire format uses: charset sniffing
 * ({@link io.wirestream.ingest.format.xml.XmlCharset}), a DOM parser with no external entities,
 * no DTD loading and entity, depth and attribute limits
 * ({@link io.wirestream.ingest.format.xml.XmlReader}), a cheap root-element sniffer for
 * detection ({@link io.wirestream.ingest.format.xml.XmlHead}), and small DOM helpers shared by the
 * formats ({@link io.wirestream.ingest.format.xml.Dom}, {@link io.wirestream.ingest.format.xml.XmlText},
 * {@link io.wirestream.ingest.format.xml.XmlDates}).
 */
package io.wirestream.ingest.format.xml;
