package io.wirestream.enrich.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrich.ner.EntityAggregator;
import io.wirestream.enrich.ner.EntityType;
import io.wirestream.enrich.ner.TaggedEntity;
import io.wirestream.enrich.ner.perceptron.PerceptronTagger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The linker behind the shipped tagger, on a story of our own in the shape of an agency report from Kosovo: what
 * the lead gets when wiring {@link EntityJoiner} after {@link EntityAggregator} in the enricher.
 */
class TaggedStoryLinkingTest {

    private static final String STORY = "PRISTINA, April 14 (Wirestream) - NATO Secretary General Mark Rutte said on "
            + "Monday that the alliance would keep its peacekeepers in Kosovo as long as needed.\n\n"
            + "Speaking in Pristina after talks with commanders of the NATO-led Kosovo Force (KFOR), Rutte said the "
            + "North Atlantic Treaty Organization was also working closely with EUFOR [European Union Force] in "
            + "neighbouring Bosnia.\n\n"
            + "The OSCE, which has its headquarters in Vienna, said observers would visit Prizren next week. "
            + "A spokesman for the Kosovo Association of Beekeepers declined to comment.";

    private static List<LinkedEntity> linked;

    @BeforeAll
    static void tagAndLink() {
        EntityLinker linker = EntityLinker.standard();
        List<TaggedEntity> entities = new EntityAggregator().aggregate(new PerceptronTagger().tag(STORY));
        List<String> places = entities.stream().filter(e -> e.type() == EntityType.LOCATION)
                .map(TaggedEntity::name).toList();
        LinkContext context = linker.contextFor(STORY.substring(0, STORY.indexOf(',')), places);
        linked = new EntityJoiner(linker).join(entities, context);
    }

    private static Optional<Link> linkOf(String name) {
        return linked.stream()
                .filter(e -> e.entity().name().equals(name)
                        || e.entity().mentions().stream().anyMatch(m -> m.text().equals(name)))
                .findFirst().orElseThrow(() -> new AssertionError("not tagged: " + name + " in " + linked))
                .link();
    }

    @Test
    void placesGetGeoNamesIdsCoordinatesAndCountries() {
        for (String name : List.of("Pristina", "Kosovo", "Vienna", "Prizren")) {
            Link link = linkOf(name).orElseThrow(() -> new AssertionError("unlinked: " + name));
            assertThat(link.geonames()).as(name).isPresent();
            assertThat(link.hasCoordinates()).as(name).isTrue();
        }
        assertThat(linkOf("Pristina").orElseThrow().countryCode()).isEqualTo("XK");
        assertThat(linkOf("Vienna").orElseThrow().countryCode()).isEqualTo("AT");
    }

    @Test
    void allianceAndLeaderGetWikidataIdsAndMissionsTheirSeedEntry() {
        assertThat(linkOf("NATO").orElseThrow().wikidataId()).isEqualTo("Q7184");
        assertThat(linkOf("Mark Rutte").orElseThrow().wikidataId()).isEqualTo("Q57792");
        assertThat(linkOf("OSCE").orElseThrow().wikidataId()).isEqualTo("Q81299");
        assertThat(linkOf("KFOR").orElseThrow().label()).isEqualTo("KFOR");
        assertThat(linkOf("EUFOR").orElseThrow().label()).isEqualTo("EUFOR");
    }

    @Test
    void oneEntityPerRealWorldThing() {
        long natoEntities = linked.stream()
                .filter(e -> e.link().map(l -> "Q7184".equals(l.wikidataId())).orElse(false)).count();
        assertThat(natoEntities).isEqualTo(1);
        long rutte = linked.stream()
                .filter(e -> e.link().map(l -> "Q57792".equals(l.wikidataId())).orElse(false)).count();
        assertThat(rutte).isEqualTo(1);
    }

    @Test
    void anOrganisationNotInTheListsKeepsNoId() {
        assertThat(linked).filteredOn(e -> e.entity().name().contains("Beekeepers")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.link().flatMap(Link::wikidata)).isEmpty());
    }
}
