package io.wirestream.enrich.ner;

import java.util.List;

/**
 * Finds names in tokenized text (cf. OpenNLP's {@code TokenNameFinder}). A finder sees a whole document at once,
 * so that it can use evidence from one sentence in another (a surname after the full name).
 *
 * <p>Implementations must be thread-safe and keep no state between calls.
 */
public interface TokenNameFinder {

    /**
     * Finds names.
     *
     * @param sentences one document as its sentences of tokens, in order; not null
     * @return for each sentence (same size and order), its names as token spans ordered by start, not
     *         overlapping; never null
     */
    List<List<TokenSpan>> find(List<List<Token>> sentences);
}
