package io.wirestream.enrich.meta;

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
        int words = countWords(text, 0, text.length());
        int sentenceCount = 0;
        for (SentenceSpan s : sentences.split(text)) {
            if (countWords(text, s.start(), s.end()) > 0) {
                sentenceCount++;
            }
        }
        int paragraphs = paragraphs(text.strip());
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

    /**
     * Paragraphs with a word: the parts between breaks {@code \n[\t \x0B\f\r]*\n\s*} (a line break, blanks, a
     * line break and any whitespace after), found by hand (it was a regex split; this runs on every body).
     */
    static int paragraphs(String text) {
        int n = text.length();
        int count = 0;
        int start = 0;
        int i = 0;
        while (i < n) {
            if (text.charAt(i) == '\n') {
                int k = i + 1;
                while (k < n && isBlank(text.charAt(k))) {
                    k++;
                }
                if (k < n && text.charAt(k) == '\n') {
                    if (countWords(text, start, i) > 0) {
                        count++;
                    }
                    k++;
                    while (k < n && (isBlank(text.charAt(k)) || text.charAt(k) == '\n')) {
                        k++;
                    }
                    start = k;
                    i = k;
                    continue;
                }
            }
            i++;
        }
        return countWords(text, start, n) > 0 ? count + 1 : count;
    }

    /** {@code [\t \x0B\f\r]}: whitespace other than the line break. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || c == '\r';
    }

    static int countWords(String text) {
        return countWords(text, 0, text.length());
    }

    /**
     * Runs of non-whitespace ({@code [ \t\n\x0B\f\r]}, as the regex {@code \s}) holding a letter or a number,
     * counted in one pass without regexes or substrings: this runs over every body three times.
     */
    static int countWords(String text, int from, int to) {
        int n = 0;
        boolean wordLike = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                if (wordLike) {
                    n++;
                }
                wordLike = false;
            } else if (!wordLike) {
                if (c < 0x80) {
                    wordLike = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
                } else {
                    // A surrogate pair counts only whole within the range; a surrogate alone is neither
                    // letter nor number.
                    int cp = Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))
                            ? Character.toCodePoint(c, text.charAt(i + 1)) : c;
                    wordLike = Character.isLetter(cp) || isNumber(cp);
                }
            }
        }
        return wordLike ? n + 1 : n;
    }

    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
