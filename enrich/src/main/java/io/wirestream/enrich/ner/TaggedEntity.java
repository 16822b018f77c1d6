package io.wirestream.enrich.ner;

import java.util.List;
import java.util.Objects;

/**
 * One entity of a text with all its mentions.
 *
 * @param type     entity type, not null
 * @param name     canonical name: the longest mention text (ties: the earliest); not null
 * @param mentions the mentions, ordered by offset, at least one; all of {@code type}
 */
public record TaggedEntity(EntityType type, String name, List<EntityMention> mentions) {
    public TaggedEntity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("an entity needs a mention: " + name);
        }
    }
}
