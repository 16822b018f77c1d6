package io.wirestream.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wirestream.enrich.Fixtures;
import io.wirestream.enrich.SharedFiles;
import io.wirestream.enrich.clean.BoilerplateCleaner;
import io.wirestream.enrich.clean.CleanedText;
import io.wirestream.enrich.ner.perceptron.PerceptronTagger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance check on the real seed article in the workspace's {@code shared/samples} (not in the repository);
 * skipped when the file is absent. The tagger is the standard one, the trained {@link PerceptronTagger} (the model
 * never saw this story: it was trained on 1996-97 Reuters copy).
 */
class KosovaPressSampleTest {

    private static Path sample;
    private static EntityTagger tagger;

    @BeforeAll
    static void locate() {
        sample = SharedFiles.find("samples/kosovapress-nato-kfor.txt").orElse(null);
        tagger = new PerceptronTagger();
    }

    private static CleanedText cleaned() throws IOException {
        assumeTrue(sample != null, "shared/samples/kosovapress-nato-kfor.txt not present");
        String story = Files.readString(sample, StandardCharsets.UTF_8);
        return new BoilerplateCleaner().clean(Fixtures.bodyParagraphs(story));
    }

    @Test
    void cleanerRemovesTheLegalFooter() throws IOException {
        CleanedText cleaned = cleaned();

        assertThat(cleaned.body()).doesNotContain("All rights reserved", "maintained and managed by",
                "sole responsibility");
        assertThat(cleaned.removed()).extracting(b -> b.getKind()).containsExactly("copyright", "credits",
                "copyright");
        assertThat(cleaned.body()).endsWith("since 2004.");
    }

