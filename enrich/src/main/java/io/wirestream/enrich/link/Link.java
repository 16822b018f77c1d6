package io.wirestream.enrich.link;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What an entity was linked to.
 *
 * @param label        canonical label of the linked thing ("Pristina", "NATO"), not null
 * @param wikidataId   Wikidata item id ("Q7184"), or null when none is known
 * @param geonamesId   GeoNames id, or 0 when none is known
 * @param latitude     WGS84 latitude in degrees, or {@link Double#NaN} when unknown
 * @param longitude    WGS84 longitude in degrees, or {@link Double#NaN} when unknown
 * @param featureClass GeoNames feature class ("P" populated place, "A" country or division, "L" continent), or
 *                     null for organisations and people
 * @param featureCode  GeoNames feature code ("PPLC", "PPLA", "PCLI", "ADM1", "CONT"), or null for organisations and
 *                     people
 * @param countryCode  ISO 3166-1 alpha-2 code of the place's country ("XK" for Kosovo, as GeoNames uses), or
 *                     null for continents, organisations and people
 */
public record Link(String label, String wikidataId, long geonamesId, double latitude, double longitude,
                   String featureClass, String featureCode, String countryCode) {

    public Link {
        Objects.requireNonNull(label, "label");
        if (geonamesId < 0) {
            throw new IllegalArgumentException("negative GeoNames id " + geonamesId + " for " + label);
        }
    }

    /** A link to a known organisation or person; {@code wikidataId} may be null (a seed entry without an id). */
    public static Link known(String label, String wikidataId) {
        return new Link(label, wikidataId, 0, Double.NaN, Double.NaN, null, null, null);
    }

    /** The Wikidata id, if known. */
    public Optional<String> wikidata() {
        return Optional.ofNullable(wikidataId);
    }

    /** The GeoNames id, if known. */
    public OptionalLong geonames() {
        return geonamesId == 0 ? OptionalLong.empty() : OptionalLong.of(geonamesId);
    }

    /** Whether latitude and longitude are known. */
    public boolean hasCoordinates() {
        return !Double.isNaN(latitude) && !Double.isNaN(longitude);
    }

    /** Whether this is a place (it has a GeoNames feature class). */
    public boolean isPlace() {
        return featureClass != null;
    }

    /**
     * A key that is equal for two links to the same real-world thing: the Wikidata id, else the GeoNames id,
     * else the feature, country and label (a division without a GeoNames id, a seed entry without a Wikidata id).
     */
    public String identity() {
        if (wikidataId != null) {
            return "wd:" + wikidataId;
        }
        if (geonamesId != 0) {
            return "gn:" + geonamesId;
        }
        return (isPlace() ? "place:" + countryCode + ":" + featureCode + ":" : "entry:") + label;
    }
}
