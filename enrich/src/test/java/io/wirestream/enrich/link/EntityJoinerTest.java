package io.wirestream.enrich.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.wirestream.enrich.ner.EntityAggregator;
import io.wirestream.enrich.ner.EntityMention;
import io.wirestream.enrich.ner.EntityType;
import io.wirestream.enrich.ner.TaggedEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityJoinerTest {

    /** Our own story in the shape of a wire report; mentions are located by text, as a tagger would find them. */
    private static final String STORY = "PRIZREN, May 4 - Mark Rutte met officers of the Kosovo Force in Prizren. "
            + "The North Atlantic Treaty Organization keeps troops here, Rutte said. KFOR patrols the border, "
            + "NATO says, and EUFOR [European Union Force] works with it. The U.S. and the United States Army sent "
            + "observers; the Organization for Security and Co-operation in Europe watched. The OSCE said the "
            + "Prizren Guild of Silversmiths was not consulted.";

    private static EntityJoiner joiner;
    private final List<EntityMention> mentions = new ArrayList<>();

    @BeforeAll
    static void load() {
        joiner = new EntityJoiner(EntityLinker.standard());
    }

    private void tag(EntityType type, String text, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = STORY.indexOf(text, at + 1);
        }
        if (at < 0) {
            throw new AssertionError("not in story: " + text);
        }
        mentions.add(new EntityMention(type, at, at + text.length(), text));
    }

    private List<LinkedEntity> join() {
        List<TaggedEntity> entities = new EntityAggregator().aggregate(mentions);
        LinkContext context = EntityLinker.standard().contextFor("PRIZREN", List.of("Prizren"));
        return joiner.join(entities, context);
    }

    private static LinkedEntity named(List<LinkedEntity> all, String name) {
        return all.stream().filter(e -> e.entity().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + all));
    }

    @Test
    void aggregatorJoinsSurnamesAndAcronymsAndTheLinkerIdentifiesThem() {
        tag(EntityType.LOCATION, "PRIZREN", 0);
        tag(EntityType.PERSON, "Mark Rutte", 0);
        tag(EntityType.ORGANIZATION, "Kosovo Force", 0);
        tag(EntityType.LOCATION, "Prizren", 0);
        tag(EntityType.ORGANIZATION, "North Atlantic Treaty Organization", 0);
        tag(EntityType.PERSON, "Rutte", 1);
        tag(EntityType.ORGANIZATION, "KFOR", 0);
        tag(EntityType.ORGANIZATION, "NATO", 0);
        tag(EntityType.ORGANIZATION, "EUFOR [European Union Force]", 0);

        List<LinkedEntity> all = join();

        assertThat(named(all, "Mark Rutte").entity().mentions()).extracting(EntityMention::text)
                .containsExactly("Mark Rutte", "Rutte");
        assertThat(named(all, "Mark Rutte").link()).get().extracting(Link::wikidataId).isEqualTo("Q57792");
        assertThat(named(all, "NATO").entity().mentions()).hasSize(2);
        assertThat(named(all, "NATO").link()).get().extracting(Link::wikidataId).isEqualTo("Q7184");
        assertThat(named(all, "KFOR").entity().mentions()).hasSize(2);
        assertThat(named(all, "EUFOR [European Union Force]").link()).get().extracting(Link::label).isEqualTo("EUFOR");
        // "PRIZREN" (the dateline) and "Prizren" are one place, in Kosovo.
        LinkedEntity prizren = all.get(0);
        assertThat(prizren.entity().mentions()).hasSize(2);
        assertThat(prizren.link()).get().extracting(Link::countryCode).isEqualTo("XK");
    }

    @Test
    void entitiesWithOneIdMergeEvenWhenTheTaggerTypedThemApart() {
        tag(EntityType.LOCATION, "U.S.", 0);
        tag(EntityType.LOCATION, "United States", 0);
        tag(EntityType.LOCATION, "Organization for Security and Co-operation in Europe", 0);
        tag(EntityType.ORGANIZATION, "OSCE", 0);
        tag(EntityType.ORGANIZATION, "Prizren Guild of Silversmiths", 0);

        List<LinkedEntity> all = join();

        assertThat(all).extracting(e -> e.entity().type(), e -> e.entity().mentions().size(),
                        e -> e.link().flatMap(l -> Optional.ofNullable(l.wikidataId() != null ? l.wikidataId()
                                : String.valueOf(l.geonamesId()))).orElse("-"))
                .containsExactly(
                        tuple(EntityType.LOCATION, 2, "6252001"),
                        tuple(EntityType.LOCATION, 2, "Q81299"),
                        tuple(EntityType.ORGANIZATION, 1, "-"));
        // Merged mentions carry the merged entity's type.
        assertThat(all.get(1).entity().mentions()).extracting(EntityMention::type).containsOnly(EntityType.LOCATION);
    }

    @Test
    void aPlaceWrittenWithItsContainerTakesTheReadingsThatContainEachOther() {
        String story = "The mayor of Atlanta, Georgia, wrote to Valencia, Spain, and to London (Ontario).";
        List<EntityMention> found = new ArrayList<>();
        for (String place : List.of("Atlanta", "Georgia", "Valencia", "Spain", "London", "Ontario")) {
            int at = story.indexOf(place);
            found.add(new EntityMention(EntityType.LOCATION, at, at + place.length(), place));
        }
        List<LinkedEntity> linked = joiner.join(new EntityAggregator().aggregate(found), LinkContext.none());

        // Alone, Georgia is the country, Valencia the Venezuelan city and London the British capital.
        assertThat(named(linked, "Georgia").link().orElseThrow().countryCode()).isEqualTo("US");
        assertThat(named(linked, "Georgia").link().orElseThrow().featureCode()).isEqualTo("ADM1");
        assertThat(named(linked, "Atlanta").link().orElseThrow().countryCode()).isEqualTo("US");
        assertThat(named(linked, "Valencia").link().orElseThrow().countryCode()).isEqualTo("ES");
        assertThat(named(linked, "London").link().orElseThrow().countryCode()).isEqualTo("CA");
        assertThat(named(linked, "Ontario").link().orElseThrow().countryCode()).isEqualTo("CA");
        EntityLinker alone = EntityLinker.standard();
        assertThat(alone.place("Georgia", LinkContext.none()).orElseThrow().countryCode()).isEqualTo("GE");
        assertThat(alone.place("London", LinkContext.none()).orElseThrow().countryCode()).isEqualTo("GB");
    }
}
