package io.wirestream.cli.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Latency percentiles of a set of samples, by the nearest-rank method on the sorted samples (exact:
 * a benchmark keeps every sample, so no histogram buckets are needed).
 *
 * @param count how many samples
 * @param p50 median, in the samples' unit
 * @param p95 95th percentile
 * @param p99 99th percentile
 * @param max largest sample
 */
public record Percentiles(int count, long p50, long p95, long p99, long max) {

    /**
     * @param samples the samples, in any order, not modified
     * @throws IllegalArgumentException if there are none
     */
    public static Percentiles of(long[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
                sorted[sorted.length - 1]);
    }

    /** The smallest sample that at least {@code percent} % of the samples do not exceed. */
    static long rank(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** {@code p50 12 ms, p95 30 ms, p99 41 ms, max 55 ms (n=2000)}, with the given unit name. */
    public String format(String unit) {
        return String.format(Locale.ROOT, "p50 %d %s, p95 %d %s, p99 %d %s, max %d %s (n=%d)", p50, unit, p95, unit,
                p99, unit, max, unit, count);
    }
}
