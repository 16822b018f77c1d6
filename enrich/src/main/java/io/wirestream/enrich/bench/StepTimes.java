package io.wirestream.enrich.bench;

import io.wirestream.enrich.EnrichmentListener;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Sums the step times an {@link io.wirestream.enrich.Enricher} reports, to print each step's share: where to look
 * first when the whole enricher is slow. The times are wall time (what the enricher measures), so on a loaded
 * machine the shares are rougher than the CPU-time rates.
 *
 * <p>Not thread-safe: for the single-thread benchmark.
 */
final class StepTimes implements EnrichmentListener {

    private final Map<String, long[]> nanos = new LinkedHashMap<>();

    @Override
    public void stepTook(String step, long stepNanos) {
        nanos.computeIfAbsent(step, s -> new long[1])[0] += stepNanos;
    }

    /** Forgets the times so far (the warm-up). */
    void reset() {
        nanos.clear();
    }

    /** Each step's share of the summed time, in the order the steps first reported, e.g. {@code clean 12%}. */
    String shares() {
        long total = 0;
        for (long[] n : nanos.values()) {
            total += n[0];
        }
        StringJoiner out = new StringJoiner(", ");
        for (Map.Entry<String, long[]> e : nanos.entrySet()) {
            out.add(String.format(Locale.ROOT, "%s %.1f%%", e.getKey(), total == 0 ? 0.0 : 100.0 * e.getValue()[0] / total));
        }
        return out.toString();
    }
}
