package io.wirestream.enrich.cluster;

import java.time.Duration;

/**
 * When two stories belong together.
 *
 * @param window                 how long, in stream time, a story can be joined after its last version;
 *                               also how long it is kept; positive
 * @param nearDuplicateThreshold the least estimated shingle Jaccard for a near-duplicate, 0 to 1
 * @param eventThreshold         the least weighted event-term Jaccard for the same event, 0 to 1
 * @param maxNearDuplicates      the most near-duplicates listed on a story, positive
 */
public record ClusterPolicy(Duration window, double nearDuplicateThreshold, double eventThreshold,
                            int maxNearDuplicates) {

    /** Stories about one event keep coming for a day or two: three days covers a story's life on the wire. */
    public static final Duration DEFAULT_WINDOW = Duration.ofHours(72);
    public static final double DEFAULT_NEAR_DUPLICATE_THRESHOLD = 0.5;
    public static final double DEFAULT_EVENT_THRESHOLD = 0.2;
    public static final int DEFAULT_MAX_NEAR_DUPLICATES = 5;

    /** @throws IllegalArgumentException if a value is out of range */
    public ClusterPolicy {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, not " + window);
        }
        if (!(nearDuplicateThreshold >= 0 && nearDuplicateThreshold <= 1) || !(eventThreshold >= 0 && eventThreshold <= 1)) {
            throw new IllegalArgumentException("thresholds must be between 0 and 1");
        }
        if (maxNearDuplicates < 1) {
            throw new IllegalArgumentException("maxNearDuplicates must be positive, not " + maxNearDuplicates);
        }
    }

    /** The default thresholds with {@code window}. */
    public static ClusterPolicy withWindow(Duration window) {
        return new ClusterPolicy(window, DEFAULT_NEAR_DUPLICATE_THRESHOLD, DEFAULT_EVENT_THRESHOLD,
                DEFAULT_MAX_NEAR_DUPLICATES);
    }
}
