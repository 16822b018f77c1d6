package io.wirestream.ingest.source;

import io.wirestream.ingest.IngestResult;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The outcome of ingesting one file.
 *
 * @param file the file, not null
 * @param result what became of it, not null
 */
public record FileResult(Path file, IngestResult result) {

    public FileResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(result, "result");
    }
}
