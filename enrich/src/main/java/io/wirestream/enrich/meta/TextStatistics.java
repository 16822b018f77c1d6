package io.wirestream.enrich.meta;

import java.util.regex.Pattern;

/**
 * Counts words, sentences and paragraphs of a cleaned body and estimates its reading time.
 *
 * <ul>
 *   <li>A word is a whitespace-separated run containing a letter or digit ("100.000", "U.S.", "hard-won" are one
 *       word each; a lone dash is none).</li>
 *   <li>Sentences come from {@link SentenceSplitter}; only those with a word count.</li>
 *   <li>Paragraphs are separated by blank lines (as in {@code EnrichedArticle.body}).</li>
 *   <li>Reading time is {@code ceil(words / wordsPerMinute)} whole minutes, at least 1 for text with a word, 0 for
 *       text without.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class TextStatistics {

    /** Default reading speed for news copy, words per minute. */
    public static final int DEFAULT_WORDS_PER_MINUTE = 230;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[\\t \\x0B\\f\\r]*\\n\\s*");
    private static final Pattern WORDLIKE = Pattern.compile(".*[\\p{L}\\p{N}].*");

    private final int wordsPerMinute;
    private final SentenceSplitter sentences;

    /** Statistics at {@value #DEFAULT_WORDS_PER_MINUTE} words per minute. */
    public TextStatistics() {
        this(DEFAULT_WORDS_PER_MINUTE);
    }

    /**
     * @param wordsPerMinute reading speed, at least 1
     */
    public TextStatistics(int wordsPerMinute) {
        this(wordsPerMinute, new SentenceSplitter());
    }

    /**
     * @param wordsPerMinute reading speed, at least 1
     * @param sentences      splitter used for sentence counts
     */
    public TextStatistics(int wordsPerMinute, SentenceSplitter sentences) {
        if (wordsPerMinute < 1) {
            throw new IllegalArgumentException("wordsPerMinute must be >= 1: " + wordsPerMinute);
        }
        this.wordsPerMinute = wordsPerMinute;
        this.sentences = sentences;
    }

    /** The reading speed in words per minute. */
    public int wordsPerMinute() {
        return wordsPerMinute;
    }

    /**
     * Computes the statistics of {@code text}.
     *
     * @param text cleaned text with paragraphs separated by blank lines; null counts as empty
     * @return the counts; all zero for blank text
     */
    public TextStats compute(String text) {
        if (text == null || text.isBlank()) {
            return new TextStats(0, 0, 0, 0);
        }
        int words = countWords(text);
        int sentenceCount = 0;
        for (SentenceSpan s : sentences.split(text)) {
            if (countWords(s.text(text)) > 0) {
                sentenceCount++;
            }
        }
        int paragraphs = 0;
        for (String p : PARAGRAPH_BREAK.split(text.strip())) {
            if (countWords(p) > 0) {
                paragraphs++;
            }
        }
        return new TextStats(words, sentenceCount, paragraphs, readingMinutes(words));
    }

    /**
     * Reading time for a word count.
     *
     * @param words number of words, not negative
     * @return whole minutes, rounded up; 0 only for 0 words
     */
    public int readingMinutes(int words) {
        if (words < 0) {
            throw new IllegalArgumentException("words must be >= 0: " + words);
        }
        return words == 0 ? 0 : Math.max(1, (words + wordsPerMinute - 1) / wordsPerMinute);
    }

    private static int countWords(String text) {
        int n = 0;
        for (String w : WHITESPACE.split(text)) {
            if (!w.isEmpty() && WORDLIKE.matcher(w).matches()) {
                n++;
            }
        }
        return n;
    }
}
