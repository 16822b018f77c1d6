package io.wirestream.enrich.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void doesNotSplitAfterTitlesOrInitials() {
        assertThat(sentences("Mr. Lund met Dr. Ortiz and George W. Bush in Oslo. Then they left."))
                .containsExactly("Mr. Lund met Dr. Ortiz and George W. Bush in Oslo.", "Then they left.");
    }

    @Test
    void doesNotSplitOnDecimalsOrThousandSeparators() {
        assertThat(sentences("The fleet has 100.000 sailors, 4.600 of them abroad, up 3.5 percent. Officials agreed."))
                .containsExactly("The fleet has 100.000 sailors, 4.600 of them abroad, up 3.5 percent.",
                        "Officials agreed.");
    }

    @Test
    void splitsAfterDottedAcronymOnlyBeforeASentenceOpener() {
        assertThat(sentences("The U.S. Navy sent two ships to the U.S. The crews rested."))
                .containsExactly("The U.S. Navy sent two ships to the U.S.", "The crews rested.");
    }

    @Test
    void doesNotSplitNumberAbbreviationBeforeANumber() {
        assertThat(sentences("The song was No. 5 on the chart. It fell later."))
                .containsExactly("The song was No. 5 on the chart.", "It fell later.");
    }

    @Test
    void handlesQuotesQuestionAndExclamationMarks() {
        assertThat(sentences("\"Is it over?\" she asked. \"No!\" He left."))
                .containsExactly("\"Is it over?\" she asked.", "\"No!\"", "He left.");
    }

    @Test
    void alwaysSplitsAtABlankLine() {
        String text = "A heading without a period\n\nThe first paragraph.";

        List<SentenceSpan> spans = splitter.split(text);

        assertThat(spans).containsExactly(new SentenceSpan(0, 26), new SentenceSpan(28, 48));
    }

    @Test
    void blankTextHasNoSentences() {
        assertThat(splitter.split("  \n\n ")).isEmpty();
    }
}
