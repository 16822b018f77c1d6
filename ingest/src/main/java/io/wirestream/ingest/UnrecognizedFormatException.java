package io.wirestream.ingest;

import java.util.List;

/**
 * Input that no wire format claimed. Its class name is the dead letter's {@code errorClass}.
 */
public final class UnrecognizedFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnrecognizedFormatException(String originName, List<String> triedFormats) {
        super("no wire format recognised (tried " + String.join(", ", triedFormats) + ") (" + originName + ")");
    }
}
