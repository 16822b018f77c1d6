package io.wirestream.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParsedArticleTest {

    @Test
    void copiesListsAndMapsSoLaterChangesDoNotLeakIn() {
        List<String> body = new ArrayList<>(List.of("one"));
        Map<String, String> metadata = new LinkedHashMap<>(Map.of("k", "v"));
        ParsedArticle article = ParsedArticle.builder("id", "Headline").body(body).metadata(metadata).build();

        body.add("two");
        metadata.put("k2", "v2");

        assertThat(article.body()).containsExactly("one");
        assertThat(article.metadata()).containsOnlyKeys("k");
        assertThatThrownBy(() -> article.body().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> article.metadata().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void keepsMetadataInInsertionOrder() {
        ParsedArticle article = ParsedArticle.builder("id", "Headline")
                .metadata("z", "1").metadata("a", "2").metadata("m", "3").build();

        assertThat(article.metadata().keySet()).containsExactly("z", "a", "m");
    }

    @Test
    void rejectsABlankHeadlineAndAnUrgencyOutOfRange() {
        assertThatThrownBy(() -> ParsedArticle.builder("id", " ").build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ParsedArticle.builder("id", "H").urgency(0).build()).isInstanceOf(IllegalArgumentException.class);
    }
}
