package io.wirestream.enrich.ner.perceptron;

import io.wirestream.enrich.ner.EntityType;
import io.wirestream.enrich.ner.TokenSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * The BILOU label set over the four {@link EntityType}s: label 0 is {@code O}; for type index {@code t} (its
 * ordinal), {@code 1 + 4t} is B (begin), {@code 2 + 4t} I (inside), {@code 3 + 4t} L (last) and {@code 4 + 4t}
 * U (unit, a one-token name). BILOU beats BIO for greedy decoding (Ratinov &amp; Roth 2009, section 3).
 * Stateless.
 */
public final class Labels {

    /** Number of entity types. */
    static final int TYPES = EntityType.values().length;
    /** Number of labels: O plus four per type. */
    public static final int COUNT = 1 + 4 * TYPES;
    /** The outside label. */
    public static final int O = 0;

    private static final int B = 0;
    private static final int I = 1;
    private static final int L = 2;
    private static final int U = 3;
    private static final EntityType[] TYPE_VALUES = EntityType.values();

    private Labels() {
    }

    /** The label of {@code position} (0 B, 1 I, 2 L, 3 U) of {@code type}. */
    static int of(EntityType type, int position) {
        return 1 + 4 * type.ordinal() + position;
    }

    /** The type of a non-O label. */
    static EntityType type(int label) {
        return TYPE_VALUES[(label - 1) >> 2];
    }

    private static int position(int label) {
        return (label - 1) & 3;
    }

    /**
     * Whether {@code label} may follow {@code previous} ({@code -1} for the sentence start): after O, L or U
     * comes O, B or U; after B or I of a type comes I or L of the same type.
     */
    static boolean allowed(int previous, int label) {
        boolean open = previous > 0 && position(previous) <= I;
        if (label == O) {
            return !open;
        }
        int p = position(label);
        if (!open) {
            return p == B || p == U;
        }
        return (p == I || p == L) && type(label) == type(previous);
    }

    /** Whether a label may end a sentence (no entity left open). */
    static boolean allowedLast(int label) {
        return label == O || position(label) >= L;
    }

    /** A short name for the label: {@code O}, {@code B-PERSON}, ... */
    public static String name(int label) {
        return label == O ? "O" : "BILU".charAt(position(label)) + "-" + type(label).name();
    }

    /**
     * Encodes spans as BILOU labels.
     *
     * @param spans names of one sentence, not overlapping
     * @param size  number of tokens
     * @return one label per token
     */
    public static int[] encode(List<TokenSpan> spans, int size) {
        int[] labels = new int[size];
        for (TokenSpan s : spans) {
            if (s.end() - s.start() == 1) {
                labels[s.start()] = of(s.type(), U);
                continue;
            }
            labels[s.start()] = of(s.type(), B);
            for (int i = s.start() + 1; i < s.end() - 1; i++) {
                labels[i] = of(s.type(), I);
            }
            labels[s.end() - 1] = of(s.type(), L);
        }
        return labels;
    }

    /**
     * Decodes labels into spans, leniently: an I or L with no open name of its type opens one, a B or U closes
     * what is open, and a name left open at the end is closed there.
     *
     * @param labels one label per token, from {@code from} to {@code to}
     * @return spans with indexes relative to {@code from}
     */
    public static List<TokenSpan> decode(int[] labels, int from, int to) {
        List<TokenSpan> out = new ArrayList<>();
        int openStart = -1;
        EntityType openType = null;
        for (int i = from; i < to; i++) {
            int label = labels[i];
            if (label == O) {
                if (openType != null) {
                    out.add(new TokenSpan(openType, openStart - from, i - from));
                    openType = null;
                }
                continue;
            }
            EntityType type = type(label);
            int p = position(label);
            boolean continues = openType == type && (p == I || p == L);
            if (!continues && openType != null) {
                out.add(new TokenSpan(openType, openStart - from, i - from));
                openType = null;
            }
            if (!continues) {
                openStart = i;
                openType = type;
            }
            if (p == L || p == U) {
                out.add(new TokenSpan(openType, openStart - from, i + 1 - from));
                openType = null;
            }
        }
        if (openType != null) {
            out.add(new TokenSpan(openType, openStart - from, to - from));
        }
        return out;
    }
}
