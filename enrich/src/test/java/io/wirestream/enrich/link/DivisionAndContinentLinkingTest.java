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
 * First-level divisions and continents get GeoNames ids (and, but for Antarctica, a computed point), and an
 * all-caps dateline links like the same name in running text. Stories of our own, through the shipped tagger as in
 * the enricher (no eng.testa).
 */
class DivisionAndContinentLinkingTest {

    private static final String FARM_STORY = "NEW YORK, June 9 (Wirestream) - Almond growers in California said on "
            + "Tuesday that a third dry winter had cut their harvest by a fifth, while hop farmers in Bavaria expected "
            + "a record crop.\n\n"
            + "Traders in New York said buyers in Europe were paying more for both. Shipments to Asia were steady, "
            + "according to a grain exporters' group based in Missouri.";

    private static final String POLITICS_STORY = "WASHINGTON, Jan. 20 (Wirestream) - Senators returned to Washington "
            + "on Monday to debate a farm bill that growers in Iowa and Kansas have waited two years for. The House "
            + "passed its version in the autumn, and the White House has said it would sign a compromise.";

    private static EntityLinker linker;
    private static List<LinkedEntity> farm;
    private static List<LinkedEntity> politics;

    @BeforeAll
    static void tagAndLink() {
        linker = EntityLinker.standard();
        PerceptronTagger tagger = new PerceptronTagger();
        farm = tagAndLink(tagger, FARM_STORY);
        politics = tagAndLink(tagger, POLITICS_STORY);
    }

    private static List<LinkedEntity> tagAndLink(PerceptronTagger tagger, String story) {
        List<TaggedEntity> entities = new EntityAggregator().aggregate(tagger.tag(story));
        List<String> places = entities.stream().filter(e -> e.type() == EntityType.LOCATION)
                .map(TaggedEntity::name).toList();
        LinkContext context = linker.contextFor(story.substring(0, story.indexOf(',')), places);
        return new EntityJoiner(linker).join(entities, context);
    }

    private static Link linkOf(List<LinkedEntity> linked, String name) {
        Optional<Link> link = linked.stream()
                .filter(e -> e.entity().name().equals(name)
                        || e.entity().mentions().stream().anyMatch(m -> m.text().equals(name)))
                .findFirst().orElseThrow(() -> new AssertionError("not tagged: " + name + " in " + linked))
                .link();
        return link.orElseThrow(() -> new AssertionError("unlinked: " + name));
    }

    private static Link place(String name, LinkContext context) {
        return linker.link(EntityType.LOCATION, name, List.of(name), context)
                .orElseThrow(() -> new AssertionError("no place " + name));
    }

    @Test
    void californiaIsTheStateWithItsGeoNamesIdAndAPointInsideIt() {
        Link california = linkOf(farm, "California");
        assertThat(california.geonamesId()).isEqualTo(5332921L);
        assertThat(california.featureCode()).isEqualTo("ADM1");
        assertThat(california.featureClass()).isEqualTo("A");
        assertThat(california.countryCode()).isEqualTo("US");
        assertThat(california.hasCoordinates()).isTrue();
        // The population-weighted centroid of its towns: somewhere in the state, not on a border or at sea.
        assertThat(california.latitude()).isBetween(33.0, 39.0);
        assertThat(california.longitude()).isBetween(-122.5, -116.0);
    }

    @Test
    void bavariaAndMissouriGetTheirIdsCountriesAndPoints() {
        Link bavaria = linkOf(farm, "Bavaria");
        assertThat(bavaria.geonamesId()).isEqualTo(2951839L);
        assertThat(bavaria.countryCode()).isEqualTo("DE");
        assertThat(bavaria.latitude()).isBetween(47.3, 50.5);
        assertThat(bavaria.longitude()).isBetween(9.0, 13.8);

        Link missouri = linkOf(farm, "Missouri");
        assertThat(missouri.geonamesId()).isEqualTo(4398678L);
        assertThat(missouri.countryCode()).isEqualTo("US");
        assertThat(missouri.latitude()).isBetween(36.0, 40.6);
        assertThat(missouri.longitude()).isBetween(-95.8, -89.1);
    }

    @Test
    void continentsAreGeoNamesAreasWithoutACountry() {
        Link europe = linkOf(farm, "Europe");
        assertThat(europe.geonamesId()).isEqualTo(6255148L);
        assertThat(europe.featureCode()).isEqualTo("CONT");
        assertThat(europe.featureClass()).isEqualTo("L");
        assertThat(europe.countryCode()).isNull();
        assertThat(europe.latitude()).isBetween(45.0, 56.0);
        assertThat(europe.longitude()).isBetween(5.0, 30.0);
        assertThat(linkOf(farm, "Asia").geonamesId()).isEqualTo(6255147L);

        Link antarctica = place("Antarctica", LinkContext.none());
        assertThat(antarctica.geonamesId()).isEqualTo(6255152L);
        assertThat(antarctica.hasCoordinates()).as("no representative town").isFalse();
        assertThat(place("South America", LinkContext.none()).geonamesId()).isEqualTo(6255150L);
    }

    @Test
    void aContinentAddsNoCountryToTheStoryContext() {
        LinkContext context = linker.contextFor(null, List.of("Europe", "Africa"));
        assertThat(context.storyCountries()).isEmpty();
        assertThat(linker.contextFor("Europe", List.of()).datelineCountry()).isNull();
    }

    @Test
    void anAllCapsDatelineLinksLikeTheNameInRunningText() {
        Link dateline = linkOf(farm, "NEW YORK");
        Link inText = linkOf(farm, "New York");
        assertThat(dateline).isEqualTo(inText);
        assertThat(dateline.geonamesId()).as("New York City, not the state").isEqualTo(5128581L);
        assertThat(dateline.featureClass()).isEqualTo("P");

        LinkContext kosovo = linker.contextFor("PRISTINA", List.of("Prizren"));
        assertThat(place("PRISTINA", kosovo)).isEqualTo(place("Pristina", kosovo));
        assertThat(place("PRISTINA", kosovo).geonamesId()).isEqualTo(786714L);
    }

    @Test
    void aDivisionNamedOnlyByGenericWordsNeedsItsCountryInTheStory() {
        LinkContext newYork = linker.contextFor("NEW YORK", List.of("New York"));
        assertThat(linker.link(EntityType.LOCATION, "Northeast", List.of("Northeast"), newYork))
                .as("the US Northeast is not Iceland's region").isEmpty();
        assertThat(place("Northeast", LinkContext.dateline("IS")).geonamesId()).isEqualTo(3337404L);
        assertThat(linker.link(EntityType.LOCATION, "Central Region", List.of("Central Region"), LinkContext.none()))
                .isEmpty();
        // A name with a proper word is no generic name: it links without context.
        assertThat(place("North Holland", LinkContext.none()).countryCode()).isEqualTo("NL");
    }

    @Test
    void aCityBeatsTheStateOfItsNameButTheStateStillLinksByItsOwnName() {
        // "Washington" in a story about Congress is the capital, not the state nor a small town of that name.
        Link washington = linkOf(politics, "Washington");
        assertThat(washington.geonamesId()).isEqualTo(4140963L);
        assertThat(washington.featureCode()).isEqualTo("PPLC");
        assertThat(linkOf(politics, "WASHINGTON")).isEqualTo(washington);
        assertThat(linkOf(politics, "Iowa").geonamesId()).isEqualTo(4862182L);
        // Without an alias of a city, a division keeps its name: Texas is the state.
        assertThat(place("Texas", LinkContext.none()).geonamesId()).isEqualTo(4736286L);
    }
}
