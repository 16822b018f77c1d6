/**
 * Plain-text agency copy ({@code agency-text}): headline, a header recognised by shape, body
 * paragraphs one per line, footer kept. See
 * {@link io.wirestream.ingest.format.agencytext.AgencyTextFormat}.
 */
package io.wirestream.ingest.format.agencytext;
