package io.wirestream.enrich.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextStatisticsTest {

    private final TextStatistics stats = new TextStatistics();

    @Test
    void countsWordsSentencesAndParagraphs() {
        String body = "Mr. Lund arrived in the U.S. on Monday. He stayed for 3.5 days.\n\n"
                + "The hard-won deal covers 100.000 jobs \u2013 a record.";

        TextStats s = stats.compute(body);

        // words: Mr. Lund arrived in the U.S. on Monday. (8) He stayed for 3.5 days. (5)
        // The hard-won deal covers 100.000 jobs a record. (8, the dash is no word)
        assertThat(s).isEqualTo(new TextStats(21, 3, 2, 1));
    }

    @Test
    void readingTimeRoundsUpWithAMinimumOfOneMinute() {
        assertThat(stats.readingMinutes(0)).isZero();
        assertThat(stats.readingMinutes(1)).isEqualTo(1);
        assertThat(stats.readingMinutes(230)).isEqualTo(1);
        assertThat(stats.readingMinutes(231)).isEqualTo(2);
        assertThat(stats.readingMinutes(460)).isEqualTo(2);
    }

    @Test
    void readingTimeUsesTheConfiguredSpeed() {
        TextStatistics slow = new TextStatistics(100);
        String words = "word ".repeat(250);

        assertThat(slow.compute(words).readingTimeMinutes()).isEqualTo(3);
        assertThat(slow.wordsPerMinute()).isEqualTo(100);
    }

    @Test
    void blankTextCountsNothing() {
        assertThat(stats.compute(" \n\n ")).isEqualTo(new TextStats(0, 0, 0, 0));
        assertThat(stats.compute(null)).isEqualTo(new TextStats(0, 0, 0, 0));
    }

    @Test
    void rejectsANonPositiveSpeed() {
        assertThatThrownBy(() -> new TextStatistics(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wordsPerMinute");
    }

    @Test
    void countsParagraphsAsTheRegexSplitDid() {
        java.util.regex.Pattern paragraphBreak = java.util.regex.Pattern.compile("\\n[\\t \\x0B\\f\\r]*\\n\\s*");
        String[] alphabet = {"a", "7", "-", " ", "\t", "\r", "\f", "\u000B", "\n", "\n\n", "\u00A0", "é"};
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String stripped = text.toString().strip();
            int expected = 0;
            for (String p : paragraphBreak.split(stripped)) {
                if (TextStatistics.countWords(p) > 0) {
                    expected++;
                }
            }
            assertThat(TextStatistics.paragraphs(stripped)).as("%s", stripped).isEqualTo(expected);
        }
    }
}
