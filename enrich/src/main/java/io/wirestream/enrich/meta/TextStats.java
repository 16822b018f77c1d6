package io.wirestream.enrich.meta;

/**
 * Counts computed by {@link TextStatistics}; all values are non-negative.
 *
 * @param words              words
 * @param sentences          sentences containing a word
 * @param paragraphs         paragraphs containing a word
 * @param readingTimeMinutes whole minutes, at least 1 when {@code words > 0}
 */
public record TextStats(int words, int sentences, int paragraphs, int readingTimeMinutes) {
}
