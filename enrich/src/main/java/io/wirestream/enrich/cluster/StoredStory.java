package io.wirestream.enrich.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What {@link ClusterStore} keeps per story, and its byte form in the store and its changelog. The form
 * starts with a format number so that it can evolve: the changelog outlives any one release.
 *
 * @param seenAt      record timestamp of the story's last version, epoch millis
 * @param clusterId   the cluster the story is in (its own id while alone)
 * @param killed      the story was killed: it keeps its cluster but is no candidate any more
 * @param fingerprint what it is compared by
 */
public record StoredStory(long seenAt, String clusterId, boolean killed, Fingerprint fingerprint) {

    private static final byte FORMAT = 1;

    /** This story killed, not indexed any more. */
    public StoredStory kill() {
        return new StoredStory(seenAt, clusterId, true, fingerprint);
    }

    /** The byte form. */
    public byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeLong(seenAt);
            out.writeUTF(clusterId);
            out.writeBoolean(killed);
            out.writeInt(fingerprint.shingles().length);
            out.write(fingerprint.shingles());
            EventSignature event = fingerprint.event();
            out.writeInt(event.terms().length);
            for (int i = 0; i < event.terms().length; i++) {
                out.writeLong(event.terms()[i]);
                out.writeFloat(event.weights()[i]);
            }
            out.writeInt(fingerprint.bands().length);
            for (long band : fingerprint.bands()) {
                out.writeLong(band);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen in memory
        }
        return bytes.toByteArray();
    }

    /**
     * Reads the byte form.
     *
     * @throws IllegalArgumentException if the bytes are not a stored story of a known format
     */
    public static StoredStory decode(byte[] data) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            byte format = in.readByte();
            if (format != FORMAT) {
                throw new IllegalArgumentException("unknown stored-story format " + format);
            }
            long seenAt = in.readLong();
            String clusterId = in.readUTF();
            boolean killed = in.readBoolean();
            byte[] shingles = in.readNBytes(in.readInt());
            int terms = in.readInt();
            long[] keys = new long[terms];
            float[] weights = new float[terms];
            for (int i = 0; i < terms; i++) {
                keys[i] = in.readLong();
                weights[i] = in.readFloat();
            }
            long[] bands = new long[in.readInt()];
            for (int i = 0; i < bands.length; i++) {
                bands[i] = in.readLong();
            }
            return new StoredStory(seenAt, clusterId, killed,
                    new Fingerprint(shingles, new EventSignature(keys, weights), bands));
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated stored story", e);
        }
    }
}
