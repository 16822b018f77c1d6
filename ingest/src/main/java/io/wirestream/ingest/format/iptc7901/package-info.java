/**
 * IPTC 7901 teletype streams ({@code iptc7901}). See
 * {@link io.wirestream.ingest.format.iptc7901.Iptc7901Format}.
 */
package io.wirestream.ingest.format.iptc7901;
