package io.wirestream.enrich.quotes;

/** How the words are given. */
public enum QuoteKind {
    /** In quotation marks, as said. */
    DIRECT,
    /** Paraphrased after a speech verb: "X said that ...". */
    REPORTED
}
