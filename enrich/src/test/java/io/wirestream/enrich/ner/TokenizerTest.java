package io.wirestream.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
