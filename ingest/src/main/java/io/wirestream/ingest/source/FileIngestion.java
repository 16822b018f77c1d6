package io.wirestream.ingest.source;

import io.wirestream.ingest.IngestConfig;
import io.wirestream.ingest.Ingestor;
import io.wirestream.ingest.InputRecords;
import io.wirestream.ingest.format.Origin;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.kafka.common.config.ConfigException;

/**
 * Reads one file, never more than the size limit, and prepares its records. Shared by the file
 * sources. Thread-safe.
 */
final class FileIngestion {

    private final Ingestor ingestor;
    private final String providerHint;
    private final String pinnedFormat;
    private final Clock clock;

    /**
     * @throws ConfigException naming {@value IngestConfig#FORMAT_CONFIG} if the pinned format is
     *     not one the ingestor knows
     */
    FileIngestion(Ingestor ingestor, IngestConfig config, Clock clock) {
        this.ingestor = ingestor;
        this.providerHint = config.providerHint();
        this.pinnedFormat = config.pinnedFormat();
        this.clock = clock;
        if (pinnedFormat != null && ingestor.detector().find(pinnedFormat).isEmpty()) {
            throw new ConfigException(IngestConfig.PREFIX + IngestConfig.FORMAT_CONFIG, pinnedFormat,
                    "unknown wire format (known: " + String.join(", ", ingestor.detector().ids()) + ")");
        }
    }

    Ingestor ingestor() {
        return ingestor;
    }

    /**
     * Reads {@code file} and parses it into its records (bad content becomes a dead letter); sends
     * nothing.
     *
     * @param name the source's name for the file: its origin and dead-letter key
     * @throws IOException if the file cannot be read (nothing is dead-lettered then: there are no bytes)
     */
    InputRecords prepare(Path file, String name) throws IOException {
        return prepare(read(file), name);
    }

    /**
     * Reads {@code file} with the ingestor's limits.
     *
     * @throws IOException if the file cannot be read
     */
    FileReading.FileContent read(Path file) throws IOException {
        return FileReading.read(file, ingestor.maxInputBytes(), ingestor.maxDeadLetterPayloadBytes());
    }

    /** Parses what {@link #read} gave into the input's records; sends nothing. */
    InputRecords prepare(FileReading.FileContent read, String name) {
        Origin origin = new Origin(name, providerHint, clock.instant());
        return read.isTooLarge()
                ? ingestor.prepareTooLarge(origin, read.tooLarge())
                : ingestor.prepare(read.content(), origin, pinnedFormat);
    }
}
