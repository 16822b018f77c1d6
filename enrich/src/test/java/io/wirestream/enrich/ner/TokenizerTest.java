package io.wirestream.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    @Test
    void tokenOffsetsPointIntoTheText() {
        String text = "  Mr. Lund's \"hard-won\" deal: 100.000 jobs in the U.S., 3.5% more (O'Neill).";

        List<Token> tokens = tokenizer.tokenize(text);

        assertThat(tokens).allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
        assertThat(tokens).extracting(Token::text).containsExactly("Mr.", "Lund", "'s", "\"", "hard-won", "\"",
                "deal", ":", "100.000", "jobs", "in", "the", "U.S.", ",", "3.5", "%", "more", "(", "O'Neill", ")",
                ".");
    }

    @Test
    void splitsThePossessiveOffTheName() {
        assertThat(tokenizer.tokenize("Okafor’s visit")).extracting(Token::text)
                .containsExactly("Okafor", "’s", "visit");
    }

    @Test
    void tokenizesARegionWithOffsetsIntoTheWholeText() {
        String text = "One. Two words.";

        assertThat(tokenizer.tokenize(text, 5, text.length())).containsExactly(
                new Token("Two", 5, 8), new Token("words", 9, 14), new Token(".", 14, 15));
    }

    @Test
    void shapesDescribeCapitalisation() {
        assertThat(TokenShape.of("NATO")).isEqualTo(TokenShape.ALL_CAPS);
        assertThat(TokenShape.of("U.S.")).isEqualTo(TokenShape.ALL_CAPS);
        assertThat(TokenShape.of("Kosovo")).isEqualTo(TokenShape.CAPITALIZED);
        assertThat(TokenShape.of("McNeil")).isEqualTo(TokenShape.MIXED_CAPS);
        assertThat(TokenShape.of("iPhone")).isEqualTo(TokenShape.MIXED_LOWER);
        assertThat(TokenShape.of("visit")).isEqualTo(TokenShape.LOWER);
        assertThat(TokenShape.of("4.600")).isEqualTo(TokenShape.NUMBER);
        assertThat(TokenShape.of("–")).isEqualTo(TokenShape.PUNCTUATION);
    }

    @Test
    void scansAsTheRegexDefinitionDoes() {
        // Letters, marks, digits of several scripts, joiners, separators, the six \\s spaces and others, a
        // surrogate pair (U+1D400, an upper-case letter) and lone surrogates.
        String[] alphabet = {"a", "Z", "é", "İ", "ß", "Ж", "ж", "\u0301", "\u20DD", "1", "٣", "½", "Ⅻ", ".", ",",
            ":", "/", "-", "'", "’", "&", "s", "S", " ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u2028",
            "\"", "(", "%", "\uD835\uDC00", "\uD835", "\uDC00", "Mr", "U", "W", "co", "No", "'s"};
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            int from = random.nextInt(3) == 0 ? random.nextInt(s.length()) : 0;
            int to = random.nextInt(3) == 0 ? from + random.nextInt(s.length() - from + 1) : s.length();
            assertThat(tokenizer.tokenize(s, from, to)).as("%s [%d, %d)", s, from, to)
                    .isEqualTo(RegexTokenizer.tokenize(s, from, to));
        }
    }

    /** The tokenizer as it was defined before the hand-written scanner: the reference for the scanner. */
    private static final class RegexTokenizer {
        private static final Pattern TOKEN = Pattern.compile(
                "\\p{Lu}(?:\\.\\p{Lu})+\\.?"
                        + "|\\p{N}+(?:[.,:/]\\p{N}+)*\\p{L}*"
                        + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[-'’&][\\p{L}\\p{M}\\p{N}]+)*"
                        + "|\\S");
        private static final Pattern POSSESSIVE = Pattern.compile(".+['’][sS]");
        private static final Set<String> DOTTED = Set.of(
                "mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "gov", "rep", "lt", "col", "sgt", "capt",
                "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs", "messrs", "mt", "ft", "adm", "cmdr", "maj",
                "rev", "hon", "pres", "bros", "brig");

        static List<Token> tokenize(String text, int from, int to) {
            List<Token> out = new ArrayList<>();
            Matcher m = TOKEN.matcher(text).region(from, to);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                String word = m.group();
                if (Character.isLetter(word.codePointAt(0)) && POSSESSIVE.matcher(word).matches()) {
                    out.add(new Token(text.substring(start, end - 2), start, end - 2));
                    out.add(new Token(text.substring(end - 2, end), end - 2, end));
                    continue;
                }
                if (end < to && text.charAt(end) == '.' && Character.isLetter(word.charAt(0))
                        && (DOTTED.contains(word.toLowerCase(Locale.ROOT))
                        || word.length() == 1 && Character.isUpperCase(word.charAt(0)))) {
                    end++;
                    m.region(end, to);
                }
                out.add(new Token(text.substring(start, end), start, end));
            }
            return out;
        }
    }
}
