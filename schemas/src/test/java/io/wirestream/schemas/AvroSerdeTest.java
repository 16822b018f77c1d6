package io.wirestream.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-11T09:15:00Z");

    static RawArticle article() {
        return RawArticle.newBuilder()
                .setId("agency-story-1").setVersion(2).setPubStatus(PubStatus.USABLE)
                .setProvider("Example Agency").setFormat("agency-text").setOrigin("in/story-1.txt")
                .setReceivedAt(RECEIVED).setHeadline("Harbour reopens after storm")
                .setBody(List.of("First paragraph.", "Second paragraph."))
                .setMetadata(Map.of("readingTime", "2 min"))
                .setContentHash("abc123").setKeywords(List.of("weather")).setUrgency(3)
                .build();
    }

    @Test
    void roundTripsACurrentRecordWithSingleObjectEncoding() {
        AvroSerde<RawArticle> serde = AvroSerde.of(RawArticle.class);
        byte[] bytes = serde.encode(article());

        // Avro single-object encoding: marker C3 01 then the 8-byte schema fingerprint.
        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        assertThat(serde.decode(bytes)).isEqualTo(article());
    }

    @Test
    void readsARecordWrittenWithTheFirstReleasedSchema() throws IOException {
        Schema v1 = SchemaHistory.versions("RawArticle").get(0);
        assertThat(v1.getField("keywords")).as("v1 predates keywords").isNull();
        GenericRecord old = new GenericRecordBuilder(v1)
                .set("id", "old-1").set("version", 1L)
                .set("pubStatus", new GenericData.EnumSymbol(v1.getField("pubStatus").schema(), "CANCELED"))
                .set("provider", "Old Agency").set("format", "ninjs").set("origin", "drop/old.json")
                .set("receivedAt", RECEIVED.toEpochMilli()).set("headline", "Old headline")
                .set("body", List.of("Old body.")).set("contentHash", "h1")
                .build();
        ByteBuffer encoded = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v1).encode(old);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);

        RawArticle read = AvroSerde.of(RawArticle.class).decode(bytes);

        assertThat(read.getId()).isEqualTo("old-1");
        assertThat(read.getPubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(read.getReceivedAt()).isEqualTo(RECEIVED.truncatedTo(ChronoUnit.MILLIS));
        assertThat(read.getKeywords()).as("default of a field added in v2").isEmpty();
        assertThat(read.getUrgency()).isNull();
    }

    @Test
    void readsAV2RecordWithTheV3FieldsAtTheirDefaults() throws IOException {
        Schema v2 = SchemaHistory.versions("RawArticle").get(1);
        assertThat(v2.getField("subjects")).as("v2 predates subjects").isNull();
        GenericRecord old = new GenericRecordBuilder(v2)
                .set("id", "v2-1").set("version", 3L)
                .set("pubStatus", new GenericData.EnumSymbol(v2.getField("pubStatus").schema(), "USABLE"))
                .set("provider", "Agency").set("format", "ninjs").set("origin", "drop/v2.json")
                .set("receivedAt", RECEIVED.toEpochMilli()).set("headline", "A v2 headline")
                .set("body", List.of("Body.")).set("contentHash", "h2").set("urgency", 2)
                .build();
        ByteBuffer encoded = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v2).encode(old);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);

        RawArticle read = AvroSerde.of(RawArticle.class).decode(bytes);

        assertThat(read.getUrgency()).isEqualTo(2);
        assertThat(read.getSubjects()).isEmpty();
        assertThat(read.getPlaces()).isEmpty();
        assertThat(read.getBylines()).isEmpty();
        assertThat(read.getSignals()).isEmpty();
        assertThat(read.getAssociations()).isEmpty();
        assertThat(read.getPriority()).isNull();
        assertThat(read.getCopyrightHolder()).isNull();
        assertThat(read.getRawId()).isNull();
    }

    @Test
    void roundTripsTheV3StructuredFields() {
        RawArticle article = RawArticle.newBuilder(article())
                .setSubjects(List.of(Subject.newBuilder().setScheme("medtop").setCode("20000106").setName("sport").build()))
                .setPlaces(List.of(Place.newBuilder().setName("Oslo").setScheme("iso3166-1a2").setCode("NO").setRole("located").build()))
                .setBylines(List.of(Byline.newBuilder().setName("Kari Nordmann").setTitle("Staff Writer").build()))
                .setSignals(List.of("correction"))
                .setAssociations(List.of(Association.newBuilder().setId("pic-1").setType("picture").setCaption("A harbour")
                        .setRenditions(List.of(Rendition.newBuilder().setHref("https://example.org/p.jpg")
                                .setMimeType("image/jpeg").setSizeInBytes(1234L).build()))
                        .build()))
                .setPriority(4).setCopyrightHolder("Example Agency").setUsageTerms("No archive").setRawId("raw-1")
                .build();
        AvroSerde<RawArticle> serde = AvroSerde.of(RawArticle.class);

        assertThat(serde.decode(serde.encode(article))).isEqualTo(article);
    }

    @Test
    void rejectsBytesThatAreNotSingleObjectEncodedWithAClearError() {
        AvroSerde<RawArticle> serde = AvroSerde.of(RawArticle.class);
        assertThatThrownBy(() -> serde.decode("not avro at all".getBytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("cannot decode RawArticle");
    }

    @Test
    void rejectsARecordOfAnotherType() {
        byte[] deadLetterBytes = AvroSerde.of(DeadLetter.class).encode(DeadLetter.newBuilder()
                .setStage("ingest").setOrigin("x").setErrorClass("E").setErrorMessage("m")
                .setFailedAt(RECEIVED).build());
        assertThatThrownBy(() -> AvroSerde.of(RawArticle.class).decode(deadLetterBytes))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void keepsTombstonesNull() {
        AvroSerde<RawArticle> serde = AvroSerde.of(RawArticle.class);
        assertThat(serde.encode(null)).isNull();
        assertThat(serde.decode(null)).isNull();
    }
}
