package io.wirestream.publish.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.Keyphrase;
import io.wirestream.schemas.MediaTopic;

/**
 * The v5 topics in the enriched JSON, best first:
 * {@code mediaTopics[{uri, code, name, scheme, rel, level, broader, relevance, source}]} and
 * {@code keyphrases[{text, relevance}]}.
 *
 * <p>Each Media Topic is written like a ninjs 3.x {@code subjects} entry (an IPTC concept by {@code uri} and
 * {@code code}, {@code http://cv.iptc.org/newscodes/mediatopic/NNNNNNNN} and {@code medtop:NNNNNNNN}, with
 * {@code name}, {@code rel: "about"} and {@code relevance}), so a ninjs consumer can read it, but under its own
 * name: {@code subjects} keeps the agency's own terms exactly as sent, and the two are different claims.
 * {@code relevance} is the topic's score 0-1, as for entities; {@code level} is 1 or 2, {@code broader} the
 * top-level qcode of a level-2 topic (omitted for a top-level one), {@code source} {@code agency} (mapped from the
 * wire's subject code) or {@code classifier} (from the text). A keyphrase's {@code relevance} is its score, the
 * best 1.0. Both lists are always written, empty when nothing was found.
 */
final class TopicsJson {

    static final String URI_PREFIX = "http://cv.iptc.org/newscodes/mediatopic/";

    private TopicsJson() {
    }

    static void write(ObjectNode node, EnrichedArticle enriched) {
        ArrayNode topics = node.putArray("mediaTopics");
        for (MediaTopic t : enriched.getTopics()) {
            String code = t.getCode();
            ObjectNode o = topics.addObject();
            o.put("uri", URI_PREFIX + code.substring(code.indexOf(':') + 1));
            o.put("code", code);
            o.put("name", t.getName());
            o.put("scheme", "medtop");
            o.put("rel", "about");
            o.put("level", t.getLevel());
            if (t.getParent() != null) {
                o.put("broader", t.getParent());
            }
            o.put("relevance", t.getScore());
            o.put("source", t.getSource());
        }
        ArrayNode phrases = node.putArray("keyphrases");
        for (Keyphrase k : enriched.getKeyphrases()) {
            phrases.addObject().put("text", k.getText()).put("relevance", k.getScore());
        }
    }
}
