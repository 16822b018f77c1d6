package io.wirestream.ingest.source;

import io.wirestream.ingest.IngestConfig;
import io.wirestream.ingest.IngestResult;
import io.wirestream.ingest.Ingestor;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.common.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests a given list of files once, for batch runs and back-fills. A directory stands for its
 * regular, non-hidden files (not its subdirectories), in name order. Files are left where they are.
 *
 * <p>One bad file does not stop the run: its content is dead-lettered by the {@link Ingestor}, and
 * a file that cannot be read gets a failed result (and a log line; there are no bytes to
 * dead-letter). An exception from the sink does stop it: the cluster is unavailable.
 *
 * <p>Thread-safe; it holds no mutable state.
 */
public final class FileSource {

    private static final Logger log = LoggerFactory.getLogger(FileSource.class);

    private final FileIngestion ingestion;

    /** A source using the system clock for {@code receivedAt}. */
    public FileSource(Ingestor ingestor, IngestConfig config) {
        this(ingestor, config, Clock.systemUTC());
    }

    /**
     * @param ingestor does the work, not null
     * @param config gives the provider hint and the pinned format, not null
     * @param clock gives {@code receivedAt}, not null
     * @throws ConfigException if the pinned format is unknown
     */
    public FileSource(Ingestor ingestor, IngestConfig config, Clock clock) {
        this.ingestion = new FileIngestion(Objects.requireNonNull(ingestor, "ingestor"),
                Objects.requireNonNull(config, "config"), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Ingests every file in {@code paths}, directories expanded, in order.
     *
     * @return one result per file, in the order ingested
     * @throws RuntimeException whatever the sink throws
     */
    public List<FileResult> ingest(List<Path> paths) {
        List<FileResult> results = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : expand(path, results)) {
                results.add(new FileResult(file, ingestOne(file)));
            }
        }
        return results;
    }

    private IngestResult ingestOne(Path file) {
        try {
            return ingestion.ingest(file);
        } catch (IOException e) {
            log.error("Cannot read {}: {}", file, e.toString());
            return IngestResult.failure(null, "cannot read " + file + ": " + e);
        }
    }

    private static List<Path> expand(Path path, List<FileResult> results) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && !isHidden(entry)) {
                    files.add(entry);
                }
            }
        } catch (NoSuchFileException e) {
            results.add(new FileResult(path, IngestResult.failure(null, "no such directory: " + path)));
        } catch (IOException e) {
            log.error("Cannot list {}: {}", path, e.toString());
            results.add(new FileResult(path, IngestResult.failure(null, "cannot list " + path + ": " + e)));
        }
        files.sort(null);
        return files;
    }

    static boolean isHidden(Path file) {
        return file.getFileName().toString().startsWith(".");
    }
}
