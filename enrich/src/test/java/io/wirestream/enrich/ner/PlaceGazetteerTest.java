package io.wirestream.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceGazetteerTest {

    private final Tokenizer tokenizer = new Tokenizer();
    private final PlaceGazetteer small = PlaceGazetteer.of(Map.of(
            "Trinidad", PlaceKind.ADMIN, "Trinidad and Tobago", PlaceKind.COUNTRY, "Bergen", PlaceKind.CITY));

    @Test
    void matchesTheLongestNameFirst() {
        List<Token> tokens = tokenizer.tokenize("navies of Trinidad and Tobago asked");

        assertThat(small.longestMatch(tokens, 2, tokens.size(), false))
                .contains(new PlaceGazetteer.Match(2, 5, PlaceKind.COUNTRY));
        assertThat(small.longestMatch(tokens, 2, 4, false))
                .contains(new PlaceGazetteer.Match(2, 3, PlaceKind.ADMIN));
    }

    @Test
    void requiresTheCapitalisationOfTheEntryUnlessToldToIgnoreIt() {
        List<Token> lower = tokenizer.tokenize("bergen");
        List<Token> wrongConnector = tokenizer.tokenize("Trinidad And Tobago");

        assertThat(small.longestMatch(lower, 0, 1, false)).isEmpty();
        assertThat(small.longestMatch(lower, 0, 1, true)).isPresent();
        assertThat(small.exactMatch(wrongConnector, 0, 3, false)).isEmpty();
        assertThat(small.exactMatch(tokenizer.tokenize("BERGEN"), 0, 1, false)).contains(PlaceKind.CITY);
    }

    @Test
    void readsTheTsvFormatAndNamesABadLine() throws IOException {
        PlaceGazetteer read = PlaceGazetteer.read(new StringReader("# comment\nOslo\tcapital\tNO\n\nNorwegian\tdemonym\tNO\n"));

        assertThat(read.kindOf("oslo")).contains(PlaceKind.CAPITAL);
        assertThat(read.kindOf("Norwegian")).contains(PlaceKind.DEMONYM);
        assertThatThrownBy(() -> PlaceGazetteer.read(new StringReader("Oslo\tcapital\nBergen\ttown\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("line 2");
    }

    @Test
    void bundledGazetteerHasCountriesCapitalsAndDemonyms() {
        PlaceGazetteer bundled = PlaceGazetteer.bundled();

        assertThat(bundled.size()).isGreaterThan(5_000);
        assertThat(bundled.kindOf("Trinidad and Tobago")).contains(PlaceKind.COUNTRY);
        assertThat(bundled.kindOf("Valletta")).contains(PlaceKind.CAPITAL);
        assertThat(bundled.kindOf("Maltese")).contains(PlaceKind.DEMONYM);
        assertThat(bundled.kindOf("UK")).contains(PlaceKind.COUNTRY);
        assertThat(bundled.kindOf("IT")).isEmpty(); // bare ISO codes are left out
    }
}
