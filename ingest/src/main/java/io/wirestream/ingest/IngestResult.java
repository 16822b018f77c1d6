package io.wirestream.ingest;

/**
 * What became of one input.
 *
 * @param ok whether the input was parsed and its articles published
 * @param published number of articles published; 0 when not ok
 * @param formatId id of the wire format used, or null if none was detected
 * @param reason why the input failed, naming the problem; null when ok
 */
public record IngestResult(boolean ok, int published, String formatId, String reason) {

    public IngestResult {
        if (ok && (reason != null || published < 1)) {
            throw new IllegalArgumentException("a success publishes at least one article and has no reason");
        }
        if (!ok && (reason == null || published != 0)) {
            throw new IllegalArgumentException("a failure publishes nothing and has a reason");
        }
    }

    /** The input was parsed by {@code formatId} and {@code published} articles were published. */
    public static IngestResult success(String formatId, int published) {
        return new IngestResult(true, published, formatId, null);
    }

    /** The input failed for {@code reason}; {@code formatId} is null if no format was detected. */
    public static IngestResult failure(String formatId, String reason) {
        return new IngestResult(false, 0, formatId, reason);
    }

    /** The opposite of {@link #ok()}. */
    public boolean failed() {
        return !ok;
    }
}
