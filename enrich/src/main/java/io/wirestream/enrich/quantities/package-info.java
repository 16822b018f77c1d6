/**
 * Numbers with their unit or counted noun ({@link io.wirestream.enrich.quantities.QuantityExtractor}):
 * counts ("4.600 members", "about 1.000 members"), percentages ("2.5 percent") and money ("€3 million",
 * "$1.2bn"), with European and English digit grouping told apart by the language and the pattern
 * ({@link io.wirestream.enrich.quantities.NumberReader}), space-grouped thousands ("25 000"), and the month names,
 * function words, multipliers and currency words of the main European wire languages ("31 mei" is a date,
 * "2,5 Milliarden Euro" money). No Kafka, no regular expressions; immutable and
 * thread-safe.
 */
package io.wirestream.enrich.quantities;
