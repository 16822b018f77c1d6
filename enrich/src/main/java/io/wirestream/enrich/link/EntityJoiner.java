package io.wirestream.enrich.link;

import io.wirestream.enrich.ner.EntityMention;
import io.wirestream.enrich.ner.EntityType;
import io.wirestream.enrich.ner.TaggedEntity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Links the entities of one story and merges those that are one real-world thing, completing
 * {@link io.wirestream.enrich.ner.EntityAggregator}.
 *
 * <p>The aggregator already joins, within one type, repeated mentions, a later surname with the full name
 * ("Rutte" with "Mark Rutte"), last words of an organisation or place, and acronyms with their expansion ("NATO"
 * with "North Atlantic Treaty Organization", "KFOR" with "Kosovo Force"). What it cannot know, and this class adds:
 * entities that link to the same Wikidata or GeoNames id, or to the same seed entry, are one entity even when the
 * names share no letters or the tagger typed them differently ("U.S." and "United States", "OSCE" tagged as an
 * organisation and as a location, "EUFOR [European Union Force]" and "EUFOR").
 *
 * <p>A merged entity takes the type of its largest part (most mentions, then earliest), the name of that part,
 * and all mentions, retyped, in text order. Entities are returned ordered by first mention.
 *
 * <p>Immutable and thread-safe.
 */
public final class EntityJoiner {

    private final EntityLinker linker;

    /**
     * Creates a joiner.
     *
     * @param linker the linker, not null
     */
    public EntityJoiner(EntityLinker linker) {
        this.linker = Objects.requireNonNull(linker, "linker");
    }

    /** The linker this joiner links with. */
    public EntityLinker linker() {
        return linker;
    }

    /**
     * Links and merges.
     *
     * @param entities the story's entities (from the aggregator), not null
     * @param context  the story's place context, not null
     * @return one linked entity per real-world thing, ordered by first mention
     */
    public List<LinkedEntity> join(List<TaggedEntity> entities, LinkContext context) {
        Map<TaggedEntity, Link> appositions = appositions(entities, context);
        Map<String, List<TaggedEntity>> groups = new LinkedHashMap<>();
        Map<String, Link> links = new LinkedHashMap<>();
        int unlinked = 0;
        for (TaggedEntity e : entities) {
            List<String> texts = e.mentions().stream().map(EntityMention::text).toList();
            Optional<Link> link = appositions.containsKey(e) ? Optional.of(appositions.get(e))
                    : linker.link(e.type(), e.name(), texts, context);
            String key = link.map(Link::identity).orElse("none:" + unlinked++);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            link.ifPresent(l -> links.putIfAbsent(key, l));
        }
        List<LinkedEntity> out = new ArrayList<>(groups.size());
        for (Map.Entry<String, List<TaggedEntity>> g : groups.entrySet()) {
            out.add(new LinkedEntity(merge(g.getValue()), Optional.ofNullable(links.get(g.getKey()))));
        }
        out.sort(Comparator.comparingInt(le -> le.entity().mentions().get(0).start()));
        return List.copyOf(out);
    }

    /**
     * Links of places written with their container, "Atlanta, Georgia" or "Atlanta (Georgia)": a LOCATION mention
     * that ends two characters before another LOCATION's mention. The pair decides both readings (Georgia the US
     * state, not the country), where a reading of the second contains one of the first.
     */
    private Map<TaggedEntity, Link> appositions(List<TaggedEntity> entities, LinkContext context) {
        Map<TaggedEntity, Link> out = new java.util.IdentityHashMap<>();
        // Place mentions by start offset, so each inner mention finds its neighbour in one lookup, not by
        // comparing every pair of entities and mentions.
        Map<Integer, Integer> placeAt = new java.util.HashMap<>();
        for (int e = 0; e < entities.size(); e++) {
            if (entities.get(e).type() == EntityType.LOCATION) {
                for (EntityMention m : entities.get(e).mentions()) {
                    placeAt.putIfAbsent(m.start(), e);
                }
            }
        }
        for (int e = 0; e < entities.size(); e++) {
            TaggedEntity inner = entities.get(e);
            if (inner.type() != EntityType.LOCATION) {
                continue;
            }
            java.util.TreeSet<Integer> outers = new java.util.TreeSet<>(); // in entity order, as they are tried
            for (EntityMention m : inner.mentions()) {
                Integer outer = placeAt.get(m.end() + 2);
                if (outer != null && outer != e) {
                    outers.add(outer);
                }
            }
            for (int o : outers) {
                TaggedEntity outer = entities.get(o);
                Optional<Link[]> pair = linker.placeWithin(inner.name(), outer.name(), context);
                if (pair.isPresent()) {
                    out.putIfAbsent(inner, pair.get()[0]);
                    out.putIfAbsent(outer, pair.get()[1]);
                }
            }
        }
        return out;
    }

    private static TaggedEntity merge(List<TaggedEntity> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        TaggedEntity largest = parts.get(0);
        for (TaggedEntity p : parts) {
            int cmp = Integer.compare(p.mentions().size(), largest.mentions().size());
            if (cmp > 0 || cmp == 0 && p.mentions().get(0).start() < largest.mentions().get(0).start()) {
                largest = p;
            }
        }
        EntityType type = largest.type();
        // Keyed by offsets: two taggers' parts never repeat a span, but a span must not count twice if they do.
        TreeMap<Long, EntityMention> mentions = new TreeMap<>();
        for (TaggedEntity p : parts) {
            for (EntityMention m : p.mentions()) {
                long key = ((long) m.start() << 32) | m.end();
                mentions.putIfAbsent(key, m.type() == type ? m : new EntityMention(type, m.start(), m.end(), m.text()));
            }
        }
        return new TaggedEntity(type, largest.name(), new ArrayList<>(mentions.values()));
    }
}
