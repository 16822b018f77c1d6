package io.wirestream.enrich.ner.perceptron;

/**
 * Greedy left-to-right decoding with the BILOU constraints of {@link Labels#allowed}: each token gets the
 * best-scoring label allowed after the previous one, and the last token of a sentence one that closes the name.
 * Greedy decoding with label-history features is as accurate as Viterbi for this task and several times cheaper
 * (Ratinov &amp; Roth 2009, section 3).
 *
 * <p>Not thread-safe (holds scratch buffers): one per thread.
 */
final class Decoder {

    private final int[] features = new int[Features.MAX];
    private final float[] scores = new float[Labels.COUNT];

    /**
     * Labels every token of a document.
     *
     * @param doc      the document's features
     * @param weights  {@link Labels#COUNT} weights per bucket
     * @param nonLocal whether to use the second-pass features
     * @return one label per token
     */
    int[] decode(Features doc, PerceptronModel.Table weights, boolean nonLocal) {
        return decode(doc, null, weights, nonLocal, null);
    }

    /**
     * The second pass: like {@link #decode(Features, PerceptronModel.Table, boolean)} with non-local features,
     * but a sentence without any non-local evidence keeps its first-pass labels (the second pass would see the
     * same local evidence; this skips most sentences of a story at no measured cost in F1).
     */
    int[] decodeSecond(Features doc, PerceptronModel.Table weights, int[] first) {
        return decode(doc, null, weights, true, first);
    }

    /** Like {@link #decode(Features, PerceptronModel.Table, boolean)} with float weights (while training). */
    int[] decode(Features doc, float[] weights, boolean nonLocal) {
        return decode(doc, weights, null, nonLocal, null);
    }

    private int[] decode(Features doc, float[] floats, PerceptronModel.Table table, boolean nonLocal,
                         int[] firstPass) {
        int n = doc.size();
        int[] labels = new int[n];
        int prev1 = Features.START;
        int prev2 = Features.START;
        for (int i = 0; i < n; i++) {
            boolean first = i == 0 || doc.sentenceEnd(i - 1) == i;
            if (first) {
                prev1 = Features.START;
                prev2 = Features.START;
                if (firstPass != null && !doc.hasNonLocalEvidence(i)) {
                    int end = doc.sentenceEnd(i);
                    System.arraycopy(firstPass, i, labels, i, end - i);
                    i = end - 1;
                    continue;
                }
            }
            boolean closed = first || prev1 == Labels.O || Labels.allowedLast(prev1);
            if (closed && doc.plain(i)) {
                labels[i] = Labels.O;
                prev2 = prev1;
                prev1 = Labels.O;
                continue;
            }
            int count = doc.local(i, prev1, prev2, nonLocal, features);
            if (table != null) {
                score(table, features, count, scores);
            } else {
                score(floats, features, count, scores);
            }
            int label = best(scores, first ? -1 : prev1, doc.sentenceEnd(i) == i + 1);
            labels[i] = label;
            prev2 = prev1;
            prev1 = label;
        }
        return labels;
    }

    /** Adds the weights of {@code count} features to zeroed {@code scores}. */
    static void score(float[] weights, int[] features, int count, float[] scores) {
        java.util.Arrays.fill(scores, 0f);
        for (int f = 0; f < count; f++) {
            int base = features[f] * Labels.COUNT;
            for (int l = 0; l < Labels.COUNT; l++) {
                scores[l] += weights[base + l];
            }
        }
    }

    private final int[] sums = new int[Labels.COUNT];
    /** Sink of the loads in {@link #score(PerceptronModel.Table, int[], int, float[])} that fetch the buckets. */
    private int fetched;

    /**
     * Adds the quantised weights of {@code count} features, in integer steps, and scales the sums.
     *
     * <p>The tables are far larger than the caches, so nearly every bucket is a cache miss, and the summing loop
     * (some 40 instructions per bucket) lets the processor look only a few buckets ahead. A first loop that only
     * loads the first and last weight of each bucket (its cache lines) puts all of the token's misses in flight
     * at once; the sums then read cached lines. Twice as fast on a cold cache, the same sums.
     */
    void score(PerceptronModel.Table table, int[] features, int count, float[] scores) {
        short[] w = table.weights();
        int touch = 0;
        for (int f = 0; f < count; f++) {
            int base = features[f] * Labels.COUNT;
            touch += w[base] + w[base + Labels.COUNT - 1];
        }
        fetched = touch; // kept, so that the loads are not optimised away
        int[] acc = sums;
        java.util.Arrays.fill(acc, 0);
        for (int f = 0; f < count; f++) {
            int base = features[f] * Labels.COUNT;
            for (int l = 0; l < Labels.COUNT; l++) {
                acc[l] += w[base + l];
            }
        }
        float step = table.step();
        for (int l = 0; l < Labels.COUNT; l++) {
            scores[l] = acc[l] * step;
        }
    }

    /** The best label allowed after {@code previous} (-1 at a sentence start), closing a name if {@code last}. */
    static int best(float[] scores, int previous, boolean last) {
        int best = -1;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int l = 0; l < Labels.COUNT; l++) {
            if (!Labels.allowed(previous, l) || last && !Labels.allowedLast(l)) {
                continue;
            }
            if (scores[l] > bestScore) {
                best = l;
                bestScore = scores[l];
            }
        }
        return best;
    }
}
