package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.ParsedArticle;
import io.wirestream.schemas.AvroSerde;
import io.wirestream.schemas.PubStatus;
import io.wirestream.schemas.RawArticle;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawArticlesTest {

    private static final Instant RECEIVED = Instant.parse("2025-03-11T12:00:00.987654321Z");

    private static ParsedArticle full() {
        return ParsedArticle.builder("story-1", "Headline")
                .version(4)
                .pubStatus(PubStatus.WITHHELD)
                .provider("Liburna")
                .subheadline("Sub")
                .byline("By A. Writer")
                .dateline("CALMARA")
                .section("NEWS")
                .language("en")
                .body(List.of("One.", "Two."))
                .firstCreated(Instant.parse("2025-03-10T00:00:00.000999Z"))
                .versionCreated(Instant.parse("2025-03-11T00:00:00Z"))
                .embargoedUntil(Instant.parse("2025-03-12T06:00:00Z"))
                .metadata("slugline", "HARBOUR")
                .keywords(List.of("port"))
                .urgency(3)
                .build();
    }

    @Test
    void mapsEveryFieldAndAddsOriginFormatAndHash() {
        RawArticle raw = RawArticles.toRawArticle(full(), Origin.of("in/story.json", RECEIVED), "ninjs");

        assertThat(raw.getId()).isEqualTo("story-1");
        assertThat(raw.getVersion()).isEqualTo(4);
        assertThat(raw.getPubStatus()).isEqualTo(PubStatus.WITHHELD);
        assertThat(raw.getProvider()).isEqualTo("Liburna");
        assertThat(raw.getFormat()).isEqualTo("ninjs");
        assertThat(raw.getOrigin()).isEqualTo("in/story.json");
        assertThat(raw.getReceivedAt()).isEqualTo(Instant.parse("2025-03-11T12:00:00.987Z"));
        assertThat(raw.getSubheadline()).isEqualTo("Sub");
        assertThat(raw.getByline()).isEqualTo("By A. Writer");
        assertThat(raw.getDateline()).isEqualTo("CALMARA");
        assertThat(raw.getSection()).isEqualTo("NEWS");
        assertThat(raw.getLanguage()).isEqualTo("en");
        assertThat(raw.getBody()).containsExactly("One.", "Two.");
        assertThat(raw.getFirstCreated()).isEqualTo(Instant.parse("2025-03-10T00:00:00Z"));
        assertThat(raw.getEmbargoedUntil()).isEqualTo(Instant.parse("2025-03-12T06:00:00Z"));
        assertThat(raw.getMetadata()).containsExactly(java.util.Map.entry("slugline", "HARBOUR"));
        assertThat(raw.getKeywords()).containsExactly("port");
        assertThat(raw.getUrgency()).isEqualTo(3);
        assertThat(raw.getContentHash()).isEqualTo(RawArticles.contentHash("Headline", List.of("One.", "Two.")));
    }

    @Test
    void survivesAnAvroRoundTripUnchanged() {
        RawArticle raw = RawArticles.toRawArticle(full(), Origin.of("in/story.json", RECEIVED), "ninjs");
        AvroSerde<RawArticle> serde = AvroSerde.of(RawArticle.class);

        assertThat(serde.decode(serde.encode(raw))).isEqualTo(raw);
    }

    @Test
    void hashIsSha256OfHeadlineAndParagraphsJoinedByBlankLines() {
        // echo -n $'Headline\n\nOne.\n\nTwo.' | sha256sum
        assertThat(RawArticles.contentHash("Headline", List.of("One.", "Two.")))
                .isEqualTo("771277eceb4dc6a7b489227f667788e14f8166440864f02992252824813f2283");
    }

    @Test
    void hashIgnoresLineEndingsAndAccentComposition() {
        String composed = RawArticles.contentHash("Café", List.of("Line one\nline two"));

        assertThat(RawArticles.contentHash("Cafe\u0301", List.of("Line one\r\nline two"))).isEqualTo(composed);
        assertThat(RawArticles.contentHash("Café", List.of("Line one\rline two"))).isEqualTo(composed);
    }

    @Test
    void hashChangesWithTheCopy() {
        assertThat(RawArticles.contentHash("Headline", List.of("One.")))
                .isNotEqualTo(RawArticles.contentHash("Headline", List.of("One!")))
                .isNotEqualTo(RawArticles.contentHash("Headline.", List.of("One.")));
    }
}
