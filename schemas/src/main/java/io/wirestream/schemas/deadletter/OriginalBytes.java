package io.wirestream.schemas.deadletter;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The bytes a dead letter keeps of its input: all of them up to a cap, else a prefix, with the
 * complete input's length and SHA-256 either way, so that a truncated payload can still be matched
 * to the file kept by its source.
 *
 * @param kept the bytes kept (the whole input, or its first {@code kept.length} bytes); not null,
 *     not copied: the caller hands it over
 * @param length length of the complete input, at least {@code kept.length}
 * @param sha256 lower-case hex SHA-256 of the complete input, not null
 */
public record OriginalBytes(byte[] kept, long length, String sha256) {

    public OriginalBytes {
        Objects.requireNonNull(kept, "kept");
        Objects.requireNonNull(sha256, "sha256");
        if (length < kept.length) {
            throw new IllegalArgumentException("length " + length + " is less than the " + kept.length + " bytes kept");
        }
    }

    /** Whether only a prefix of the input is kept. */
    public boolean truncated() {
        return kept.length < length;
    }

    /**
     * Keeps {@code bytes} whole if they fit in {@code cap}, else their first {@code cap} bytes.
     *
     * @param bytes the complete input, not null; not modified (what is kept is a copy)
     * @param cap most bytes to keep, not negative
     */
    public static OriginalBytes of(byte[] bytes, int cap) {
        checkCap(cap);
        MessageDigest digest = newDigest();
        digest.update(bytes);
        return new OriginalBytes(Arrays.copyOf(bytes, Math.min(bytes.length, cap)), bytes.length,
                HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * Reads {@code in} to its end, keeping at most its first {@code cap} bytes while hashing and
     * counting all of them. Memory use is bounded by {@code cap} whatever the input's size.
     *
     * @throws IOException from the stream
     */
    public static OriginalBytes read(InputStream in, int cap) throws IOException {
        checkCap(cap);
        MessageDigest digest = newDigest();
        byte[] head = in.readNBytes(cap);
        digest.update(head);
        long length = head.length;
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
            length += n;
        }
        return new OriginalBytes(head, length, HexFormat.of().formatHex(digest.digest()));
    }

    private static void checkCap(int cap) {
        if (cap < 0) {
            throw new IllegalArgumentException("cap must not be negative: " + cap);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OriginalBytes other && length == other.length && sha256.equals(other.sha256)
                && Arrays.equals(kept, other.kept);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(kept), length, sha256);
    }

    @Override
    public String toString() {
        return "OriginalBytes[" + kept.length + " of " + length + " bytes, sha256=" + sha256 + "]";
    }
}
