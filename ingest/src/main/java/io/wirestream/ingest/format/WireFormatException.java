package io.wirestream.ingest.format;

import java.util.Objects;

/**
 * Input that a {@link WireFormat} could not parse.
 *
 * <p>The message says what and where, in the form {@code <format>: <problem> (<origin>)}, for
 * example {@code ninjs: no headline in item urn:x (in/3.json)}. Ingest turns it into a dead letter
 * with the original bytes.
 */
public class WireFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String formatId;
    private final String originName;
    private final String problem;

    /**
     * @param formatId id of the format that failed, not null
     * @param origin where the input came from, not null
     * @param problem what is wrong, without the format id or origin (they are added), not null
     */
    public WireFormatException(String formatId, Origin origin, String problem) {
        this(formatId, origin, problem, null);
    }

    /** As {@link #WireFormatException(String, Origin, String)}, with the underlying cause. */
    public WireFormatException(String formatId, Origin origin, String problem, Throwable cause) {
        super(formatId + ": " + problem + " (" + origin.name() + ")", cause);
        this.formatId = Objects.requireNonNull(formatId, "formatId");
        this.originName = origin.name();
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** Id of the format that rejected the input. */
    public String formatId() {
        return formatId;
    }

    /** {@link Origin#name()} of the rejected input. */
    public String originName() {
        return originName;
    }

    /** What is wrong, without the format id and origin. */
    public String problem() {
        return problem;
    }
}
