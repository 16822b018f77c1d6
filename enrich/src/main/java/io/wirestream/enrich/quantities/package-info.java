/**
 * Numbers with their unit or counted noun ({@link io.wirestream.enrich.quantities.QuantityExtractor}):
 * counts ("4.600 members", "about 1.000 members"), percentages ("2.5 percent") and money ("€3 million",
 * "$1.2bn"), with European and English digit grouping told apart by the language and the pattern
 * ({@link io.wirestream.enrich.quantities.NumberReader}). No Kafka, no regular expressions; immutable and
 * thread-safe.
 */
package io.wirestream.enrich.quantities;
