package io.wirestream.enrich.cluster;

import java.util.Arrays;

/**
 * What a story is compared by.
 *
 * @param shingles the {@link ShingleHasher} signature of the cleaned body
 * @param event    the {@link EventTerms} signature
 * @param bands    LSH band keys; a band's position is its number, so the same key in different bands
 *                 does not collide: near-duplicate bands first, then the event bands (none when the event
 *                 signature is empty)
 */
public record Fingerprint(byte[] shingles, EventSignature event, long[] bands) {

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && Arrays.equals(shingles, f.shingles) && event.equals(f.event)
                && Arrays.equals(bands, f.bands);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(shingles) + event.hashCode()) + Arrays.hashCode(bands);
    }

    @Override
    public String toString() {
        return "Fingerprint[" + event + ", " + bands.length + " bands]";
    }
}
