/**
 * Wire formats: the {@link io.wirestream.ingest.format.WireFormat} contract, graded
 * {@link io.wirestream.ingest.format.Detection}, the ordered
 * {@link io.wirestream.ingest.format.FormatDetector}, and the records a format produces
 * ({@link io.wirestream.ingest.format.ParsedArticle}) from an input and its
 * {@link io.wirestream.ingest.format.Origin}.
 *
 * <p>Each format lives in its own sub-package and is registered in
 * {@link io.wirestream.ingest.format.FormatDetector#standard()}. Formats are stateless, return
 * immutable records, never fetch anything, and report bad input with
 * {@link io.wirestream.ingest.format.WireFormatException}.
 */
package io.wirestream.ingest.format;
