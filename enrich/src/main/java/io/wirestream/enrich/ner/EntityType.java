package io.wirestream.enrich.ner;

/** Entity types the taggers produce; {@link #name()} is the value written to {@code Entity.type}. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION
}
