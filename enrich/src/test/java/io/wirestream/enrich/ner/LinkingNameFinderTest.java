package io.wirestream.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkingNameFinderTest {

    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final PlaceGazetteer PLACES = PlaceGazetteer.of(Map.of("US", PlaceKind.COUNTRY,
            "Tallinn", PlaceKind.CITY, "Saint Kitts and Nevis", PlaceKind.COUNTRY));

    /** A finder that returns fixed spans, as a model might. */
    private static List<List<TokenSpan>> link(List<String> sentences, List<List<TokenSpan>> modelSpans) {
        List<List<Token>> tokens = sentences.stream().map(TOKENIZER::tokenize).toList();
        return new LinkingNameFinder(s -> modelSpans, PLACES).find(tokens);
    }

    @Test
    void joinsAnAcronymWithItsBracketedExpansionAndCutsWhatSticksOut() {
        // CMA [ Coastal Monitoring Agency ] is ready .
        List<List<TokenSpan>> out = link(List.of("CMA [Coastal Monitoring Agency] is ready."),
                List.of(List.of(new TokenSpan(EntityType.MISC, 0, 1), new TokenSpan(EntityType.ORGANIZATION, 2, 7))));

        assertThat(out.get(0)).containsExactly(new TokenSpan(EntityType.ORGANIZATION, 0, 1),
                new TokenSpan(EntityType.ORGANIZATION, 2, 5));
    }

    @Test
    void takesTheShortestExpansionBeforeABracketedAcronym() {
        // The Director General of the Baltic Fishing Rights Commission ( BFRC ) spoke .
        List<List<TokenSpan>> out = link(List.of("The Director General of the Baltic Fishing Rights Commission (BFRC) spoke."),
                List.of(List.of(new TokenSpan(EntityType.ORGANIZATION, 2, 9))));

        assertThat(out.get(0)).containsExactly(new TokenSpan(EntityType.ORGANIZATION, 5, 9),
                new TokenSpan(EntityType.ORGANIZATION, 10, 11));
    }

    @Test
    void linksALaterSurnameToTheFullNameAndMakesSpellingsConsistent() {
        List<List<TokenSpan>> out = link(List.of("Marta Kvist met NORFISH staff.", "Kvist said NORFISH and NORFISH agreed."),
                List.of(List.of(new TokenSpan(EntityType.PERSON, 0, 2), new TokenSpan(EntityType.ORGANIZATION, 3, 4)),
                        List.of(new TokenSpan(EntityType.LOCATION, 0, 1), new TokenSpan(EntityType.LOCATION, 2, 3),
                                new TokenSpan(EntityType.ORGANIZATION, 4, 5))));

        assertThat(out.get(1)).containsExactly(new TokenSpan(EntityType.PERSON, 0, 1),
                new TokenSpan(EntityType.ORGANIZATION, 2, 3), new TokenSpan(EntityType.ORGANIZATION, 4, 5));
    }

    @Test
    void splitsANameThatRunsOverATitleAndJoinsALawWithItsNumber() {
        // US Secretary of Agriculture Dana Holm cited Article 12 .
        List<List<TokenSpan>> out = link(List.of("US Secretary of Agriculture Dana Holm cited Article 12."),
                List.of(List.of(new TokenSpan(EntityType.ORGANIZATION, 0, 6), new TokenSpan(EntityType.ORGANIZATION, 7, 8))));

        assertThat(out.get(0)).containsExactly(new TokenSpan(EntityType.LOCATION, 0, 1),
                new TokenSpan(EntityType.PERSON, 4, 6), new TokenSpan(EntityType.MISC, 7, 9));
    }

    @Test
    void splitsAKnownPlaceOffTheEndOfAnOrganisationAfterIn() {
        // a fellow at the Centre for Maritime Studies in Tallinn and the Society in Harbourton .
        List<List<TokenSpan>> out = link(List.of("a fellow at the Centre for Maritime Studies in Tallinn and the Society in Harbourton."),
                List.of(List.of(new TokenSpan(EntityType.ORGANIZATION, 4, 10), new TokenSpan(EntityType.ORGANIZATION, 12, 15))));

        // Tallinn is a known place: split off; Harbourton is not: the name is left whole.
        assertThat(out.get(0)).containsExactly(new TokenSpan(EntityType.ORGANIZATION, 4, 8),
                new TokenSpan(EntityType.LOCATION, 9, 10), new TokenSpan(EntityType.ORGANIZATION, 12, 15));
    }

    @Test
    void dropsACourtesyTitleFromTheNameItPrecedesWhateverTheModelTaggedIt() {
        // Mr Varga and Dr. Lena McAdam met Mrs Ek .
        List<List<TokenSpan>> out = link(List.of("Mr Varga and Dr. Lena McAdam met Mrs Ek."),
                List.of(List.of(new TokenSpan(EntityType.ORGANIZATION, 0, 2), new TokenSpan(EntityType.PERSON, 3, 6),
                        new TokenSpan(EntityType.MISC, 7, 9))));

        assertThat(out.get(0)).containsExactly(new TokenSpan(EntityType.PERSON, 1, 2),
                new TokenSpan(EntityType.PERSON, 4, 6), new TokenSpan(EntityType.PERSON, 8, 9));
    }

    @Test
    void anAllCapsNameWhoseSurnameIsAPersonElsewhereIsAPerson() {
        // RAPPER DEX MORROW arrested . Morrow was held by NORTHPORT POLICE .
        List<List<TokenSpan>> out = link(List.of("RAPPER DEX MORROW arrested.", "Lena Morrow met NORTHPORT POLICE."),
                List.of(List.of(new TokenSpan(EntityType.ORGANIZATION, 0, 3)),
                        List.of(new TokenSpan(EntityType.PERSON, 0, 2), new TokenSpan(EntityType.ORGANIZATION, 3, 5))));

        assertThat(out.get(0)).containsExactly(new TokenSpan(EntityType.PERSON, 0, 3));
        assertThat(out.get(1)).contains(new TokenSpan(EntityType.ORGANIZATION, 3, 5));
    }

    @Test
    void joinsAPlaceNameThatTheModelCutAtItsAnd() {
        // Saint Kitts and Nevis voted , then Saint Kitts and Nevis agreed , and Tallinn and Riga waited .
        List<List<TokenSpan>> out = link(List.of("Saint Kitts and Nevis voted, then Saint Kitts and Nevis agreed, "
                        + "and Tallinn and Riga waited."),
                List.of(List.of(new TokenSpan(EntityType.LOCATION, 0, 2), new TokenSpan(EntityType.LOCATION, 3, 4),
                        new TokenSpan(EntityType.LOCATION, 7, 9), new TokenSpan(EntityType.LOCATION, 14, 15),
                        new TokenSpan(EntityType.LOCATION, 16, 17))));

        // Both cuts join (the second had "Nevis" untagged); "Tallinn and Riga" is two places, as listed.
        assertThat(out.get(0)).containsExactly(new TokenSpan(EntityType.LOCATION, 0, 4),
                new TokenSpan(EntityType.LOCATION, 7, 11), new TokenSpan(EntityType.LOCATION, 14, 15),
                new TokenSpan(EntityType.LOCATION, 16, 17));
    }
}
