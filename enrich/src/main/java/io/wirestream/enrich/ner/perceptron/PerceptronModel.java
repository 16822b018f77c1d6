package io.wirestream.enrich.ner.perceptron;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The weights of the two-pass perceptron tagger: a first-pass table over local features and a second-pass table
 * over local and non-local features, each {@code 2^hashBits} buckets of {@link Labels#COUNT} floats.
 *
 * <p>File format (gzip): magic {@code WSNER}, format version, hash bits, label count, feature version; then for
 * each table its quantisation step (float) and its non-zero weights as (index delta, value / step) varint pairs.
 * Weights are held and stored as 16-bit steps of the table's largest weight (weights under half a step are
 * zero and not stored), so a model holds only hashed feature weights, never text.
 *
 * <p>Immutable after construction (the arrays are not exposed); thread-safe.
 */
public final class PerceptronModel {

    /** The classpath resource of the shipped model. */
    public static final String BUNDLED_RESOURCE = "/io/wirestream/enrich/ner/model/ner-en.bin.gz";
    /** Version of the feature templates in {@link Features}; a model from other templates is refused. */
    static final int FEATURE_VERSION = 1;

    private static final int MAGIC = 0x57534E45; // "WSNE"
    private static final int FORMAT = 1;
    private static final int LEVELS = 32767;

    private final int hashBits;
    private final Table local;
    private final Table global;

    /**
     * A table of weights quantised to 16-bit steps: half the memory of floats, and integer sums when scoring.
     *
     * @param weights {@link Labels#COUNT} steps per bucket
     * @param step    the weight of one step
     */
    record Table(short[] weights, float step) {
        static Table quantise(float[] table) {
            float max = 0f;
            for (float v : table) {
                max = Math.max(max, Math.abs(v));
            }
            float step = max == 0f ? 1f : max / LEVELS;
            short[] q = new short[table.length];
            for (int i = 0; i < table.length; i++) {
                q[i] = (short) Math.round(table[i] / step);
            }
            return new Table(q, step);
        }
    }

    PerceptronModel(int hashBits, float[] local, float[] global) {
        this(hashBits, Table.quantise(local), Table.quantise(global));
    }

    private PerceptronModel(int hashBits, Table local, Table global) {
        this.hashBits = hashBits;
        this.local = Objects.requireNonNull(local, "local");
        this.global = Objects.requireNonNull(global, "global");
        int expected = (1 << hashBits) * Labels.COUNT;
        if (local.weights().length != expected || global.weights().length != expected) {
            throw new IllegalArgumentException("weight tables must have " + expected + " entries");
        }
    }

    /** The shipped English model (CoNLL-2003 eng.train), loaded once on first use. */
    public static PerceptronModel bundled() {
        return Bundled.INSTANCE;
    }

    int hashBits() {
        return hashBits;
    }

    Table local() {
        return local;
    }

    Table global() {
        return global;
    }

    /**
     * Writes the model (gzip); the stream is finished but not closed.
     *
     * @param out where to write, not null
     * @throws IOException if writing fails
     */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        data.writeInt(MAGIC);
        data.writeInt(FORMAT);
        data.writeInt(hashBits);
        data.writeInt(Labels.COUNT);
        data.writeInt(FEATURE_VERSION);
        writeTable(data, local);
        writeTable(data, global);
        data.flush();
        gz.finish();
    }

    private static void writeTable(DataOutputStream data, Table table) throws IOException {
        short[] w = table.weights();
        int nonZero = 0;
        for (short v : w) {
            if (v != 0) {
                nonZero++;
            }
        }
        data.writeFloat(table.step());
        data.writeInt(nonZero);
        int last = -1;
        for (int i = 0; i < w.length; i++) {
            int q = w[i];
            if (q != 0) {
                writeVarint(data, i - last);
                writeVarint(data, (q << 1) ^ (q >> 31));
                last = i;
            }
        }
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @param in the gzip stream, read but not closed
     * @return the model
     * @throws IOException if the data is not a model of this version or reading fails
     */
    public static PerceptronModel read(InputStream in) throws IOException {
        // Inflate at once and parse the bytes directly: per-byte stream calls made loading take over a second.
        ByteBuffer data = ByteBuffer.wrap(new GZIPInputStream(in, 1 << 16).readAllBytes());
        try {
            if (data.getInt() != MAGIC) {
                throw new IOException("not a Wirestream NER model (bad magic)");
            }
            int format = data.getInt();
            int bits = data.getInt();
            int labels = data.getInt();
            int features = data.getInt();
            if (format != FORMAT || labels != Labels.COUNT || features != FEATURE_VERSION || bits < 4 || bits > 24) {
                throw new IOException("unsupported NER model: format " + format + ", " + labels
                        + " labels, feature version " + features + ", " + bits + " hash bits (expected format "
                        + FORMAT + ", " + Labels.COUNT + " labels, feature version " + FEATURE_VERSION + ")");
            }
            int size = (1 << bits) * Labels.COUNT;
            return new PerceptronModel(bits, readTable(data, size), readTable(data, size));
        } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IOException("NER model truncated", e);
        }
    }

    private static Table readTable(ByteBuffer data, int size) throws IOException {
        float step = data.getFloat();
        int nonZero = data.getInt();
        short[] table = new short[size];
        int at = -1;
        for (int k = 0; k < nonZero; k++) {
            at += readVarint(data);
            int z = readVarint(data);
            if (at < 0 || at >= size) {
                throw new IOException("NER model: weight index " + at + " out of range " + size);
            }
            table[at] = (short) ((z >>> 1) ^ -(z & 1));
        }
        return new Table(table, step);
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    private static int readVarint(ByteBuffer in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.get() & 0xFF;
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("NER model: bad varint");
    }

    private static final class Bundled {
        static final PerceptronModel INSTANCE = load();

        private static PerceptronModel load() {
            try (InputStream in = PerceptronModel.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("NER model missing from classpath: " + BUNDLED_RESOURCE);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
            }
        }
    }
}
