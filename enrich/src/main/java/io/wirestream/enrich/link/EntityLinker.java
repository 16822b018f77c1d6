package io.wirestream.enrich.link;

import io.wirestream.enrich.ner.EntityType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Links an entity to a stable id: a LOCATION to a GeoNames place (with coordinates, feature class and ISO 3166-1
 * country), an ORGANIZATION or PERSON to a known entry with its Wikidata id. An entity in neither list gets no
 * link, never a guess.
 *
 * <p>Homonymous places are ranked by a score that adds
 * <ul>
 *   <li>{@code log10(population + 10)}, so that a large city beats a small one of the same name;</li>
 *   <li>a bonus by kind: countries {@value #COUNTRY_BONUS}, continents {@value #CONTINENT_BONUS}, first-level
 *       divisions {@value #ADMIN1_BONUS} (they carry no population), capitals {@value #CAPITAL_BONUS},
 *       first-level seats {@value #SEAT_BONUS};</li>
 *   <li>{@value #DATELINE_COUNTRY_BONUS} when the place is in the dateline's country, {@value #DATELINE_ADMIN1_BONUS}
 *       more in its first-level division, and {@value #STORY_COUNTRY_BONUS} when another place of the story is in
 *       its country;</li>
 *   <li>{@value #ALTERNATIVE_NAME_PENALTY} when only an alternative name matched.</li>
 * </ul>
 * So "Paris" alone is Paris, France (2.1 million, a capital), while "Paris" in a story datelined Texas is Paris,
 * Texas (25,000, but in the dateline's country and state).
 *
 * <p>A first-level division whose name is only generic words ("Northeast", Iceland; "Central Region", Malawi;
 * "Western Province") is a candidate only when the story is already in its country (dateline or another place):
 * "the Northeast" in a story from New York is not Iceland.
 *
 * <p>Immutable and thread-safe; load it once ({@link #standard()}) and share it.
 */
public final class EntityLinker {

    static final double COUNTRY_BONUS = 4.0;
    /**
     * As for a country: "Europe" is the continent, not a town of that name. A continent's population is that of its
     * countries, so "Antarctica" is the continent (6255152), not GeoNames' territory of that name (AQ, 6697173).
     */
    static final double CONTINENT_BONUS = 4.0;
    static final double ADMIN1_BONUS = 2.5;
    static final double CAPITAL_BONUS = 1.0;
    static final double SEAT_BONUS = 0.5;
    static final double DATELINE_COUNTRY_BONUS = 1.5;
    static final double DATELINE_ADMIN1_BONUS = 3.0;
    static final double STORY_COUNTRY_BONUS = 1.5;
    static final double ALTERNATIVE_NAME_PENALTY = -0.5;

    /** Words that do not name a division on their own: compass points, positions, kinds of division. */
    private static final Set<String> GENERIC_WORDS = Set.of("north", "south", "east", "west", "northeast",
            "northwest", "southeast", "southwest", "northern", "southern", "eastern", "western", "central", "centre",
            "center", "middle", "upper", "lower", "far", "capital", "region", "province", "district", "state",
            "territory", "area", "coast", "islands", "island", "and", "of", "the", "nord", "sud", "est", "ouest");

    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s-]+");

    private final PlaceIndex places;
    private final EntityTable entities;

    /**
     * Creates a linker over the given tables.
     *
     * @param places   places, not null
     * @param entities organisations and people, not null
     */
    public EntityLinker(PlaceIndex places, EntityTable entities) {
        this.places = Objects.requireNonNull(places, "places");
        this.entities = Objects.requireNonNull(entities, "entities");
    }

    /**
     * A linker over the bundled tables, loaded now (about 100 ms and a few MB of heap; see {@code LinkerLoadBench}).
     * Call it once per process and share the result.
     *
     * @throws java.io.UncheckedIOException if a bundled table is missing or malformed
     */
    public static EntityLinker standard() {
        return new EntityLinker(PlaceIndex.loadBundled(), EntityTable.loadBundled());
    }

    /**
     * Links one entity of a story.
     *
     * @param type          the entity's type; MISC entities are never linked
     * @param canonicalName the entity's name (as {@code TaggedEntity.name()}), not null
     * @param mentions      the texts of its mentions, tried after the name, longest first; not null
     * @param context       the story's place context, not null ({@link LinkContext#none()} for none)
     * @return the link, or empty when the entity is in no list
     */
    public Optional<Link> link(EntityType type, String canonicalName, List<String> mentions, LinkContext context) {
        Objects.requireNonNull(context, "context");
        List<String> names = names(canonicalName, mentions);
        switch (type) {
            case LOCATION -> {
                for (String name : names) {
                    int row = bestRow(name, context);
                    if (row >= 0) {
                        return Optional.of(places.link(row));
                    }
                }
                // Taggers often call the EU or the UN a location ("in the European Union").
                return known(EntityType.ORGANIZATION, names);
            }
            case ORGANIZATION, PERSON -> {
                return known(type, names);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /**
     * The best place of this name in this context, whatever the entity type.
     *
     * @param name    a place name as written, not null
     * @param context the story's place context, not null
     * @return the place, or empty when no place has this name
     */
    public Optional<Link> place(String name, LinkContext context) {
        int row = bestRow(name, context);
        return row < 0 ? Optional.empty() : Optional.of(places.link(row));
    }

    /**
     * A place written with the place that contains it ("Atlanta, Georgia", "VALENCIA, Spain", "London, Ontario"):
     * the best pair of readings in which the outer place is the inner one's country, or its first-level division,
     * so that the pair says which Georgia and which Valencia are meant.
     *
     * @param inner   the first name ("Atlanta"), not null
     * @param outer   the name after the comma ("Georgia"), not null
     * @param context the story's place context, not null
     * @return {inner link, outer link}, or empty when no reading of the outer place contains a reading of the inner
     */
    public Optional<Link[]> placeWithin(String inner, String outer, LinkContext context) {
        int bestInner = -1;
        int bestOuter = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String innerKey : Names.variants(inner)) {
            for (int in : places.rows(innerKey)) {
                for (String outerKey : Names.variants(outer)) {
                    for (int out : places.rows(outerKey)) {
                        if (in == out || !contains(out, in)) {
                            continue;
                        }
                        double score = score(in, innerKey, context) + score(out, outerKey, context);
                        if (score > bestScore) {
                            bestInner = in;
                            bestOuter = out;
                            bestScore = score;
                        }
                    }
                }
            }
        }
        return bestInner < 0 ? Optional.empty()
                : Optional.of(new Link[] {places.link(bestInner), places.link(bestOuter)});
    }

    /** Whether the place of row {@code outer} is the country or the first-level division of row {@code inner}. */
    private boolean contains(int outer, int inner) {
        String cc = places.countryCode(outer);
        if (cc.isEmpty() || !cc.equals(places.countryCode(inner)) || places.featureCode(inner).startsWith("PCL")) {
            return false;
        }
        String code = places.featureCode(outer);
        if (code.startsWith("PCL")) {
            return true;
        }
        return code.equals("ADM1") && !places.featureCode(inner).equals("ADM1")
                && places.admin1(outer).equals(places.admin1(inner));
    }

    /**
     * The place context of a story: the dateline place resolved on its own (by population and kind), then each
     * other place name resolved against the dateline, their countries collected.
     *
     * @param datelinePlace the dateline's place name ("PRISTINA", "Paris, Texas" is not split: pass "Texas" or
     *                      "Paris"), or null when the story has none
     * @param placeNames    names of the story's LOCATION entities, not null
     * @return the context; {@link LinkContext#none()}-like when nothing resolves
     */
    public LinkContext contextFor(String datelinePlace, Collection<String> placeNames) {
        String country = null;
        String admin1 = null;
        if (datelinePlace != null && !datelinePlace.isBlank()) {
            int row = bestRow(datelinePlace, LinkContext.none());
            if (row >= 0 && !places.countryCode(row).isEmpty()) {
                country = places.countryCode(row);
                String code = places.featureCode(row);
                admin1 = code.startsWith("PCL") || places.admin1(row).isEmpty() ? null : places.admin1(row);
            }
        }
        LinkContext dateline = new LinkContext(country, admin1, Set.of());
        Set<String> story = new HashSet<>();
        if (country != null) {
            story.add(country);
        }
        for (String name : placeNames) {
            int row = bestRow(name, dateline);
            // A continent has no country and says nothing about which homonym is meant.
            if (row >= 0 && !places.countryCode(row).isEmpty()) {
                story.add(places.countryCode(row));
            }
        }
        return new LinkContext(country, admin1, story);
    }

    private Optional<Link> known(EntityType type, List<String> names) {
        for (String name : names) {
            Optional<Link> link = entities.find(type, name);
            if (link.isPresent()) {
                return link;
            }
        }
        return Optional.empty();
    }

    private static List<String> names(String canonicalName, List<String> mentions) {
        Set<String> out = new LinkedHashSet<>();
        out.add(Objects.requireNonNull(canonicalName, "canonicalName"));
        List<String> sorted = new ArrayList<>(mentions);
        sorted.sort((a, b) -> b.length() - a.length());
        out.addAll(sorted);
        return new ArrayList<>(out);
    }

    /** The best-scoring row for the first variant of {@code name} that names any place; -1 if none does. */
    private int bestRow(String name, LinkContext context) {
        for (String key : Names.variants(name)) {
            int[] rows = places.rows(key);
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int row : rows) {
                if (genericDivision(row) && !inContext(places.countryCode(row), context)) {
                    continue;
                }
                double score = score(row, key, context);
                if (score > bestScore) {
                    best = row;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        return -1;
    }

    /** Whether the row is a first-level division named only by {@link #GENERIC_WORDS}. */
    private boolean genericDivision(int row) {
        if (!places.featureCode(row).equals("ADM1")) {
            return false;
        }
        for (String word : WORD_BREAK.split(Names.key(places.name(row)))) {
            if (!word.isEmpty() && !GENERIC_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean inContext(String countryCode, LinkContext context) {
        return countryCode.equals(context.datelineCountry()) || context.storyCountries().contains(countryCode);
    }

    double score(int row, String key, LinkContext context) {
        double score = Math.log10(places.population(row) + 10.0);
        String code = places.featureCode(row);
        if (code.startsWith("PCL")) {
            score += COUNTRY_BONUS;
        } else if (code.equals(PlaceIndex.CONTINENT)) {
            score += CONTINENT_BONUS;
        } else if (code.equals("ADM1")) {
            score += ADMIN1_BONUS;
        } else if (code.equals("PPLC")) {
            score += CAPITAL_BONUS;
        } else if (code.equals("PPLA")) {
            score += SEAT_BONUS;
        }
        String cc = places.countryCode(row);
        if (cc.equals(context.datelineCountry())) {
            score += DATELINE_COUNTRY_BONUS;
            if (context.datelineAdmin1() != null && context.datelineAdmin1().equals(places.admin1(row))) {
                score += DATELINE_ADMIN1_BONUS;
            }
        }
        // Once per country: a story datelined New York that also names the US gives Paris, Texas no more than a
        // dateline does, which does not outweigh a world capital; the dateline's state does.
        if (context.storyCountries().contains(cc) && !cc.equals(context.datelineCountry())) {
            score += STORY_COUNTRY_BONUS;
        }
        if (!places.isPrimaryName(row, key)) {
            score += ALTERNATIVE_NAME_PENALTY;
        }
        return score;
    }
}
