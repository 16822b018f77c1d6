package io.wirestream.enrich.cluster;

import io.wirestream.schemas.EnrichedArticle;
import java.util.Optional;

/**
 * Fingerprints enriched stories and compares fingerprints: near-duplicate similarity from the shingle
 * signatures, event similarity from the event signatures.
 *
 * <p>Immutable and thread-safe.
 */
public final class Fingerprinter {

    private final ShingleHasher shingles = new ShingleHasher();
    private final EventTerms events = new EventTerms();

    /** The story's fingerprint, empty when its body has no words (a kill, a blank correction). */
    public Optional<Fingerprint> fingerprint(EnrichedArticle story) {
        byte[] signature = shingles.signature(story.getBody());
        if (signature == null) {
            return Optional.empty();
        }
        EventSignature event = events.signature(story);
        long[] nearDuplicateBands = shingles.bands(signature);
        long[] eventBands = events.bands(story);
        long[] bands = new long[nearDuplicateBands.length + eventBands.length];
        System.arraycopy(nearDuplicateBands, 0, bands, 0, nearDuplicateBands.length);
        System.arraycopy(eventBands, 0, bands, nearDuplicateBands.length, eventBands.length);
        return Optional.of(new Fingerprint(signature, event, bands));
    }

    /** Estimated Jaccard similarity of the two bodies' word shingles, 0 to 1. */
    public double nearDuplicateSimilarity(Fingerprint a, Fingerprint b) {
        return shingles.similarity(a.shingles(), b.shingles());
    }

    /** Weighted Jaccard similarity of the two event signatures, 0 to 1. */
    public double eventSimilarity(Fingerprint a, Fingerprint b) {
        return a.event().similarity(b.event());
    }
}
