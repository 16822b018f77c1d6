package io.wirestream.cli;

import io.wirestream.ingest.IngestSink;
import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.RawArticle;
import java.util.ArrayList;
import java.util.List;

/** An in-memory sink for the commands that parse without Kafka; collects until drained. */
final class CollectingSink implements IngestSink {

    private final List<RawArticle> articles = new ArrayList<>();
    private final List<DeadLetter> deadLetters = new ArrayList<>();

    @Override
    public void publish(RawArticle article) {
        articles.add(article);
    }

    @Override
    public void deadLetter(DeadLetter letter) {
        deadLetters.add(letter);
    }

    /** The articles collected since the last call, and forgets them. */
    List<RawArticle> drainArticles() {
        List<RawArticle> drained = List.copyOf(articles);
        articles.clear();
        deadLetters.clear();
        return drained;
    }
}
