package io.wirestream.enrich.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineExtractorTest {

    private final DatelineExtractor extractor = new DatelineExtractor();

    @Test
    void readsCapitalPlaceDateAndAgencyFromTheFirstLine() {
        String body = "PRIZREN, April 2 (Wire Agency) - The court heard the case on Wednesday.";

        FoundDateline d = extractor.extract(null, body).orElseThrow();

        assertThat(d.place()).isEqualTo("PRIZREN");
        assertThat(d.date()).isEqualTo("April 2");
        assertThat(d.agency()).isEqualTo("Wire Agency");
        assertThat(d.fromBody()).isTrue();
        assertThat(body.substring(d.start(), d.end())).isEqualTo("PRIZREN, April 2 (Wire Agency) -");
        assertThat(body.substring(d.dateStart(), d.dateStart() + 7)).isEqualTo("April 2");
    }

    @Test
    void readsTitleCasePlacesWithSlashedAgenciesAndNoDate() {
        assertThat(extractor.extract(null, "Novi Sad, 2 April /Wire/ - Students marched.").orElseThrow())
                .extracting(FoundDateline::place, FoundDateline::date, FoundDateline::agency)
                .containsExactly("Novi Sad", "2 April", "Wire");
        assertThat(extractor.extract(null, "GENEVA (Wire) — Talks resumed.").orElseThrow().place()).isEqualTo("GENEVA");
    }

    @Test
    void prefersTheFormatsDatelineField() {
        FoundDateline d = extractor.extract("Skopje, 3 May", "SOFIA, May 3 (Wire) - Text.").orElseThrow();

        assertThat(d.place()).isEqualTo("Skopje");
        assertThat(d.date()).isEqualTo("3 May");
        assertThat(d.fromBody()).isFalse();
    }

    @Test
    void takesAStateAfterTheCommaForNoDateAndTheAgencyAndDashOffTheFormatsField() {
        FoundDateline state = extractor.extract("ORVALE, Md.", "Text.").orElseThrow();
        assertThat(state.place()).isEqualTo("ORVALE");
        assertThat(state.date()).isNull();

        FoundDateline framed = extractor.extract("OSLO, Mar 4, 2026 (Wire) -", "Text.").orElseThrow();
        assertThat(framed.place()).isEqualTo("OSLO");
        assertThat(framed.date()).isEqualTo("Mar 4, 2026");
        assertThat(framed.agency()).isEqualTo("Wire");
    }

    @Test
    void findsNoDatelineInAnOrdinaryFirstSentence() {
        assertThat(extractor.extract(null, "The minister - who arrived late - spoke first.")).isEmpty();
        assertThat(extractor.extract(null, "Prices rose 2 percent - the most in years.")).isEmpty();
    }
}
