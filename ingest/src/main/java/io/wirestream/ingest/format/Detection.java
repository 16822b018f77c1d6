package io.wirestream.ingest.format;

/**
 * How strongly the first bytes of an input look like a given wire format, weakest first.
 *
 * <p>Graded rather than boolean (like Jackson's {@code MatchStrength}) so that a generic format
 * such as plain agency text can claim input weakly while a format with a real signature (a
 * schema URL, a root element, a control-byte envelope) outranks it.
 */
public enum Detection {
    /** The input is certainly not in this format. */
    NO_MATCH,
    /** Nothing contradicts the format, but nothing specific to it was seen either. */
    WEAK,
    /** A feature typical of the format was seen. */
    LIKELY,
    /** A signature unique to the format was seen (a schema URL, a namespace, a magic header). */
    CERTAIN;

    /** Returns whether this grade claims the input at all. */
    public boolean isMatch() {
        return this != NO_MATCH;
    }

    /** Returns whether this grade is strictly stronger than {@code other}. */
    public boolean isStrongerThan(Detection other) {
        return compareTo(other) > 0;
    }
}
