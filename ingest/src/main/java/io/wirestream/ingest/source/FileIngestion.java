package io.wirestream.ingest.source;

import io.wirestream.ingest.IngestConfig;
import io.wirestream.ingest.IngestResult;
import io.wirestream.ingest.Ingestor;
import io.wirestream.ingest.format.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.kafka.common.config.ConfigException;

/**
 * Reads one file, never more than the size limit, and ingests it. Shared by the file sources.
 * Thread-safe.
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

    /**
     * Ingests {@code file}. Bad content is dead-lettered by the ingestor.
     *
     * @throws IOException if the file cannot be read (nothing is dead-lettered then: there are no bytes)
     * @throws RuntimeException whatever the sink throws
     */
    IngestResult ingest(Path file) throws IOException {
        // A FIFO or device would block the read below or never end: only regular files are input.
        if (!Files.isRegularFile(file)) {
            throw Files.exists(file) ? new IOException("not a regular file: " + file) : new NoSuchFileException(file.toString());
        }
        Origin origin = new Origin(file.toString(), providerHint, clock.instant());
        long limit = ingestor.maxInputBytes();
        long size = Files.size(file);
        if (size > limit) {
            return ingestor.rejectTooLarge(origin, size);
        }
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            // Read at most one byte more than allowed: enough to tell a file that grew past the limit.
            content = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        }
        if (content.length > limit) {
            return ingestor.rejectTooLarge(origin, content.length);
        }
        return ingestor.ingest(content, origin, pinnedFormat);
    }
}