    @Test
    void tagsTheRequiredEntitiesWithTheirTypesAndLaterSurnames() throws IOException {
        String body = cleaned().body();

        List<EntityMention> mentions = tagger.tag(body);
        List<TaggedEntity> entities = new EntityAggregator().aggregate(mentions);

        assertThat(mentions).isNotEmpty().allSatisfy(m ->
                assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text()));
        for (String org : List.of("NATO", "KFOR", "EUFOR")) {
            assertThat(entityWithMention(entities, org)).as(org).get()
                    .extracting(TaggedEntity::type).isEqualTo(EntityType.ORGANIZATION);
        }
        for (String place : List.of("Kosovo", "Pristina", "Serbia", "Bosnia and Herzegovina")) {
            assertThat(entityWithMention(entities, place)).as(place).get()
                    .extracting(TaggedEntity::type).isEqualTo(EntityType.LOCATION);
        }
        TaggedEntity rutte = entityWithMention(entities, "Mark Rutte").orElseThrow();
        assertThat(rutte.type()).isEqualTo(EntityType.PERSON);
        assertThat(rutte.mentions()).extracting(EntityMention::text).contains("Rutte");
        TaggedEntity vejvoda = entityWithMention(entities, "Ivan Vejvoda").orElseThrow();
        assertThat(vejvoda.type()).isEqualTo(EntityType.PERSON);
        assertThat(vejvoda.mentions()).extracting(EntityMention::text).contains("Vejvoda");
        // The entities are named as editors know them: acronyms for organisations, full names for people.
        assertThat(entities).extracting(TaggedEntity::name).contains("NATO", "KFOR", "EUFOR", "Mark Rutte",
                "Ivan Vejvoda", "Kosovo", "Pristina", "Serbia", "Bosnia and Herzegovina");
        // Every "Rutte" in the text (including "Rutte's") is a mention of the same entity.
        assertThat(rutte.mentions()).hasSize(countOccurrences(body, "Rutte"));
    }

    @Test
    void keepsFalsePositivesOut() throws IOException {
        String body = cleaned().body();

        List<EntityMention> mentions = tagger.tag(body);

        assertThat(mentions).extracting(EntityMention::text).doesNotContainAnyElementsOf(List.of(
                "The", "Even", "On", "On March", "March", "He", "We", "I", "This", "Add"));
        // Demonyms and laws are MISC for a four-type tagger (as in CoNLL-2003), never a person, organisation or place.
        assertThat(mentions).filteredOn(m -> m.type() != EntityType.MISC).extracting(EntityMention::text)
                .doesNotContainAnyElementsOf(List.of("American", "Americans", "Europeans", "Article 5", "Article"));
        assertThat(mentions).extracting(EntityMention::type, EntityMention::text).contains(
                org.assertj.core.api.Assertions.tuple(EntityType.ORGANIZATION, "Radio Free Europe"),
                org.assertj.core.api.Assertions.tuple(EntityType.PERSON, "Donald Trump"),
                org.assertj.core.api.Assertions.tuple(EntityType.PERSON, "Pete Hegseth"),
                org.assertj.core.api.Assertions.tuple(EntityType.LOCATION, "Ukraine"),
                org.assertj.core.api.Assertions.tuple(EntityType.LOCATION, "Russia"));
    }

    /**
     * The extractions of issue 14 through the whole {@link io.wirestream.enrich.Enricher}. The sample itself carries
     * only a relative date line ("1 months ago"), so the story's publication time is given as the agency's feed
     * would: the morning of 10 March 2025, before the visit it announces for March 11.
     */
    @Test
    void enricherResolvesDatesQuantitiesAndTheRutteQuote() throws IOException {
        assumeTrue(sample != null, "shared/samples/kosovapress-nato-kfor.txt not present");
        String story = Files.readString(sample, StandardCharsets.UTF_8);
        io.wirestream.schemas.RawArticle raw = io.wirestream.schemas.RawArticle.newBuilder()
                .setId("kp-1").setVersion(1).setPubStatus(io.wirestream.schemas.PubStatus.USABLE).setProvider("KosovaPress").setFormat("agency-text").setOrigin("sample")
                .setReceivedAt(java.time.Instant.parse("2025-03-10T09:30:00Z"))
                .setFirstCreated(java.time.Instant.parse("2025-03-10T09:00:00Z"))
                .setHeadline(story.lines().findFirst().orElseThrow())
                .setBody(Fixtures.bodyParagraphs(story)).setContentHash("h").build();

        io.wirestream.schemas.EnrichedArticle e = io.wirestream.enrich.Enricher.standard(java.time.Clock.systemUTC())
                .enrich(raw, io.wirestream.schemas.ChangeKind.NEW, java.time.Instant.parse("2025-03-10T10:00:00Z"));

        String body = e.getBody();
        assertThat(e.getDates()).allSatisfy(d -> assertThat(body.substring(d.getStart(), d.getEnd())).isEqualTo(d.getText()));
        assertThat(e.getDates()).extracting(d -> d.getText(), d -> d.getValue()).contains(
                org.assertj.core.api.Assertions.tuple("March 11", "2025-03-11"),
                org.assertj.core.api.Assertions.tuple("March 10", "2025-03-10"),
                org.assertj.core.api.Assertions.tuple("March 7", "2025-03-07"),
                org.assertj.core.api.Assertions.tuple("1995", "1995"),
                org.assertj.core.api.Assertions.tuple("2004", "2004"));
        assertThat(e.getDates()).filteredOn(d -> d.getText().endsWith("days ago"))
                .isNotEmpty().allSatisfy(d -> {
                    assertThat(d.getKind()).isEqualTo("relative");
                    assertThat(java.time.LocalDate.parse(d.getValue())).isBefore(java.time.LocalDate.of(2025, 3, 10))
                            .isAfter(java.time.LocalDate.of(2025, 3, 1));
                });
        assertThat(e.getDates()).extracting(d -> d.getValue()).contains("P6M");

        assertThat(e.getQuantities()).allSatisfy(q -> assertThat(body.substring(q.getStart(), q.getEnd())).isEqualTo(q.getText()));
        assertThat(e.getQuantities()).extracting(q -> q.getValue(), q -> q.getUnit()).contains(
                org.assertj.core.api.Assertions.tuple(100000.0, "troops"),
                org.assertj.core.api.Assertions.tuple(600.0, "troops"),
                org.assertj.core.api.Assertions.tuple(4600.0, "members"),
                org.assertj.core.api.Assertions.tuple(1000.0, "members"));

        io.wirestream.schemas.Quote quote = e.getQuotes().stream()
                .filter(q -> q.getText().startsWith("We are not in 1992")).findFirst().orElseThrow();
        assertThat(quote.getSpeaker()).isEqualTo("Mark Rutte");
        assertThat(quote.getKind()).isEqualTo("direct");
        assertThat(e.getEntities().get(quote.getSpeakerEntity()).getName()).isEqualTo("Mark Rutte");
        assertThat(body.substring(quote.getStart(), quote.getEnd())).isEqualTo(quote.getText());

        io.wirestream.schemas.Entity nato = e.getEntities().stream().filter(x -> x.getName().equals("NATO")).findFirst().orElseThrow();
        assertThat(nato.getCanonicalName()).isEqualTo("North Atlantic Treaty Organization");
        assertThat(nato.getSalience()).isGreaterThan(0.8);
        assertThat(e.getEntities()).allSatisfy(x -> assertThat(x.getSalience()).isBetween(0.0, 1.0));
        assertThat(e.getDateReference()).isEqualTo(java.time.Instant.parse("2025-03-10T09:00:00Z"));
    }

    private static Optional<TaggedEntity> entityWithMention(List<TaggedEntity> entities, String text) {
        return entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(text))).findFirst();
    }

    private static int countOccurrences(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }
}
