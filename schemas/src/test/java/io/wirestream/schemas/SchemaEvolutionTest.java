package io.wirestream.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schema evolution across processes (issue 12, scenario 10): a consumer built with an earlier
 * schema (the first release's, from {@code history/}) reads the single-object encoded records
 * that the current code writes, and the current code reads what that consumer would write. The
 * old side is a generic reader and writer on the historic schema, as a consumer compiled
 * against that release would be; the current side is {@link AvroSerde}.
 */
class SchemaEvolutionTest {

    private static final Instant AT = Instant.parse("2026-03-11T09:15:00Z");

    /** Written by current code; the fields added after v1 are at their defaults, so a round trip is exact. */
    static RawArticle raw() {
        return RawArticle.newBuilder()
                .setId("chaos-story-1").setVersion(3).setPubStatus(PubStatus.USABLE)
                .setProvider("Chaos Press").setFormat("ninjs").setOrigin("in/s1-v3.json")
                .setReceivedAt(AT).setHeadline("Council debates road repairs")
                .setBody(List.of("The council met on Tuesday.", "A vote follows next week."))
                .setContentHash("h3")
                .build();
    }

    static EnrichedArticle enriched() {
        return EnrichedArticle.newBuilder()
                .setArticle(raw()).setChange(ChangeKind.UPDATE)
                .setBody("The council met on Tuesday.\n\nA vote follows next week.")
                .setLanguage("en").setLanguageConfidence(0.99)
                .setWordCount(10).setSentenceCount(2).setParagraphCount(2).setReadingTimeMinutes(1)
                .setEntities(List.of(Entity.newBuilder().setType("ORGANIZATION").setName("council")
                        .setMentions(List.of(Mention.newBuilder().setStart(4).setEnd(11).setText("council").build()))
                        .build()))
                .setEnrichedAt(AT.plusSeconds(2)).setEnricher("wirestream-enrich/test")
                .build();
    }

    static Stream<Arguments> everyHistoricVersion() {
        return Stream.of(raw(), enriched()).flatMap(record -> {
            List<Schema> versions = SchemaHistory.versions(record.getSchema().getName());
            return versions.stream().map(v -> Arguments.of(record, v, versions.indexOf(v) + 1));
        });
    }

    @ParameterizedTest(name = "{0} via v{2}")
    @MethodSource("everyHistoricVersion")
    void anOlderConsumerReadsCurrentRecordsAndCurrentCodeReadsWhatItWrites(SpecificRecord current, Schema old,
                                                                          int version) throws IOException {
        byte[] written = serde(current).encode(current);

        GenericRecord seenByOld = oldReader(old).decode(written);
        byte[] writtenByOld = bytes(oldWriter(old).encode(seenByOld));
        SpecificRecord seenByCurrent = serde(current).decode(writtenByOld);

        assertThat(writtenByOld[0]).as("single-object marker").isEqualTo((byte) 0xC3);
        assertThat(seenByCurrent).as("%s through v%d and back", current.getSchema().getName(), version)
                .isEqualTo(current);
    }

    @Test
    void theFirstRawArticleSchemaReadsTheFieldsItKnowsAndSkipsTheNewOnes() throws IOException {
        RawArticle current = RawArticle.newBuilder(raw()).setKeywords(List.of("roads")).setUrgency(2).build();
        Schema first = SchemaHistory.versions("RawArticle").get(0);

        GenericRecord seen = oldReader(first).decode(AvroSerde.of(RawArticle.class).encode(current));

        assertThat(seen.get("id")).hasToString("chaos-story-1");
        assertThat(seen.get("version")).isEqualTo(3L);
        assertThat(seen.get("headline")).hasToString("Council debates road repairs");
        assertThat(seen.get("pubStatus")).hasToString("USABLE");
        assertThat(seen.getSchema().getField("keywords")).as("unknown to v1").isNull();
    }

    @Test
    void theFirstEnrichedArticleSchemaReadsCurrentOutput() throws IOException {
        Schema first = SchemaHistory.versions("EnrichedArticle").get(0);

        GenericRecord seen = oldReader(first).decode(AvroSerde.of(EnrichedArticle.class).encode(enriched()));

        assertThat(((GenericRecord) seen.get("article")).get("id")).hasToString("chaos-story-1");
        assertThat(seen.get("change")).hasToString("UPDATE");
        assertThat(seen.get("wordCount")).isEqualTo(10);
        assertThat((List<?>) seen.get("entities")).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static <T extends SpecificRecord> AvroSerde<T> serde(T record) {
        return AvroSerde.of((Class<T>) record.getClass());
    }

    /** A reader compiled against {@code old}: it resolves any shipped writer schema to it. */
    private static BinaryMessageDecoder<GenericRecord> oldReader(Schema old) {
        SchemaStore.Cache store = new SchemaStore.Cache();
        SchemaHistory.versions(old.getName()).forEach(store::addSchema);
        return new BinaryMessageDecoder<>(GenericData.get(), old, store);
    }

    private static BinaryMessageEncoder<GenericRecord> oldWriter(Schema old) {
        return new BinaryMessageEncoder<>(GenericData.get(), old);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
