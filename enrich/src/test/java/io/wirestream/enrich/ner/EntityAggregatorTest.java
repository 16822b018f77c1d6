package io.wirestream.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityAggregatorTest {

    private final EntityAggregator aggregator = new EntityAggregator();

    private static EntityMention m(EntityType type, int start, String text) {
        return new EntityMention(type, start, start + text.length(), text);
    }

    @Test
    void groupsSurnamesAcronymsAndRepeatsNamingOrganisationsByAcronym() {
        List<EntityMention> mentions = List.of(
                m(EntityType.ORGANIZATION, 0, "NSFC"),
                m(EntityType.ORGANIZATION, 10, "North Sea Fisheries Council"),
                m(EntityType.PERSON, 50, "Ana Novak"),
                m(EntityType.PERSON, 80, "Novak"),
                m(EntityType.LOCATION, 90, "Bergen"),
                m(EntityType.LOCATION, 120, "Bergen"));

        assertThat(aggregator.aggregate(mentions))
                .extracting(TaggedEntity::type, TaggedEntity::name, e -> e.mentions().size())
                .containsExactly(
                        tuple(EntityType.ORGANIZATION, "NSFC", 2),
                        tuple(EntityType.PERSON, "Ana Novak", 2),
                        tuple(EntityType.LOCATION, "Bergen", 2));
    }

    @Test
    void attachesASurnameToTheNearestEarlierPersonWithThatSurname() {
        List<EntityMention> mentions = List.of(
                m(EntityType.PERSON, 0, "Ana Novak"),
                m(EntityType.PERSON, 20, "Novak"),
                m(EntityType.PERSON, 40, "Petar Novak"),
                m(EntityType.PERSON, 60, "Novak"));

        List<TaggedEntity> entities = aggregator.aggregate(mentions);

        assertThat(entities).extracting(TaggedEntity::name).containsExactly("Ana Novak", "Petar Novak");
        assertThat(entities.get(0).mentions()).extracting(EntityMention::start).containsExactly(0, 20);
        assertThat(entities.get(1).mentions()).extracting(EntityMention::start).containsExactly(40, 60);
    }

    @Test
    void keepsTypesApart() {
        List<EntityMention> mentions = List.of(
                m(EntityType.LOCATION, 0, "Jordan"),
                m(EntityType.PERSON, 10, "Jordan"));

        assertThat(aggregator.aggregate(mentions)).hasSize(2);
    }
}
