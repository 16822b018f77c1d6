package io.wirestream.enrich.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.wirestream.enrich.ner.EntityType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {

    private static EntityLinker linker;

    @BeforeAll
    static void load() {
        linker = EntityLinker.standard();
    }

    private static Optional<Link> place(String name, LinkContext context) {
        return linker.link(EntityType.LOCATION, name, List.of(name), context);
    }

    private static Optional<Link> org(String name) {
        return linker.link(EntityType.ORGANIZATION, name, List.of(name), LinkContext.none());
    }

    @Test
    void parisWithoutContextIsTheFrenchCapitalByPopulation() {
        Link paris = place("Paris", LinkContext.none()).orElseThrow();
        assertThat(paris.countryCode()).isEqualTo("FR");
        assertThat(paris.geonamesId()).isEqualTo(2988507L);
        assertThat(paris.featureCode()).isEqualTo("PPLC");
    }

    @Test
    void parisInAStoryDatelinedTexasIsParisTexas() {
        LinkContext texas = linker.contextFor("Texas", List.of("Paris", "Dallas"));
        assertThat(texas.datelineCountry()).isEqualTo("US");
        assertThat(texas.datelineAdmin1()).isEqualTo("TX");
        Link paris = place("Paris", texas).orElseThrow();
        assertThat(paris.countryCode()).isEqualTo("US");
        assertThat(paris.latitude()).isCloseTo(33.66, within(0.05));
    }

    @Test
    void parisInAStoryDatelinedElsewhereInTheUsIsStillTheFrenchCapital() {
        LinkContext newYork = linker.contextFor("New York", List.of("Paris", "California", "US"));
        assertThat(newYork.datelineCountry()).isEqualTo("US");
        assertThat(place("Paris", newYork).orElseThrow().countryCode()).isEqualTo("FR");
    }

    @Test
    void parisInAStoryDatelinedLyonStaysInFrance() {
        LinkContext lyon = linker.contextFor("Lyon", List.of("Paris"));
        assertThat(lyon.datelineCountry()).isEqualTo("FR");
        assertThat(place("Paris", lyon).orElseThrow().countryCode()).isEqualTo("FR");
    }

    @Test
    void storyCountriesTipAHomonymWithoutADateline() {
        // Cordoba, Argentina (1.4 million) wins alone; Cordoba, Spain (330,000) in a story about Spain.
        assertThat(place("Cordoba", LinkContext.none()).orElseThrow().countryCode()).isEqualTo("AR");
        LinkContext spain = new LinkContext(null, null, Set.of("ES"));
        assertThat(place("Córdoba", spain).orElseThrow().countryCode()).isEqualTo("ES");
    }

    @Test
    void theDatelineOutweighsAFarLargerHomonym() {
        assertThat(place("London", LinkContext.none()).orElseThrow().countryCode()).isEqualTo("GB");
        LinkContext toronto = linker.contextFor("Toronto", List.of("London", "Ottawa"));
        assertThat(toronto.datelineCountry()).isEqualTo("CA");
        assertThat(place("London", toronto).orElseThrow().countryCode()).isEqualTo("CA");
    }

    @Test
    void kosovoPlacesResolveInKosovoWithIdsAndCoordinates() {
        LinkContext context = linker.contextFor("PRISTINA", List.of("Prizren", "Kosovo", "Vienna"));
        assertThat(context.datelineCountry()).isEqualTo("XK");
        for (String name : List.of("Pristina", "Prizren")) {
            Link link = place(name, context).orElseThrow();
            assertThat(link.countryCode()).as(name).isEqualTo("XK");
            assertThat(link.featureClass()).as(name).isEqualTo("P");
            assertThat(link.geonames()).as(name).isPresent();
            assertThat(link.hasCoordinates()).as(name).isTrue();
        }
        Link kosovo = place("Kosovo", context).orElseThrow();
        assertThat(kosovo.geonamesId()).isEqualTo(831053L);
        assertThat(kosovo.countryCode()).isEqualTo("XK");
        Link vienna = place("Vienna", context).orElseThrow();
        assertThat(vienna.countryCode()).isEqualTo("AT");
        assertThat(vienna.geonamesId()).isEqualTo(2761369L);
    }

    @Test
    void countriesGetIsoCodesByAnyOfTheirNames() {
        assertThat(place("Germany", LinkContext.none()).orElseThrow().countryCode()).isEqualTo("DE");
        assertThat(place("U.S.", LinkContext.none()).orElseThrow().countryCode()).isEqualTo("US");
        assertThat(place("United Kingdom of Great Britain and Northern Ireland", LinkContext.none()).orElseThrow()
                .countryCode()).isEqualTo("GB");
        Link serbia = place("Serbia", LinkContext.none()).orElseThrow();
        assertThat(serbia.featureCode()).isEqualTo("PCLI");
        assertThat(serbia.geonamesId()).isEqualTo(6290252L);
    }

    @Test
    void allianceAndItsAcronymAndSpellingsShareOneWikidataId() {
        for (String name : List.of("NATO", "Nato", "North Atlantic Treaty Organization", "the North Atlantic Treaty Organisation")) {
            assertThat(org(name)).as(name).get().extracting(Link::wikidataId).isEqualTo("Q7184");
        }
        assertThat(org("OSCE")).get().extracting(Link::wikidataId).isEqualTo("Q81299");
        assertThat(org("Organization for Security and Co-operation in Europe")).get()
                .extracting(Link::wikidataId).isEqualTo("Q81299");
    }

    @Test
    void missionsAreKnownByEitherFormButCarryNoUncheckedId() {
        Link kfor = org("KFOR").orElseThrow();
        assertThat(kfor.label()).isEqualTo("KFOR");
        assertThat(kfor.wikidata()).isEmpty();
        assertThat(org("Kosovo Force")).contains(kfor);
        Link eufor = org("EUFOR [European Union Force]").orElseThrow();
        assertThat(eufor.label()).isEqualTo("EUFOR");
        assertThat(org("European Union Force (EUFOR)")).contains(eufor);
    }

    @Test
    void unknownOrganisationsAndPeopleGetNoLink() {
        assertThat(org("Pristina Guild of Clockmakers")).isEmpty();
        assertThat(linker.link(EntityType.PERSON, "Ilir Berisha", List.of("Ilir Berisha", "Berisha"),
                LinkContext.none())).isEmpty();
        // A surname alone is ambiguous; only the full name of a listed person links.
        assertThat(linker.link(EntityType.PERSON, "Rutte", List.of("Rutte"), LinkContext.none())).isEmpty();
        assertThat(linker.link(EntityType.MISC, "NATO", List.of("NATO"), LinkContext.none())).isEmpty();
        assertThat(place("Qwertyville", LinkContext.none())).isEmpty();
    }

    @Test
    void peopleLinkByFullNameWhicheverMentionCarriesIt() {
        assertThat(linker.link(EntityType.PERSON, "Mark Rutte", List.of("Mark Rutte", "Rutte"), LinkContext.none()))
                .get().extracting(Link::wikidataId).isEqualTo("Q57792");
        assertThat(linker.link(EntityType.PERSON, "Zelensky", List.of("Zelensky", "Volodymyr Zelensky"),
                LinkContext.none())).get().extracting(Link::label).isEqualTo("Volodymyr Zelenskyy");
    }

    @Test
    void organisationTaggedAsLocationStillLinks() {
        assertThat(place("European Union", LinkContext.none())).get()
                .extracting(Link::wikidataId).isEqualTo("Q458");
    }
}
