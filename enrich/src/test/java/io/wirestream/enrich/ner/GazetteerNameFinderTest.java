package io.wirestream.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GazetteerNameFinderTest {

    @Test
    void tagsOnlyListedCapitalisedPlacesAndNoInitialsOrDemonyms() {
        PlaceGazetteer places = PlaceGazetteer.of(Map.of("Stockholm", PlaceKind.CAPITAL, "TT", PlaceKind.COUNTRY,
                "Svensk", PlaceKind.DEMONYM, "Nya Zeeland", PlaceKind.COUNTRY));
        List<Token> tokens = new Tokenizer().tokenize("Stockholm (TT) Svensk export till Nya Zeeland och stockholm.");

        List<List<TokenSpan>> out = new GazetteerNameFinder(places).find(List.of(tokens));

        assertThat(out.get(0)).containsExactly(new TokenSpan(EntityType.LOCATION, 0, 1),
                new TokenSpan(EntityType.LOCATION, 7, 9));
    }
}
