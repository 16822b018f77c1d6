package io.wirestream.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameFinderTaggerTest {

    private static int trimmed(String name) {
        String text = "from " + name + " Access";
        return NameFinderTagger.trimFullStop(text, 5, 5 + name.length()) - 5;
    }

    @Test
    void aSentencesFullStopIsNoPartOfANameButAnAbbreviationsIs() {
        assertThat(trimmed("Orvale Market Research.")).isEqualTo("Orvale Market Research".length());
        assertThat(trimmed("the Daily Bugle newspaper.")).isEqualTo("the Daily Bugle newspaper".length());
        assertThat(trimmed("Harbour Holdings Co.")).isEqualTo("Harbour Holdings Co.".length());
        assertThat(trimmed("Acme Widgets Inc.")).isEqualTo("Acme Widgets Inc.".length());
        assertThat(trimmed("Acme Corp.")).isEqualTo("Acme Corp.".length());
        assertThat(trimmed("U.S.")).isEqualTo("U.S.".length());
        assertThat(trimmed("George H. W.")).isEqualTo("George H. W.".length());
        assertThat(trimmed("Orvale")).isEqualTo("Orvale".length());
    }
}
