package io.wirestream.cli;

import io.wirestream.ingest.IngestConfig;
import io.wirestream.ingest.IngestResult;
import io.wirestream.ingest.Ingestor;
import io.wirestream.ingest.format.FormatDetector;
import io.wirestream.ingest.format.Origin;
import io.wirestream.schemas.RawArticle;
import io.wirestream.ingest.source.FileReading;
import java.io.IOException;
import java.nio.file.Path;
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

    Outcome parse(Path file) {
        FileReading.FileContent content;
        try {
            // The same size cap and regular-file check as ingest, so parse accepts what ingest accepts.
            content = FileReading.read(file, ingestor.maxInputBytes(), ingestor.maxDeadLetterPayloadBytes());
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
