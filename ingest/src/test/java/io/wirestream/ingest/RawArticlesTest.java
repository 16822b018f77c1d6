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
    void mapsTheStructuredV3Fields() {
        ParsedArticle article = ParsedArticle.builder("story-2", "Headline")
                .subject(new ParsedArticle.Subject("medtop", "20000106", "sport"))
                .place(new ParsedArticle.Place("Oslo", "iso3166-1a2", "NO", "located"))
                .person(new ParsedArticle.Person("Kari Nordmann", "author", "Staff Writer"))
                .signal("Correction").signal("correction")
                .association(new ParsedArticle.Association("pic-1", "urn:pic:1", "picture", "A harbour",
                        List.of(new ParsedArticle.Rendition("https://example.org/p.jpg", "image/jpeg", 1234L, 800, 600))))
                .priority(4).copyrightHolder("Liburna").copyrightNotice("(c) Liburna").usageTerms("No archive")
                .rawId("raw-2")
                .build();

        RawArticle raw = RawArticles.toRawArticle(article, Origin.of("in/s.xml", RECEIVED), "nitf");

        assertThat(raw.getSubjects()).singleElement().satisfies(s -> {
            assertThat(s.getScheme()).isEqualTo("medtop");
            assertThat(s.getCode()).isEqualTo("20000106");
            assertThat(s.getName()).isEqualTo("sport");
        });
        assertThat(raw.getPlaces()).singleElement().satisfies(p -> {
            assertThat(p.getName()).isEqualTo("Oslo");
            assertThat(p.getCode()).isEqualTo("NO");
            assertThat(p.getRole()).isEqualTo("located");
        });
        assertThat(raw.getBylines()).singleElement().satisfies(b -> {
            assertThat(b.getName()).isEqualTo("Kari Nordmann");
            assertThat(b.getTitle()).isEqualTo("Staff Writer");
        });
        assertThat(raw.getSignals()).containsExactly("correction");
        assertThat(raw.getAssociations()).singleElement().satisfies(a -> {
            assertThat(a.getType()).isEqualTo("picture");
            assertThat(a.getCaption()).isEqualTo("A harbour");
            assertThat(a.getRenditions()).singleElement().satisfies(r -> {
                assertThat(r.getHref()).isEqualTo("https://example.org/p.jpg");
                assertThat(r.getSizeInBytes()).isEqualTo(1234L);
                assertThat(r.getWidth()).isEqualTo(800);
            });
        });
        assertThat(raw.getPriority()).isEqualTo(4);
        assertThat(raw.getCopyrightHolder()).isEqualTo("Liburna");
        assertThat(raw.getCopyrightNotice()).isEqualTo("(c) Liburna");
        assertThat(raw.getUsageTerms()).isEqualTo("No archive");
        assertThat(raw.getRawId()).isEqualTo("raw-2");
        assertThat(AvroSerde.of(RawArticle.class).decode(AvroSerde.of(RawArticle.class).encode(raw))).isEqualTo(raw);
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
