package io.wirestream.ingest.format;

import java.util.List;

/**
 * One wire format: recognises its input cheaply and parses it into articles.
 *
 * <p>Implementations are stateless and thread-safe: one instance serves every input, from any
 * thread. They never fetch anything (DTDs, external entities, linked renditions) from the network
 * or the file system: everything they need is in the bytes they are given.
 */
public interface WireFormat {

    /**
     * Stable id of the format, such as {@code "agency-text"} or {@code "ninjs"}: lower-case letters,
     * digits and hyphens. It is used in configuration (to pin a format), in {@code RawArticle.format}
     * and in dead letters, so it never changes once released.
     */
    String id();

    /**
     * Grades how strongly {@code head} looks like this format.
     *
     * <p>Cheap and total: it looks only at {@code head} (at most {@link FormatDetector#HEAD_BYTES},
     * possibly cut in the middle of a line or a multi-byte character), never throws and never
     * modifies the array.
     *
     * @param head the first bytes of the input, not null, possibly empty
     * @return the grade, never null
     */
    Detection detect(byte[] head);

    /**
     * Parses a complete input into one or more articles.
     *
     * @param content the whole input, not null; the caller has already checked its size
     * @param origin where the input came from, not null; used for messages and, by some formats,
     *     for a provider hint or to resolve relative dates
     * @return the articles in input order, never empty, immutable
     * @throws WireFormatException if the input is not valid in this format (truncated, wrong
     *     encoding, a required field missing); the message says what is wrong and where
     */
    List<ParsedArticle> parse(byte[] content, Origin origin);
}
