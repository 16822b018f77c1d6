package io.wirestream.schemas;

import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The one place where Wirestream's topics are named and bound to their serdes.
 *
 * <table>
 *   <caption>Topics (default names)</caption>
 *   <tr><th>topic</th><th>key</th><th>value</th></tr>
 *   <tr><td>news.raw.v1</td><td>story id</td><td>RawArticle (Avro)</td></tr>
 *   <tr><td>news.enriched.v1</td><td>story id</td><td>EnrichedArticle (Avro)</td></tr>
 *   <tr><td>news.enriched.json.v1</td><td>story id</td><td>ninjs-style JSON (UTF-8)</td></tr>
 *   <tr><td>news.latest.v1</td><td>story id</td><td>EnrichedArticle (Avro), compacted</td></tr>
 *   <tr><td>news.dlq.v1</td><td>original key or null</td><td>DeadLetter (Avro)</td></tr>
 *   <tr><td>news.desk.&lt;desk&gt;.v1</td><td>story id</td><td>EnrichedArticle (Avro)</td></tr>
 *   <tr><td>news.ingest-ledger.v1</td><td>source + input identity</td><td>what ingest committed for it
 *   (a short UTF-8 line), compacted</td></tr>
 * </table>
 *
 * @param prefix prepended to every name (empty by default), so several pipelines or tests can share
 *               a cluster
 */
public record Topics(String prefix) {

    /**
     * Largest record Wirestream writes (8 MiB): every topic's {@code max.message.bytes} and every
     * producer's {@code max.request.size}. Ingest bounds its input well below it, since an
     * enriched record carries the text about three times (paragraphs, cleaned body, mentions).
     */
    public static final int MAX_RECORD_BYTES = 8 * 1024 * 1024;

    private static final Pattern DESK = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private static final AvroSerde<RawArticle> RAW = AvroSerde.of(RawArticle.class);
    private static final AvroSerde<EnrichedArticle> ENRICHED = AvroSerde.of(EnrichedArticle.class);
    private static final AvroSerde<DeadLetter> DEAD_LETTER = AvroSerde.of(DeadLetter.class);
    private static final AvroSerde<StoryVersion> STORY_VERSION = AvroSerde.of(StoryVersion.class);
    private static final AvroSerde<HeldArticle> HELD_ARTICLE = AvroSerde.of(HeldArticle.class);

    public Topics {
        Objects.requireNonNull(prefix, "prefix");
    }

    /** The production names, with no prefix. */
    public static Topics defaults() {
        return new Topics("");
    }

    /** Raw articles as ingested. */
    public Topic<String, RawArticle> raw() {
        return new Topic<>(prefix + "news.raw.v1", Serdes.String(), RAW);
    }

    /** Enriched articles, every version in order. */
    public Topic<String, EnrichedArticle> enriched() {
        return new Topic<>(prefix + "news.enriched.v1", Serdes.String(), ENRICHED);
    }

    /** Enriched articles as ninjs-style JSON, readable by any Kafka client. */
    public Topic<String, String> enrichedJson() {
        return new Topic<>(prefix + "news.enriched.json.v1", Serdes.String(), Serdes.String());
    }

    /** Compacted: the latest version of each story, a kill included. */
    public Topic<String, EnrichedArticle> latest() {
        return new Topic<>(prefix + "news.latest.v1", Serdes.String(), ENRICHED);
    }

    /** Dead letters from every stage; keys are the original record keys as bytes. */
    public Topic<byte[], DeadLetter> deadLetters() {
        return new Topic<>(prefix + "news.dlq.v1", Serdes.ByteArray(), DEAD_LETTER);
    }

    /**
     * Compacted: one small record per input ingest committed (a drop-folder file, a feed item),
     * written in the same transaction as the input's articles or dead letter, so that a restarted
     * source knows what it already sent. Key and value are UTF-8 strings (see the ingest ledger).
     */
    public Topic<String, String> ingestLedger() {
        return new Topic<>(prefix + "news.ingest-ledger.v1", Serdes.String(), Serdes.String());
    }

    /** The topic of one routed desk, e.g. {@code balkans}. */
    public Topic<String, EnrichedArticle> desk(String desk) {
        if (desk == null || !DESK.matcher(desk).matches()) {
            throw new IllegalArgumentException("desk name must match " + DESK + ": '" + desk + "'");
        }
        return new Topic<>(prefix + "news.desk." + desk + ".v1", Serdes.String(), ENRICHED);
    }

    /** The shared serde of {@link StoryVersion} state (enrich's version store). */
    public static Serde<StoryVersion> storyVersionSerde() {
        return STORY_VERSION;
    }

    /** The shared serde of {@link HeldArticle} state (enrich's embargo store). */
    public static Serde<HeldArticle> heldArticleSerde() {
        return HELD_ARTICLE;
    }

    /** The shared serde of {@link DeadLetter} values. */
    public static AvroSerde<DeadLetter> deadLetterSerde() {
        return DEAD_LETTER;
    }
}
