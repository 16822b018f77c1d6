package io.wirestream.enrich.ner;

import java.util.List;

/**
 * Finds named-entity mentions in a text.
 *
 * <p>Implementations must be thread-safe: one instance is shared by all stream threads.
 */
public interface EntityTagger {

    /**
     * Tags {@code text}.
     *
     * @param text the text, not null; paragraphs may be separated by blank lines
     * @return mentions ordered by start offset, not overlapping, with offsets into {@code text}; never null
     */
    List<EntityMention> tag(String text);
}
