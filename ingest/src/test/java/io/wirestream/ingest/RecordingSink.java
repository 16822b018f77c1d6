package io.wirestream.ingest;

import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.RawArticle;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An {@link IngestSink} that keeps everything in memory. Thread-safe: sources publish from their own thread. */
public final class RecordingSink implements IngestSink {

    private final List<RawArticle> published = new CopyOnWriteArrayList<>();
    private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();

    @Override
    public void publish(RawArticle article) {
        published.add(article);
    }

    @Override
    public void deadLetter(DeadLetter letter) {
        deadLetters.add(letter);
    }

    /** What was published so far, a snapshot. */
    public List<RawArticle> published() {
        return List.copyOf(published);
    }

    /** What was dead-lettered so far, a snapshot. */
    public List<DeadLetter> deadLetters() {
        return List.copyOf(deadLetters);
    }
}
