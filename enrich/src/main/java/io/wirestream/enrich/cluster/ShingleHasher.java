package io.wirestream.enrich.cluster;

import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import com.dynatrace.hash4j.similarity.SuperMinHashVersion;
import io.wirestream.enrich.text.Words;
import java.util.Locale;

/**
 * The near-duplicate fingerprint of a text: a SuperMinHash signature (128 components of 16 bits) over its
 * 4-word shingles, lower-cased words and numbers only, so punctuation, case and spacing do not count. The
 * fraction of equal components estimates the Jaccard similarity of the two shingle sets: a re-send with a
 * few words changed or a sentence added keeps most shingles, another story shares almost none.
 *
 * <p>Signatures are kept in a changelogged store, so the hash function, seed and hash4j policy version are
 * pinned: changing any of them makes old and new signatures incomparable.
 *
 * <p>Immutable and thread-safe (hash4j policies are; a hasher is created per call).
 */
public final class ShingleHasher {

    /** Words per shingle. */
    public static final int SHINGLE = 4;
    static final int COMPONENTS = 128;
    static final int BITS = 16;
    /** LSH: the first {@value #BANDS} x {@value #ROWS} components, a band per candidate key. */
    static final int BANDS = 16;
    static final int ROWS = 4;

    private static final Hasher64 HASH = Hashing.komihash5_0(0x5717_c1a5_7e25L);
    private final SimilarityHashPolicy policy = SimilarityHashing.superMinHash(COMPONENTS, BITS, SuperMinHashVersion.V1);

    /** The signature of {@code text}, or null when it has no words. */
    public byte[] signature(String text) {
        Words words = Words.scan(text);
        long[] tokens = new long[words.size()];
        int n = 0;
        for (int i = 0; i < words.size(); i++) {
            if (words.isWord(i) || words.isNumber(i)) {
                tokens[n++] = HASH.hashCharsToLong(normal(words.text(i)));
            }
        }
        if (n == 0) {
            return null;
        }
        int shingles = Math.max(1, n - SHINGLE + 1);
        long[] hashes = new long[shingles];
        for (int s = 0; s < shingles; s++) {
            HashStream64 stream = HASH.hashStream();
            for (int k = s; k < Math.min(n, s + SHINGLE); k++) {
                stream.putLong(tokens[k]);
            }
            hashes[s] = stream.getAsLong();
        }
        return policy.createHasher().compute(ElementHashProvider.ofValues(hashes));
    }

    private static String normal(String word) {
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /**
     * The estimated Jaccard similarity of the shingle sets behind two signatures, 0 to 1. Equal components
     * of {@value #BITS} bits also match by chance with probability 2^-16; that share is taken out.
     */
    public double similarity(byte[] a, byte[] b) {
        double equal = policy.getFractionOfEqualComponents(a, b);
        double chance = 1.0 / (1 << BITS);
        return Math.max(0.0, Math.min(1.0, (equal - chance) / (1 - chance)));
    }

    /**
     * The LSH band keys of a signature: two texts with Jaccard similarity J share at least one with
     * probability 1 - (1 - J^4)^16, about 0.64 at J = 0.5 and 0.96 at J = 0.7 (an event band usually finds
     * a re-send too).
     */
    public long[] bands(byte[] signature) {
        long[] bands = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            HashStream64 stream = HASH.hashStream().putInt(b);
            for (int r = 0; r < ROWS; r++) {
                stream.putLong(policy.getComponent(signature, b * ROWS + r));
            }
            bands[b] = stream.getAsLong();
        }
        return bands;
    }
}
