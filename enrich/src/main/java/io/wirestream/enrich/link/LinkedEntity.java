package io.wirestream.enrich.link;

import io.wirestream.enrich.ner.TaggedEntity;
import java.util.Objects;
import java.util.Optional;

/**
 * An entity of a story with its link, if any.
 *
 * @param entity the entity (after merging entities that are one real-world thing), not null
 * @param link   what it links to; empty when it is not in the lists (it then keeps no id)
 */
public record LinkedEntity(TaggedEntity entity, Optional<Link> link) {
    public LinkedEntity {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(link, "link");
    }
}
