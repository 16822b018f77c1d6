package io.wirestream.ingest;

/**
 * The sink will publish nothing more: it was closed, or it hit a fatal error (for Kafka: the
 * producer was fenced by another ingest instance with the same {@code transactional.id}). Sources
 * stop on it rather than retry; the input stays where it is.
 */
public final class SinkClosedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public SinkClosedException(String message, Throwable cause) {
        super(message, cause);
    }
}
