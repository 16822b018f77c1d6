package io.wirestream.cli;

import io.wirestream.ingest.IngestConfig;
import io.wirestream.ingest.IngestResult;
import io.wirestream.ingest.Ingestor;
import io.wirestream.ingest.format.FormatDetector;
import io.wirestream.ingest.format.Origin;
import io.wirestream.schemas.RawArticle;
import io.wirestream.ingest.source.FileReading;
import io.wirestream.ingest.source.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Clock;
import java.util.List;

/** Parsing files without Kafka, for {@code parse} and {@code enrich}. Not thread-safe. */
final class OfflineIngest {

    /** One input's outcome: its articles, or why it failed. */
    record Outcome(Path file, String format, List<RawArticle> articles, String error) {
        boolean failed() {
            return error != null;
        }
    }

    private final CollectingSink sink = new CollectingSink();
    private final Ingestor ingestor;
    private final String pinnedFormat;
    private final String provider;

    OfflineIngest(String pinnedFormat, String provider) {
        this.ingestor = new Ingestor(FormatDetector.standard(), sink, IngestConfig.MAX_INPUT_BYTES_DEFAULT,
                Clock.systemUTC());
        this.pinnedFormat = pinnedFormat;
        this.provider = provider;
    }

    /**
     * The files to read: each file as given, each folder as its input files (recursively, in path order, by
     * the rule every file source uses: no hidden or partial files), as {@code run --stage ingest} takes them.
     */
    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try {
                    files.addAll(InputFiles.list(path));
                } catch (IOException e) {
                    files.add(path); // reported as unreadable when parsed
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    Outcome parse(Path file) {
        FileReading.FileContent content;
        try {
            // The same size cap and regular-file check as ingest, so parse accepts what ingest accepts.
            content = FileReading.read(file, ingestor.maxInputBytes(), ingestor.maxDeadLetterPayloadBytes());
        } catch (NoSuchFileException e) {
            return new Outcome(file, null, List.of(), "no such file: " + file);
        } catch (IOException e) {
            return new Outcome(file, null, List.of(), "cannot read " + file + ": " + e.getMessage());
        }
        Origin origin = new Origin(file.toString(), provider, Clock.systemUTC().instant());
        IngestResult result = content.isTooLarge()
                ? ingestor.submit(ingestor.prepareTooLarge(origin, content.tooLarge())).join()
                : ingestor.ingest(content.content(), origin, pinnedFormat);
        List<RawArticle> articles = sink.drainArticles();
        return new Outcome(file, result.formatId(), articles, result.failed() ? result.reason() : null);
    }
}
