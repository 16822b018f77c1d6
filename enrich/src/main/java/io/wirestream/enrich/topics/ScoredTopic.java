package io.wirestream.enrich.topics;

import java.util.Objects;

/**
 * A Media Topic assigned to a story.
 *
 * @param topic  the topic
 * @param score  confidence 0-1; 1.0 for a topic mapped from the agency's own code
 * @param source {@link #AGENCY} or {@link #CLASSIFIER}
 */
public record ScoredTopic(Topic topic, double score, String source) {

    /** Mapped from a subject code the wire sent. */
    public static final String AGENCY = "agency";
    /** Classified from the text. */
    public static final String CLASSIFIER = "classifier";

    public ScoredTopic {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(source, "source");
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be 0-1: " + score);
        }
    }
}
