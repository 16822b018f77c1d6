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
}
