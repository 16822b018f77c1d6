package io.wirestream.enrich;

/**
 * Told how long each step of {@link Enricher#enrich} took, for metrics (a timer per step). Steps:
 * {@code clean}, {@code language}, {@code statistics}, {@code entities} (tagging, grouping, salience), {@code extractions} (dateline, dates, quantities, quotes), {@code topics} (Media Topics, keyphrases).
 *
 * <p>Called on the enriching thread, several stream threads at once: implementations must be
 * thread-safe and quick, and must not throw.
 */
@FunctionalInterface
public interface EnrichmentListener {

    /** A listener that does nothing. */
    EnrichmentListener NONE = (step, nanos) -> { };

    /**
     * @param step  the step's name
     * @param nanos how long it took, in nanoseconds
     */
    void stepTook(String step, long nanos);
}
