package io.wirestream.enrich.cluster;

import java.util.Arrays;

/**
 * What a story is about, as a weighted set of term hashes (entities, numbers, headline and lead words),
 * compared by weighted Jaccard similarity: sum of the smaller weights over sum of the larger ones. Two
 * agencies' copy of one event shares few word shingles but many of these terms.
 *
 * @param terms   term hashes, ascending, distinct
 * @param weights the weight of each term, positive, same length
 */
public record EventSignature(long[] terms, float[] weights) {

    /** @throws IllegalArgumentException if the arrays differ in length or terms are not ascending */
    public EventSignature {
        if (terms.length != weights.length) {
            throw new IllegalArgumentException(terms.length + " terms but " + weights.length + " weights");
        }
        for (int i = 1; i < terms.length; i++) {
            if (terms[i - 1] >= terms[i]) {
                throw new IllegalArgumentException("terms are not ascending and distinct at " + i);
            }
        }
    }

    /** True when there is nothing to compare. */
    public boolean isEmpty() {
        return terms.length == 0;
    }

    /** Weighted Jaccard similarity, 0 (nothing shared, or either empty) to 1 (same terms and weights). */
    public double similarity(EventSignature other) {
        double min = 0;
        double max = 0;
        int i = 0;
        int j = 0;
        long[] a = terms;
        long[] b = other.terms;
        while (i < a.length || j < b.length) {
            if (j == b.length || (i < a.length && a[i] < b[j])) {
                max += weights[i++];
            } else if (i == a.length || b[j] < a[i]) {
                max += other.weights[j++];
            } else {
                min += Math.min(weights[i], other.weights[j]);
                max += Math.max(weights[i++], other.weights[j++]);
            }
        }
        return max == 0 ? 0 : min / max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventSignature e && Arrays.equals(terms, e.terms) && Arrays.equals(weights, e.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "EventSignature[" + terms.length + " terms]";
    }
}
