package io.wirestream.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cleaner's hand-written scanners against the regexes that defined them (and that they replaced for speed),
 * on generated text full of the characters that matter.
 */
class CleanerScanningTest {

    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\p{Zs}\\t\\x0B\\f]+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\n\\u2028\\u2029\\u0085]");
    private static final Pattern SENTENCE_GAP = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}#\"“‘'(«©])");

    private static final String[] ALPHABET = {"a", "B", "É", "7", "٣", "½", ".", "!", "?", ",", "#", "\"", "“", "‘",
        "'", "(", "«", "©", " ", " ", "\t", "\u000B", "\f", "\r", "\n", "\r\n", "\u2028", "\u2029", "\u0085",
        "\u00A0", "\u2003", "\u3000", "\u200B", "\u200D", "\uFEFF", "\u00AD", "\uD835\uDC00", "Share", "min", "ago"};

    private final Random random = new Random(11);

    private String generate() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(14);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }

    @Test
    void normalisesWhitespaceAsTheRegexReplacementsDo() {
        for (int round = 0; round < 20_000; round++) {
            String line = generate();
            String expected = HORIZONTAL_SPACE.matcher(ZERO_WIDTH.matcher(line).replaceAll("")).replaceAll(" ").strip();
            assertThat(BoilerplateCleaner.normalizeWhitespace(line)).as("%s", line).isEqualTo(expected);
        }
    }

    @Test
    void splitsLinesAsTheRegexSplitDoes() {
        for (int round = 0; round < 20_000; round++) {
            String paragraph = generate();
            List<String> expected = Arrays.asList(LINE_BREAK.split(paragraph, -1));
            assertThat(TextScanning.lines(paragraph)).as("%s", paragraph).isEqualTo(expected);
        }
    }

    @Test
    void splitsSentencesAsTheRegexSplitDoes() {
        for (int round = 0; round < 20_000; round++) {
            String line = generate();
            List<String> expected = Arrays.asList(SENTENCE_GAP.split(line));
            assertThat(TextScanning.sentences(line)).as("%s", line).isEqualTo(expected);
        }
    }

    @Test
    void longStoryLinesAreNoWidgetsWhileShortWidgetLinesStillAre() {
        assertThat(BoilerplateCleaner.widgetKind("Share this article")).contains(BoilerplateKind.SHARE_WIDGET);
        assertThat(BoilerplateCleaner.widgetKind("Estimated reading time: 4 minutes"))
                .contains(BoilerplateKind.READING_TIME);
        assertThat(BoilerplateCleaner.widgetKind("Updated 3 hours ago")).contains(BoilerplateKind.RELATIVE_DATE);
        assertThat(BoilerplateCleaner.widgetKind("The harbour board said on Monday that 3 minutes of footage "
                + "showed the patrol boat leaving the port before the storm")).isEmpty();
    }
}
