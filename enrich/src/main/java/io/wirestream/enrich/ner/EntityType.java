package io.wirestream.enrich.ner;

/** Entity types the taggers produce; {@link #name()} is the value written to {@code Entity.type}. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    /** Other names: nationalities and other demonyms, events, works, laws, products (CoNLL-2003 {@code MISC}). */
    MISC
}
