package io.wirestream.publish.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.NearDuplicate;
import io.wirestream.schemas.StoryCluster;

/**
 * The v5 story cluster in the enriched JSON: {@code cluster{id, size, nearDuplicates[{articleId, similarity}]}},
 * omitted while the story stands alone. ninjs 3.x has no name for it; it follows its camelCase style.
 */
final class ClusterJson {

    private ClusterJson() {
    }

    static void write(ObjectNode node, EnrichedArticle enriched) {
        StoryCluster cluster = enriched.getCluster();
        if (cluster == null) {
            return;
        }
        ObjectNode o = node.putObject("cluster").put("id", cluster.getId()).put("size", cluster.getSize());
        ArrayNode nearDuplicates = o.putArray("nearDuplicates");
        for (NearDuplicate d : cluster.getNearDuplicates()) {
            nearDuplicates.addObject().put("articleId", d.getArticleId()).put("similarity", d.getSimilarity());
        }
    }
}
