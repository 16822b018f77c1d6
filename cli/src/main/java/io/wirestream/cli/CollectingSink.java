package io.wirestream.cli;

import io.wirestream.ingest.IngestSink;
import io.wirestream.ingest.InputRecords;
import io.wirestream.schemas.RawArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * An in-memory sink for the commands that parse without Kafka: collects articles until drained.
 * Dead letters are not kept; the commands report failures from the ingest result instead.
 */
final class CollectingSink implements IngestSink {

    private final List<RawArticle> articles = new ArrayList<>();

    @Override
    public CompletableFuture<Void> submit(InputRecords input) {
        // Offline there is no dead-letter topic; the IngestResult carries the reason.
        articles.addAll(input.articles());
        return CompletableFuture.completedFuture(null);
    }

    /** The articles collected since the last call, and forgets them. */
    List<RawArticle> drainArticles() {
        List<RawArticle> drained = List.copyOf(articles);
        articles.clear();
        return drained;
    }
}
