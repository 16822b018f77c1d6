package io.wirestream.ingest;

/**
 * Input larger than {@value IngestConfig#MAX_INPUT_BYTES_CONFIG} allows. Its class name is the
 * dead letter's {@code errorClass}.
 */
public final class InputTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long size;
    private final long limit;

    public InputTooLargeException(String originName, long size, long limit) {
        super("input of " + size + " bytes exceeds the limit of " + limit + " bytes ("
                + IngestConfig.PREFIX + IngestConfig.MAX_INPUT_BYTES_CONFIG + ") (" + originName + ")");
        this.size = size;
        this.limit = limit;
    }

    /** Size of the input in bytes (at least {@code limit + 1}; a source may stop counting there). */
    public long size() {
        return size;
    }

    /** The limit that was exceeded. */
    public long limit() {
        return limit;
    }
}
