package io.wirestream.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.wirestream.enrich.Fixtures;
import io.wirestream.enrich.clean.BoilerplateCleaner;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RuleBasedTaggerTest {

    private static RuleBasedTagger tagger;
    private static String body;
    private static List<EntityMention> mentions;

    @BeforeAll
    static void tagFixture() {
        tagger = new RuleBasedTagger();
        body = new BoilerplateCleaner().clean(Fixtures.bodyParagraphs(Fixtures.read("wire/maritime-patrol.txt"))).body();
        mentions = tagger.tag(body);
    }

    /** The mention starting at the first occurrence of {@code prefix} in the body. */
    private static Optional<EntityMention> mentionAt(String prefix) {
        int start = body.indexOf(prefix);
        assertThat(start).as("fixture contains %s", prefix).isNotNegative();
        return mentions.stream().filter(m -> m.start() == start).findFirst();
    }

    private static void assertMention(String prefix, EntityType type, String text) {
        int start = body.indexOf(prefix);
        assertThat(mentionAt(prefix)).as("mention at %s", prefix)
                .contains(new EntityMention(type, start, start + text.length(), text));
    }

    @Test
    void everyMentionOffsetPointsAtItsText() {
        assertThat(mentions).isNotEmpty().allSatisfy(m ->
                assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text()));
    }

    @Test
    void findsOrganisationsByCueWordAcronymAndBracketedExpansion() {
        assertMention("International Maritime Organization", EntityType.ORGANIZATION,
                "International Maritime Organization");
        assertMention("IMO)", EntityType.ORGANIZATION, "IMO");
        assertMention("Centre for Coastal Studies", EntityType.ORGANIZATION, "Centre for Coastal Studies");
        assertMention("Coastline Radio", EntityType.ORGANIZATION, "Coastline Radio");
        assertMention("MEDCOM", EntityType.ORGANIZATION, "MEDCOM");
        assertMention("Mediterranean Command", EntityType.ORGANIZATION, "Mediterranean Command");
        assertMention("SEAPAT", EntityType.ORGANIZATION, "SEAPAT");
    }

    @Test
    void findsPeopleByShapeTitleAndContext() {
        assertMention("Helena Marsh", EntityType.PERSON, "Helena Marsh");
        assertMention("Tomas Lindqvist", EntityType.PERSON, "Tomas Lindqvist");
        assertMention("Daniel Okafor", EntityType.PERSON, "Daniel Okafor");
        assertMention("Paola Ferri", EntityType.PERSON, "Paola Ferri");
        assertThat(mentions).extracting(EntityMention::text).noneMatch(t -> t.contains("Minister") || t.contains("Judge")
                || t.contains("Secretary"));
    }

    @Test
    void findsPlacesIncludingMultiWordNamesLongestFirst() {
        assertMention("Valletta", EntityType.LOCATION, "Valletta");
        assertMention("Bergen", EntityType.LOCATION, "Bergen");
        assertMention("Trinidad and Tobago", EntityType.LOCATION, "Trinidad and Tobago");
        assertMention("Nigeria", EntityType.LOCATION, "Nigeria");
        assertMention("Tunisia", EntityType.LOCATION, "Tunisia");
        assertMention("Rome", EntityType.LOCATION, "Rome");
    }

    @Test
    void linksLaterSurnamesToTheFullNameWithoutThePossessive() {
        assertMention("Marsh's trip", EntityType.PERSON, "Marsh");
        assertMention("Lindqvist told", EntityType.PERSON, "Lindqvist");
        assertMention("Okafor said", EntityType.PERSON, "Okafor");

        List<TaggedEntity> entities = new EntityAggregator().aggregate(mentions);

        assertThat(entities).filteredOn(e -> e.name().equals("Helena Marsh")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(EntityMention::text)
                        .containsExactly("Helena Marsh", "Marsh", "Marsh"));
        assertThat(entities).filteredOn(e -> e.name().equals("MEDCOM")).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(EntityMention::text)
                        .containsExactly("MEDCOM", "Mediterranean Command"));
    }

    @Test
    void tagsNoFunctionWordsMonthsOrDemonyms() {
        assertThat(mentions).extracting(EntityMention::text).doesNotContainAnyElementsOf(List.of(
                "The", "That", "Even", "On", "A", "We", "April", "May", "June", "Maltese", "Mediterranean",
                "Prime Minister", "Deputy Secretary General"));
        int april = body.indexOf("April 14");
        assertThat(mentions).noneMatch(m -> m.start() < april + 8 && m.end() > april);
    }

    @Test
    void readsSentenceInitialWordsAsNamesOnlyWhenKnownOrFollowedByAName() {
        String text = "Fishermen in Bergen protested. Kvist said nothing. Ahead of talks, Marta Kvist "
                + "met NORFISH. Norway backed her. Later, Kvist left.";

        assertThat(tagger.tag(text)).extracting(EntityMention::type, EntityMention::text).containsExactly(
                tuple(EntityType.LOCATION, "Bergen"),
                tuple(EntityType.PERSON, "Kvist"),
                tuple(EntityType.PERSON, "Marta Kvist"),
                tuple(EntityType.ORGANIZATION, "NORFISH"),
                tuple(EntityType.LOCATION, "Norway"),
                tuple(EntityType.PERSON, "Kvist"));
    }

    @Test
    void splitsPlacesJoinedByAndUnlessTheGazetteerKnowsTheWholeName() {
        assertThat(tagger.tag("Talks between Norway and Canada resumed in Trinidad and Tobago."))
                .extracting(EntityMention::text).containsExactly("Norway", "Canada", "Trinidad and Tobago");
    }

    @Test
    void leavesAllCapsHeadlinesToTheGazetteer() {
        assertThat(tagger.tag("FERRY STRIKE ENDS IN NORWAY AFTER TALKS")).extracting(EntityMention::type,
                EntityMention::text).containsExactly(tuple(EntityType.LOCATION, "NORWAY"));
    }
}
