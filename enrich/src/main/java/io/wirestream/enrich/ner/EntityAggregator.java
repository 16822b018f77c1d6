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
        // Split and normalise each mention once: the pairwise tests below run O(mentions x group size) times.
        List<Info> byLength = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            byLength.add(new Info(m));
        }
        byLength.sort(Comparator.comparingInt((Info i) -> -i.words.size())
                .thenComparingInt(i -> -i.mention.text().length()).thenComparingInt(i -> i.mention.start()));
        List<Group> groups = new ArrayList<>();
        for (Info m : byLength) {
            Group best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Group g : groups) {
                if (g.type != m.mention.type() || !g.accepts(m)) {
                    continue;
                }
                int distance = g.distanceBefore(m.mention.start());
                if (best == null || distance < bestDistance) {
                    best = g;
                    bestDistance = distance;
                }
            }
            if (best == null) {
                best = new Group(m.mention.type());
                groups.add(best);
            }
            best.add(m);
        }
        List<TaggedEntity> out = new ArrayList<>(groups.size());
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
        // Split on whitespace without a regex (this runs for every mention of every article).
        List<String> out = new ArrayList<>(4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(text.substring(start, i));
            }
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return List.copyOf(out);
    }

    private static boolean isAcronym(List<String> words) {
        return words.size() == 1 && TokenShape.of(words.get(0)) == TokenShape.ALL_CAPS;
    }

    /** A mention with its words and normalised text, computed once. */
    private static final class Info {
        final EntityMention mention;
        final List<String> words;
        final String norm;
        final boolean acronym;

        Info(EntityMention mention) {
            this.mention = mention;
            this.words = words(mention.text());
            this.norm = String.join(" ", words).toLowerCase(Locale.ROOT);
            this.acronym = isAcronym(words);
        }
    }

    private static final class Group {
        final EntityType type;
        final List<EntityMention> mentions = new ArrayList<>();
        final List<Info> infos = new ArrayList<>();
        final java.util.Set<String> norms = new java.util.HashSet<>();

        Group(EntityType type) {
            this.type = type;
        }

        void add(Info m) {
            mentions.add(m.mention);
            infos.add(m);
            norms.add(m.norm);
        }

        boolean accepts(Info m) {
            if (norms.contains(m.norm)) {
                return true;
            }
            List<String> mw = m.words;
            for (Info own : infos) {
                List<String> ow = own.words;
                if (mw.size() < ow.size() && (type == EntityType.PERSON ? mw.size() == 1 : mw.size() >= 2)
                        && isSuffix(mw, ow)) {
                    return true;
                }
                if (type != EntityType.PERSON && (m.acronym && Acronyms.isAcronymOf(mw.get(0), ow)
                        || own.acronym && Acronyms.isAcronymOf(ow.get(0), mw))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isSuffix(List<String> shorter, List<String> longer) {
            int offset = longer.size() - shorter.size();
            for (int i = 0; i < shorter.size(); i++) {
                if (!shorter.get(i).equalsIgnoreCase(longer.get(offset + i))) {
                    return false;
                }
            }
            return true;
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
