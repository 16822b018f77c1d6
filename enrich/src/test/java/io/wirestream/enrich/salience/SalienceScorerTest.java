package io.wirestream.enrich.salience;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrich.ner.EntityMention;
import io.wirestream.enrich.ner.EntityType;
import io.wirestream.enrich.ner.TaggedEntity;
import java.util.List;
import org.junit.jupiter.api.Test;

class SalienceScorerTest {

    @Test
    void headlineLeadAndRepeatedEntitiesScoreHigherThanAPassingMention() {
        String body = "The Coastal Shipping Authority (CSA) closed the port.\n\nLater the CSA said Bergen was calm. "
                + "CSA staff stayed.";
        TaggedEntity csa = new TaggedEntity(EntityType.ORGANIZATION, "CSA", List.of(
                new EntityMention(EntityType.ORGANIZATION, 4, 30, "Coastal Shipping Authority"),
                new EntityMention(EntityType.ORGANIZATION, 32, 35, "CSA"),
                new EntityMention(EntityType.ORGANIZATION, 65, 68, "CSA"),
                new EntityMention(EntityType.ORGANIZATION, 88, 91, "CSA")));
        TaggedEntity bergen = new TaggedEntity(EntityType.LOCATION, "Bergen", List.of(
                new EntityMention(EntityType.LOCATION, 74, 80, "Bergen")));

        double[] s = new SalienceScorer().score(List.of(csa, bergen), "CSA shuts port", body, body.indexOf("\n\n"));

        assertThat(s[0]).isEqualTo(1.0);
        assertThat(s[1]).isGreaterThan(0.0).isLessThan(0.5);
        assertThat(SalienceScorer.canonicalName(csa)).isEqualTo("Coastal Shipping Authority");
    }
}
