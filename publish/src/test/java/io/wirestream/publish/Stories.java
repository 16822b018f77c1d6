package io.wirestream.publish;

import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.Entity;
import io.wirestream.schemas.Mention;
import io.wirestream.schemas.PubStatus;
import io.wirestream.schemas.RawArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Enriched test stories built by hand: entities are located in the body by search, not typed in. */
public final class Stories {

    public static final Instant T0 = Instant.parse("2026-03-11T09:00:00Z");

    private Stories() {
    }

    public static EnrichedArticle story(String id, long version, PubStatus status, ChangeKind change,
                                        String headline, String body, String... typedNames) {
        RawArticle article = RawArticle.newBuilder()
                .setId(id).setVersion(version).setPubStatus(status).setProvider("Test Agency")
                .setFormat("agency-text").setOrigin("in/" + id + ".txt").setReceivedAt(T0)
                .setHeadline(headline).setBody(body.isEmpty() ? List.of() : List.of(body.split("\n\n")))
                .setMetadata(Map.of("readingTime", "1 min")).setContentHash("hash-" + id + "-" + version)
                .build();
        List<Entity> entities = new ArrayList<>();
        for (String typed : typedNames) {
            String type = typed.substring(0, typed.indexOf(':'));
            String name = typed.substring(typed.indexOf(':') + 1);
            List<Mention> mentions = new ArrayList<>();
            for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
                mentions.add(new Mention(at, at + name.length(), name));
            }
            entities.add(Entity.newBuilder().setType(type).setName(name).setMentions(mentions).build());
        }
        return EnrichedArticle.newBuilder()
                .setArticle(article).setChange(change).setBody(body).setLanguage(body.isEmpty() ? null : "en")
                .setLanguageConfidence(body.isEmpty() ? 0.0 : 0.99)
                .setWordCount(body.isEmpty() ? 0 : body.split("\\s+").length).setSentenceCount(1)
                .setParagraphCount(article.getBody().size()).setReadingTimeMinutes(body.isEmpty() ? 0 : 1)
                .setEntities(entities).setEnrichedAt(T0.plusSeconds(1)).setEnricher("test")
                .build();
    }
}
