package io.wirestream.enrich.link;

import java.util.Set;

/**
 * What a story says about where it is, used to choose among homonymous places ("Paris" in a story datelined
 * Texas is Paris, Texas). Build it with {@link EntityLinker#contextFor(String, java.util.Collection)} from the
 * dateline and the story's place names, or directly.
 *
 * @param datelineCountry ISO 3166-1 alpha-2 code of the dateline's country, or null when unknown
 * @param datelineAdmin1  GeoNames first-level division code of the dateline within its country ("TX"), or null
 * @param storyCountries  countries of the other places the story names (codes), not null, may be empty
 */
public record LinkContext(String datelineCountry, String datelineAdmin1, Set<String> storyCountries) {

    private static final LinkContext NONE = new LinkContext(null, null, Set.of());

    public LinkContext {
        storyCountries = Set.copyOf(storyCountries);
    }

    /** No context: homonyms are chosen by population and kind alone. */
    public static LinkContext none() {
        return NONE;
    }

    /** A context with only a dateline country. */
    public static LinkContext dateline(String countryCode) {
        return new LinkContext(countryCode, null, Set.of());
    }
}
