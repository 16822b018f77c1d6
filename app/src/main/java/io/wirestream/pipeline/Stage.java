package io.wirestream.pipeline;

/** The pipeline's stages; each can run in its own process or all in one. */
public enum Stage {
    /** Sources and parsers: wire copy in, {@code RawArticle}s out. */
    INGEST,
    /** Kafka Streams: raw articles in, enriched articles out, exactly once. */
    ENRICH,
    /** Kafka Streams: enriched articles in, JSON, latest and desk topics out, exactly once. */
    PUBLISH
}
