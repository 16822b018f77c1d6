package io.wirestream.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.ingest.format.feed.FeedFormat;
import io.wirestream.ingest.format.ninjs.NinjsFormat;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldLimitsTest {

    private static final Origin ORIGIN = Origin.of("in/long", Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void cutsAMegabyteNinjsHeadlineAtAWordBoundaryAndSaysSo() {
        String huge = "word ".repeat(200_000).strip();
        byte[] json = ("{\"uri\":\"urn:x:1\",\"type\":\"text\",\"headline\":\"" + huge + "\"}").getBytes(StandardCharsets.UTF_8);

        ParsedArticle article = new NinjsFormat().parse(json, ORIGIN).get(0);

        assertThat(article.headline()).hasSizeLessThanOrEqualTo(FieldLimits.HEADLINE).endsWith("word\u2026");
        assertThat(article.metadata()).containsEntry("fieldLimit.headline", "cut from " + huge.length() + " to 1000 characters");
    }

    @Test
    void cutsAnOverlongFeedTitleAndByline() {
        String title = "t".repeat(5_000);
        String author = "a".repeat(800);
        byte[] rss = ("<rss version=\"2.0\"><channel><title>C</title><item><title>" + title + "</title><guid>urn:g:1</guid>"
                + "<author>" + author + "</author><description>Body.</description></item></channel></rss>").getBytes(StandardCharsets.UTF_8);

        ParsedArticle article = new FeedFormat().parse(rss, ORIGIN).get(0);

        assertThat(article.headline()).hasSize(FieldLimits.HEADLINE);
        assertThat(article.byline()).hasSize(FieldLimits.BYLINE);
        assertThat(article.metadata()).containsKeys("fieldLimit.headline", "fieldLimit.byline");
    }

    @Test
    void leavesFieldsWithinTheirLimitsAlone() {
        ParsedArticle article = ParsedArticle.builder("id", "Short headline").byline("By Someone").metadata("slugline", "SLUG").build();

        assertThat(article.headline()).isEqualTo("Short headline");
        assertThat(article.metadata()).containsOnlyKeys("slugline");
    }

    @Test
    void capsTheNumberOfKeywordsAndTheirLength() {
        List<String> keywords = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            keywords.add("k" + i);
        }
        keywords.set(0, "x".repeat(1_000));

        ParsedArticle article = ParsedArticle.builder("id", "H").keywords(keywords).build();

        assertThat(article.keywords()).hasSize(FieldLimits.KEYWORDS);
        assertThat(article.keywords().get(0)).hasSize(FieldLimits.SHORT_TEXT);
        assertThat(article.metadata()).containsEntry("fieldLimit.keywords", "kept 200 of 500 keywords");
    }

    @Test
    void neverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDE00".repeat(600);

        ParsedArticle article = ParsedArticle.builder("id", emoji).build();

        String cut = article.headline();
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
        assertThat(cut.codePoints().filter(c -> c == 0xFFFD).count()).isZero();
    }
}
