package io.wirestream.ingest;

import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.RawArticle;

/**
 * Where ingested copy goes: the Kafka publisher in production, a list in tests.
 *
 * <p>Both calls return once the record is durably accepted (for Kafka: acknowledged by all in-sync
 * replicas), so a source may move its input file out of the way after they return.
 */
public interface IngestSink {

    /** Publishes one parsed article version, keyed by {@link RawArticle#getId()}. */
    void publish(RawArticle article);

    /** Records input that could not be parsed, with its original bytes and the reason. */
    void deadLetter(DeadLetter letter);
}
