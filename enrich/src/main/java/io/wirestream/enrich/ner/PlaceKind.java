package io.wirestream.enrich.ner;

import java.util.Locale;

/** Kinds of gazetteer entries, strongest first (see {@code gazetteer/LICENSE-places.md} for the sources). */
public enum PlaceKind {
    /** A country or territory, by its common, official or alternative name ("Bosnia and Herzegovina", "UK"). */
    COUNTRY,
    /** A world region or subregion ("Europe", "Southeast Europe"). */
    REGION,
    /** A capital city. */
    CAPITAL,
    /** A large city. */
    CITY,
    /** A first-level administrative division (state, province). */
    ADMIN,
    /** An English demonym ("Serbian", "Americans"): not a place, but never a person or organisation either. */
    DEMONYM;

    /** Whether names of this kind are locations (everything but {@link #DEMONYM}). */
    public boolean isPlace() {
        return this != DEMONYM;
    }

    /**
     * Whether a name of this kind is so clearly a place that it rules out a person reading of a name that
     * contains it ("Free Europe" is no person). Cities and capitals do not: many are also surnames.
     */
    public boolean blocksPerson() {
        return this == COUNTRY || this == REGION || this == DEMONYM;
    }

    /** Parses the kind column of {@code places.tsv} ("country", "city", ...). */
    public static PlaceKind parse(String column) {
        return valueOf(column.trim().toUpperCase(Locale.ROOT));
    }
}
