package io.wirestream.enrich.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Groups the mentions of one text into entities. Mentions join an entity of the same type when they
 * <ul>
 *   <li>have the same text, ignoring case and spacing;</li>
 *   <li>are a single word equal to the last word of a PERSON ("Rutte" joins "Mark Rutte");</li>
 *   <li>are the last words of an ORGANIZATION or LOCATION ("Free Europe" joins "Radio Free Europe");</li>
 *   <li>are an acronym of it or it is an acronym of them ("NATO" and "North Atlantic Treaty Organization",
 *       "EUFOR" and "European Union Force"; see {@link Acronyms}).</li>
 * </ul>
 * Longer mentions are placed first, so a short form attaches to the full name wherever it occurs; when a short
 * form fits several entities, the one with the nearest earlier mention wins. The entity name is its longest
 * mention, except that an organisation known by an acronym is named by the acronym. Entities are ordered by their
 * first mention.
 *
 * <p>Immutable and thread-safe.
 */
public final class EntityAggregator {

    /** Creates an aggregator. */
    public EntityAggregator() {
    }

    /**
     * Groups mentions.
     *
     * @param mentions mentions of one text, any order; not null
     * @return the entities, ordered by first mention; never null
     */
    public List<TaggedEntity> aggregate(List<EntityMention> mentions) {
        List<EntityMention> byLength = new ArrayList<>(mentions);
        byLength.sort(Comparator.comparingInt((EntityMention m) -> -words(m.text()).size())
                .thenComparingInt(m -> -m.text().length()).thenComparingInt(EntityMention::start));
        List<Group> groups = new ArrayList<>();
        for (EntityMention m : byLength) {
            Group best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Group g : groups) {
                if (g.type != m.type() || !g.accepts(m)) {
                    continue;
                }
                int distance = g.distanceBefore(m.start());
                if (best == null || distance < bestDistance) {
                    best = g;
                    bestDistance = distance;
                }
            }
            if (best == null) {
                best = new Group(m.type());
                groups.add(best);
            }
            best.mentions.add(m);
        }
        List<TaggedEntity> out = new ArrayList<>();
        for (Group g : groups) {
            g.mentions.sort(Comparator.comparingInt(EntityMention::start));
            out.add(new TaggedEntity(g.type, name(g), g.mentions));
        }
        out.sort(Comparator.comparingInt(e -> e.mentions().get(0).start()));
        return List.copyOf(out);
    }

    /**
     * An organisation known by an acronym is named by it (stories and editors say "NATO", not
     * "North Atlantic Treaty Organization"); otherwise the longest mention names the entity
     * ("Mark Rutte", not "Rutte").
     */
    private static String name(Group g) {
        String name = g.mentions.get(0).text();
        if (g.type == EntityType.ORGANIZATION) {
            java.util.Map<String, Long> acronyms = g.mentions.stream().map(EntityMention::text)
                    .filter(t -> isAcronym(words(t)))
                    .collect(java.util.stream.Collectors.groupingBy(t -> t, java.util.LinkedHashMap::new,
                            java.util.stream.Collectors.counting()));
            if (!acronyms.isEmpty()) {
                return acronyms.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
            }
        }
        for (EntityMention m : g.mentions) {
            if (m.text().length() > name.length()) {
                name = m.text();
            }
        }
        return name;
    }

    private static List<String> words(String text) {
        return List.of(text.trim().split("\\s+"));
    }

    private static boolean isAcronym(List<String> words) {
        return words.size() == 1 && TokenShape.of(words.get(0)) == TokenShape.ALL_CAPS;
    }

    private static String norm(String text) {
        return String.join(" ", words(text)).toLowerCase(Locale.ROOT);
    }

    private static final class Group {
        final EntityType type;
        final List<EntityMention> mentions = new ArrayList<>();

        Group(EntityType type) {
            this.type = type;
        }

        boolean accepts(EntityMention m) {
            String text = norm(m.text());
            List<String> mw = words(m.text());
            for (EntityMention own : mentions) {
                String ownText = norm(own.text());
                if (ownText.equals(text)) {
                    return true;
                }
                List<String> ow = words(own.text());
                if (mw.size() < ow.size()) {
                    List<String> tail = ow.subList(ow.size() - mw.size(), ow.size());
                    boolean suffix = String.join(" ", tail).equalsIgnoreCase(String.join(" ", mw));
                    if (suffix && (type == EntityType.PERSON ? mw.size() == 1 : mw.size() >= 2)) {
                        return true;
                    }
                }
                if (type != EntityType.PERSON && (isAcronym(mw) && Acronyms.isAcronymOf(mw.get(0), ow)
                        || isAcronym(ow) && Acronyms.isAcronymOf(ow.get(0), mw))) {
                    return true;
                }
            }
            return false;
        }

        /** Distance from the nearest mention before {@code offset}; large when there is none. */
        int distanceBefore(int offset) {
            int best = Integer.MAX_VALUE / 2;
            for (EntityMention own : mentions) {
                if (own.start() <= offset) {
                    best = Math.min(best, offset - own.start());
                } else {
                    best = Math.min(best, Integer.MAX_VALUE / 2 + (own.start() - offset));
                }
            }
            return best;
        }
    }
}
