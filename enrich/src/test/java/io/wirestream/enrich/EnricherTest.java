package io.wirestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrich.meta.TextStatistics;
import io.wirestream.schemas.Boilerplate;
import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.Entity;
import io.wirestream.schemas.Mention;
import io.wirestream.schemas.PubStatus;
import io.wirestream.schemas.RawArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EnricherTest {

    private static final Instant NOW = Instant.parse("2025-03-12T08:30:00Z");
    private static Enricher enricher;

    @BeforeAll
    static void buildOnce() {
        enricher = Enricher.standard(Clock.fixed(NOW, ZoneOffset.UTC), "wirestream-enrich/test");
    }

    private static RawArticle article(List<String> body, PubStatus status) {
        return RawArticle.newBuilder()
                .setId("urn:test:maritime-patrol")
                .setVersion(2)
                .setPubStatus(status)
                .setProvider("Harbour Wire Service")
                .setFormat("agency-text")
                .setOrigin("fixtures/wire/maritime-patrol.txt")
                .setReceivedAt(Instant.parse("2025-03-12T08:00:00Z"))
                .setHeadline("Envoy's trip to Valletta signals steady naval role in the Mediterranean")
                .setBody(body)
                .setContentHash("0".repeat(64))
                .build();
    }

    @Test
    void enrichesAStoryWithCleanBodyMetadataAndEntityOffsetsIntoTheBody() {
        RawArticle raw = article(Fixtures.bodyParagraphs(Fixtures.read("wire/maritime-patrol.txt")), PubStatus.USABLE);

        EnrichedArticle out = enricher.enrich(raw, ChangeKind.UPDATE);

        assertThat(out.getArticle()).isEqualTo(raw).isNotSameAs(raw);
        assertThat(out.getChange()).isEqualTo(ChangeKind.UPDATE);
        assertThat(out.getBody()).startsWith("The Deputy Secretary General").doesNotContain("All rights reserved");
        assertThat(out.getBoilerplate()).extracting(Boilerplate::getKind)
                .containsExactly("copyright", "credits", "copyright", "share-widget");
        assertThat(out.getLanguage()).isEqualTo("en");
        assertThat(out.getLanguageConfidence()).isGreaterThan(0.9);
        var stats = new TextStatistics().compute(out.getBody());
        assertThat(out.getWordCount()).isEqualTo(stats.words()).isGreaterThan(150);
        assertThat(out.getSentenceCount()).isEqualTo(stats.sentences()).isEqualTo(9);
        assertThat(out.getParagraphCount()).isEqualTo(7);
        assertThat(out.getReadingTimeMinutes()).isEqualTo(1);
        assertThat(out.getEnrichedAt()).isEqualTo(NOW);
        assertThat(out.getEnricher()).isEqualTo("wirestream-enrich/test");

        assertThat(out.getEntities()).extracting(Entity::getType, Entity::getName).contains(
                org.assertj.core.api.Assertions.tuple("PERSON", "Helena Marsh"),
                org.assertj.core.api.Assertions.tuple("ORGANIZATION", "IMO"),
                org.assertj.core.api.Assertions.tuple("LOCATION", "Trinidad and Tobago"));
        for (Entity e : out.getEntities()) {
            for (Mention m : e.getMentions()) {
                assertThat(out.getBody().substring(m.getStart(), m.getEnd())).isEqualTo(m.getText());
            }
        }
    }

    @Test
    void killWithEmptyBodyStillProducesARecord() {
        RawArticle kill = article(List.of(), PubStatus.CANCELED);

        EnrichedArticle out = enricher.enrich(kill, ChangeKind.KILL);

        assertThat(out.getChange()).isEqualTo(ChangeKind.KILL);
        assertThat(out.getBody()).isEmpty();
        assertThat(out.getEntities()).isEmpty();
        assertThat(out.getBoilerplate()).isEmpty();
        assertThat(out.getWordCount()).isZero();
        assertThat(out.getSentenceCount()).isZero();
        assertThat(out.getParagraphCount()).isZero();
        assertThat(out.getReadingTimeMinutes()).isZero();
        assertThat(out.getLanguage()).isEqualTo("en"); // from the headline, as the body is empty
        assertThat(out.getEnrichedAt()).isEqualTo(NOW);
    }

    @Test
    void undecidedLanguageIsNullWithZeroConfidence() {
        RawArticle shortStory = RawArticle.newBuilder(article(List.of("Ferry resumes."), PubStatus.USABLE))
                .setHeadline("Ferry").build();

        EnrichedArticle out = enricher.enrich(shortStory, ChangeKind.NEW);

        assertThat(out.getLanguage()).isNull();
        assertThat(out.getLanguageConfidence()).isZero();
        assertThat(out.getWordCount()).isEqualTo(2);
    }

    @Test
    void tagsOnlyGazetteerPlacesInTextThatIsNotEnglishAndSaysSo() {
        // Invented Swedish copy: "TT" (the agency) and the people must not come from the English model.
        RawArticle swedish = RawArticle.newBuilder(article(List.of(
                "Stockholm (TT) Regeringen meddelade på måndagen att färjetrafiken mellan Sverige och Finland "
                        + "ska byggas ut under nästa år, enligt infrastrukturminister Karin Ålund.",
                "Beskedet välkomnas av rederierna i Göteborg, som länge har krävt fler avgångar och lägre "
                        + "hamnavgifter för godstrafiken över Östersjön."), PubStatus.USABLE))
                .setHeadline("Fler färjor till Finland").build();

        EnrichedArticle out = enricher.enrich(swedish, ChangeKind.NEW);

        assertThat(out.getLanguage()).isEqualTo("sv");
        assertThat(out.getEnricher()).isEqualTo("wirestream-enrich/test [entities: places only, language sv]");
        assertThat(out.getEntities()).extracting(Entity::getType).containsOnly("LOCATION");
        assertThat(out.getEntities()).extracting(Entity::getName).contains("Stockholm", "Finland", "Göteborg")
                .doesNotContain("TT", "Karin Ålund");
    }

    @Test
    void givesEqualRecordsWhenCalledFromManyThreadsAtOnce() throws Exception {
        RawArticle raw = article(Fixtures.bodyParagraphs(Fixtures.read("wire/maritime-patrol.txt")), PubStatus.USABLE);
        EnrichedArticle expected = enricher.enrich(raw, ChangeKind.NEW);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<EnrichedArticle>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> enricher.enrich(raw, ChangeKind.NEW)));
            }
            for (Future<EnrichedArticle> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
