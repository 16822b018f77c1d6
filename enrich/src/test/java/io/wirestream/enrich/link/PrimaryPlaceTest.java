package io.wirestream.enrich.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.Entity;
import io.wirestream.schemas.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrimaryPlaceTest {

    private static Entity entity(String type, String name, double salience, Long geonamesId) {
        return Entity.newBuilder().setType(type).setName(name).setCanonicalName(name)
                .setMentions(List.of(new Mention(0, name.length(), name))).setSalience(salience)
                .setGeonamesId(geonamesId).build();
    }

    private static final List<Entity> STORY = List.of(
            entity("PERSON", "Kari Nordmann", 1.0, null),
            entity("LOCATION", "Norway", 0.9, 3144096L),
            entity("LOCATION", "Bergen", 0.4, 3161732L),
            entity("LOCATION", "Fjordvik", 0.95, null));

    @Test
    void theDatelinePlaceWinsWhenTheStoryTagsItWhateverItsCase() {
        assertThat(PrimaryPlace.of(STORY, "BERGEN")).isEqualTo(2);
    }

    @Test
    void elseTheMostSalientLinkedPlaceNotAnUnlinkedOneNorAPerson() {
        assertThat(PrimaryPlace.of(STORY, null)).isEqualTo(1);
        assertThat(PrimaryPlace.of(STORY, "Stavanger")).isEqualTo(1);
    }

    @Test
    void noneWithoutALinkedPlace() {
        assertThat(PrimaryPlace.of(List.of(STORY.get(0), STORY.get(3)), null)).isEqualTo(-1);
    }
}
