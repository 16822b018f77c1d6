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
