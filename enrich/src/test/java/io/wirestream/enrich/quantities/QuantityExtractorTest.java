package io.wirestream.enrich.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.wirestream.enrich.text.Words;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityExtractorTest {

    private static List<QuantityMention> quantities(String text, String language) {
        List<QuantityMention> found = new QuantityExtractor().extract(Words.scan(text), language, List.of());
        assertThat(found).allSatisfy(q -> assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text()));
        return found;
    }

    @Test
    void readsADotBeforeThreeDigitsAsThousandsWhenItCountsSomething() {
        String text = "The mission has 3.200 soldiers, of which 450 are engineers, and some 2.000 vehicles.";

        assertThat(quantities(text, "en")).extracting(QuantityMention::value, QuantityMention::unit,
                QuantityMention::approximate).containsExactly(tuple(3200.0, "soldiers", false),
                tuple(450.0, "soldiers", false), tuple(2000.0, "vehicles", true));
    }

    @Test
    void keepsEnglishDecimalsAndCommaGrouping() {
        String text = "Inflation rose 2.5 percent to 3.125%, while 12,500 workers joined.";

        assertThat(quantities(text, "en")).extracting(QuantityMention::value, QuantityMention::kind, QuantityMention::unit)
                .containsExactly(tuple(2.5, QuantityKind.PERCENT, "percent"), tuple(3.125, QuantityKind.PERCENT, "percent"),
                        tuple(12500.0, QuantityKind.COUNT, "workers"));
    }

    @Test
    void readsGermanStyleDigitsInAGermanText() {
        assertThat(quantities("Die Quote stieg um 2,5 Prozent auf 1.250 Euro.", "de"))
                .extracting(QuantityMention::value, QuantityMention::currency)
                .containsExactly(tuple(2.5, null), tuple(1250.0, "EUR"));
    }

    @Test
    void readsMoneyWithSymbolsSuffixesAndMultipliers() {
        String text = "The fund pledged €3 million, a loan of $1.2bn and 40 million euros.";

        assertThat(quantities(text, "en")).extracting(QuantityMention::text, QuantityMention::value,
                QuantityMention::currency).containsExactly(tuple("€3 million", 3e6, "EUR"), tuple("$1.2bn", 1.2e9, "USD"),
                tuple("40 million euros", 4e7, "EUR"));
    }

    @Test
    void skipsNumberedNamesTimesOrdinalsAndExcludedSpans() {
        String text = "Under Article 7 the vote at 10:30 on the 3rd ended in 2019 with 12 abstentions.";
        List<QuantityMention> found = new QuantityExtractor().extract(Words.scan(text), "en",
                List.of(new int[] {text.indexOf("2019"), text.indexOf("2019") + 4}));

        assertThat(found).extracting(QuantityMention::text).containsExactly("12 abstentions");
    }

    @Test
    void takesAYearBeforeANounItQualifiesForADateNotACount() {
        String text = "Output is 8 percent below 2005 levels after the 2024 election, and 2000 troops stay.";

        assertThat(quantities(text, "en")).extracting(QuantityMention::value, QuantityMention::unit)
                .containsExactly(tuple(8.0, "percent"), tuple(2000.0, "troops"));
    }

    @Test
    void joinsSpaceGroupedThousandsButNotAYearBeforeANumber() {
        assertThat(quantities("Omkring 48 000 besökare kom, och 7\u00A0250 biljetter såldes.", "sv"))
                .extracting(QuantityMention::value, QuantityMention::unit, QuantityMention::approximate)
                .containsExactly(tuple(48000.0, "besökare", true), tuple(7250.0, "biljetter", false));
        assertThat(quantities("La marche a réuni 1\u202F312 500 manifestants.", "fr"))
                .extracting(QuantityMention::text, QuantityMention::value)
                .containsExactly(tuple("1\u202F312 500 manifestants", 1312500.0));
        assertThat(quantities("Since 2016 350 families have left.", "en"))
                .extracting(QuantityMention::value, QuantityMention::unit).containsExactly(tuple(350.0, "families"));
    }

    @Test
    void readsADecimalWithoutALeadingDigit() {
        assertThat(quantities("The Hawks are 28-17 with a winning rate of .622 this season.", "en"))
                .extracting(QuantityMention::text, QuantityMention::value).contains(tuple(".622", 0.622));
    }

    @Test
    void takesADayBeforeAMonthNameInOtherLanguagesForADate() {
        assertThat(quantities("De stemming is op 17 okt. en de uitslag op 2 november.", "nl")).isEmpty();
        assertThat(quantities("Le vote aura lieu le 9 février, puis le 23 mars.", "fr")).isEmpty();
        assertThat(quantities("Die Wahl ist am 8. Juni, die Stichwahl am 22. Juni.", "de")).isEmpty();
        assertThat(quantities("La cumbre será el 7 de octubre y el 9 de noviembre.", "es")).isEmpty();
        assertThat(quantities("Mötet hölls den 4 maj och den 11 augusti.", "sv")).isEmpty();
        // Undetected language: full month names of any of them, but not "3 out of 5" (Portuguese "out." = October).
        assertThat(quantities("Le vote du 9 février: 3 out of 5 voters agreed.", null))
                .extracting(QuantityMention::text).containsExactly("3", "5 voters");
    }

    @Test
    void neverTakesAFunctionWordOfTheStoryLanguageForTheUnit() {
        assertThat(quantities("Het plan loopt sinds 2019 en kost 40 procent meer.", "nl"))
                .extracting(QuantityMention::value, QuantityMention::unit).containsExactly(tuple(40.0, "procent"));
        assertThat(quantities("Das Geld wird ab 2027 ausgezahlt, an 12 Gemeinden.", "de"))
                .extracting(QuantityMention::value).containsExactly(12.0);
        assertThat(quantities("Il y a 30 dans la salle et 200 des élèves.", "fr"))
                .extracting(QuantityMention::unit).containsOnlyNulls();
    }

    @Test
    void readsMoneyInWordsOfOtherLanguages() {
        assertThat(quantities("Staten bruker 250 millioner kroner på veien.", "nb"))
                .extracting(QuantityMention::value, QuantityMention::kind, QuantityMention::currency)
                .containsExactly(tuple(2.5e8, QuantityKind.MONEY, "NOK"));
        assertThat(quantities("Kommunen får 12 millioner kroner.", "da"))
                .extracting(QuantityMention::value, QuantityMention::currency).containsExactly(tuple(1.2e7, "DKK"));
        assertThat(quantities("Bolaget förlorade 7 miljoner kronor.", "sv"))
                .extracting(QuantityMention::value, QuantityMention::currency).containsExactly(tuple(7e6, "SEK"));
        assertThat(quantities("Un budget de 45 millions d'euros.", "fr"))
                .extracting(QuantityMention::value, QuantityMention::currency).containsExactly(tuple(4.5e7, "EUR"));
        assertThat(quantities("Der Bund zahlt 3,5 Milliarden Euro und weitere 8 Mio. Euro, dazu 2 Mrd. Dollar.", "de"))
                .extracting(QuantityMention::value, QuantityMention::currency)
                .containsExactly(tuple(3.5e9, "EUR"), tuple(8e6, "EUR"), tuple(2e9, "USD"));
    }

    @Test
    void multipliesWithoutFloatArtefacts() {
        assertThat(quantities("Revenue was $131.2 million, up from $65.9 million and $0.7 billion.", "en"))
                .extracting(QuantityMention::value).containsExactly(131200000.0, 65900000.0, 700000000.0);
    }
}
