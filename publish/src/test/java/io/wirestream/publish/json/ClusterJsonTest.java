package io.wirestream.publish.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.NearDuplicate;
import io.wirestream.schemas.PubStatus;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.StoryCluster;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterJsonTest {

    private static EnrichedArticle enriched(StoryCluster cluster) {
        RawArticle raw = RawArticle.newBuilder().setId("b:quake").setVersion(1).setPubStatus(PubStatus.USABLE)
                .setProvider("Agency").setFormat("ninjs").setOrigin("in/q.json")
                .setReceivedAt(Instant.parse("2026-03-11T06:00:00Z")).setHeadline("Quake").setBody(List.of("Quake."))
                .setContentHash("h").build();
        return EnrichedArticle.newBuilder().setArticle(raw).setChange(ChangeKind.NEW).setBody("Quake.")
                .setWordCount(1).setSentenceCount(1).setParagraphCount(1).setReadingTimeMinutes(1)
                .setCluster(cluster).setEnrichedAt(Instant.parse("2026-03-11T06:00:01Z")).setEnricher("test").build();
    }

    @Test
    void showsTheClusterWithItsNearDuplicates() {
        JsonNode json = new ArticleJson(false).tree(enriched(new StoryCluster("a:quake", 3,
                List.of(new NearDuplicate("a:quake", 0.75), new NearDuplicate("a:quake-2", 0.5)))));

        assertThat(json.at("/cluster/id").asText()).isEqualTo("a:quake");
        assertThat(json.at("/cluster/size").asInt()).isEqualTo(3);
        assertThat(json.at("/cluster/nearDuplicates/0/articleId").asText()).isEqualTo("a:quake");
        assertThat(json.at("/cluster/nearDuplicates/0/similarity").asDouble()).isEqualTo(0.75);
        assertThat(json.at("/cluster/nearDuplicates/1/articleId").asText()).isEqualTo("a:quake-2");
    }

    @Test
    void omitsTheClusterOfAStoryStandingAlone() {
        assertThat(new ArticleJson(false).tree(enriched(null)).has("cluster")).isFalse();
    }
}
