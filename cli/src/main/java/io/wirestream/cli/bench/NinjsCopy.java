package io.wirestream.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.enrich.bench.ArticleGenerator;
import java.time.Instant;

/**
 * A generated article as the bytes an agency would send: a ninjs 1.x text item (uri, version,
 * times, provider, headline, plain-text body). Ingest detects the format as it would for real copy.
 */
final class NinjsCopy {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private NinjsCopy() {
    }

    static byte[] render(ArticleGenerator.Article article, Instant created) {
        ObjectNode item = MAPPER.createObjectNode()
                .put("uri", article.id())
                .put("type", "text")
                .put("version", "1")
                .put("versioncreated", created.toString())
                .put("pubstatus", "usable")
                .put("language", "en")
                .put("headline", article.headline())
                .put("body_text", article.text());
        item.putObject("provider").put("name", "Bench Wire");
        try {
            return MAPPER.writeValueAsBytes(item);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot render generated article " + article.id(), e);
        }
    }
}
