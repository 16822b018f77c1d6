package io.wirestream.enrich.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {

    @Test
    void givesDistinctIdsWithThePrefix() {
        ArticleGenerator generator = new ArticleGenerator(7, "urn:bench:m:");
        List<ArticleGenerator.Article> articles = IntStream.range(0, 200).mapToObj(i -> generator.next()).toList();

        Set<String> ids = new HashSet<>();
        articles.forEach(a -> ids.add(a.id()));
        assertThat(ids).hasSize(200).allMatch(id -> id.startsWith("urn:bench:m:"));
        assertThat(articles.stream().map(ArticleGenerator.Article::headline).distinct()).hasSize(200);
    }

    @Test
    void writesAbout600WordsWithNamesNumbersAndQuotes() {
        ArticleGenerator.Article article = new ArticleGenerator(1, "a").next();

        assertThat(article.words()).isBetween(ArticleGenerator.WORDS, ArticleGenerator.WORDS + 40);
        assertThat(article.paragraphs()).hasSizeGreaterThan(5);
        assertThat(article.text()).startsWith(article.dateline())
                .containsPattern("\"[A-Z][a-z ]+,\" [A-Z][a-z]+ [A-Z][a-z]+ said\\.")
                .containsPattern("\\$\\d\\.\\d million")
                .containsPattern("\\d+\\.\\d percent")
                .containsPattern("(Bergen|Norway|Rotterdam|Poland|Kosovo|Lisbon|Canada|Nairobi|Serbia|Texas)");
    }

    @Test
    void isTheSameForTheSameSeedAndDiffersForAnother() {
        String first = new ArticleGenerator(3, "x").next().text();

        assertThat(new ArticleGenerator(3, "x").next().text()).isEqualTo(first);
        assertThat(new ArticleGenerator(4, "x").next().text()).isNotEqualTo(first);
    }
}
