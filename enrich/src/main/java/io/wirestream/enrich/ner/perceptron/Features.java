package io.wirestream.enrich.ner.perceptron;

import io.wirestream.enrich.ner.PlaceGazetteer;
import io.wirestream.enrich.ner.Token;
import java.util.List;
import java.util.Optional;

/**
 * Feature extraction for one document, hashed into buckets of a weight table. The constructor computes, once per
 * token, integer hashes of its surface forms (exact, lower case with digits as {@code 0}, collapsed shape
 * {@code Xx}, prefixes and suffixes of 1 to 4 letters), its gazetteer match, the case mode of its sentence
 * (normal, all-caps headline, title case) and document evidence: how the same word is written where
 * capitalisation is informative (not sentence-initial, not in a headline). {@link #local} then writes the
 * bucket indexes of a token's features without allocating; the templates are listed in its body.
 * {@link #setPredictions} adds the non-local features of the second pass (Ratinov &amp; Roth 2009: the type most
 * often given to the same word elsewhere in the document by the first pass).
 *
 * <p>Not thread-safe: one instance per document and thread.
 */
final class Features {

    /** Upper bound of features per token; {@link #local} never writes more. */
    static final int MAX = 64;
    /** Label code used for history before the sentence start. */
    static final int START = Labels.COUNT;

    private static final int NORMAL = 0;
    private static final int ALL_CAPS = 1;
    private static final int TITLE_CASE = 2;

    private final int mask;
    private final int size;
    private final int[] sentenceStart;
    private final int[] sentenceEnd;
    private final int[] word;
    private final int[] lower;
    private final int[] shape;
    private final int[] shapeClass;
    private final int[] prefixes; // 4 per token
    private final int[] suffixes; // 4 per token
    private final int[] gazetteer;
    private final int[] caseMode;
    private final int[] docCase;
    private final int[] predicted;

    /**
     * @param sentences the document
     * @param gazetteer places, not null
     * @param hashBits  log2 of the number of buckets
     */
    Features(List<List<Token>> sentences, PlaceGazetteer gazetteer, int hashBits) {
        this.mask = (1 << hashBits) - 1;
        int n = 0;
        for (List<Token> s : sentences) {
            n += s.size();
        }
        this.size = n;
        sentenceStart = new int[n];
        sentenceEnd = new int[n];
        word = new int[n];
        lower = new int[n];
        shape = new int[n];
        shapeClass = new int[n];
        prefixes = new int[4 * n];
        suffixes = new int[4 * n];
        this.gazetteer = new int[n];
        caseMode = new int[n];
        docCase = new int[n];
        predicted = new int[n];
        int at = 0;
        for (List<Token> s : sentences) {
            int start = at;
            int lettered = 0;
            int caps = 0;
            int capitalised = 0;
            for (Token t : s) {
                String text = t.text();
                surface(at, text);
                int cls = shapeClass[at];
                if (cls != CLASS_OTHER && cls != CLASS_NUMBER) {
                    lettered++;
                    if (cls == CLASS_CAPS || cls == CLASS_LETTER) {
                        caps++;
                    }
                    if (cls != CLASS_LOWER) {
                        capitalised++;
                    }
                }
                at++;
            }
            int mode = lettered >= 2 && caps * 10 >= lettered * 8 ? ALL_CAPS
                    : lettered >= 3 && capitalised * 10 >= lettered * 7 ? TITLE_CASE : NORMAL;
            for (int i = start; i < at; i++) {
                sentenceStart[i] = start;
                sentenceEnd[i] = at;
                caseMode[i] = mode;
            }
            markPlaces(s, start, mode, gazetteer);
        }
        documentCase();
    }

    /** Number of tokens in the document. */
    int size() {
        return size;
    }

    /**
     * Whether token {@code i} is certainly outside any name when no name is open before it: it is lower case, a
     * number or punctuation, and so are its neighbours in the sentence. Decoding labels such tokens O without
     * scoring them (most tokens of news text); names with lower-case parts ("Bank of England") have a
     * capitalised neighbour, and the model saw all such tokens as O in training anyway.
     */
    boolean plain(int i) {
        if (isNameLike(i)) {
            return false;
        }
        int from = sentenceStart[i];
        int to = sentenceEnd[i];
        return (i - 1 < from || !isNameLike(i - 1)) && (i + 1 >= to || !isNameLike(i + 1));
    }

    /** Whether any token of the sentence starting at {@code start} has second-pass (non-local) evidence. */
    boolean hasNonLocalEvidence(int start) {
        for (int i = start; i < sentenceEnd[start]; i++) {
            if (predicted[i] != 0) {
                return true;
            }
        }
        return false;
    }

    private boolean isNameLike(int i) {
        int cls = shapeClass[i];
        return cls != CLASS_LOWER && cls != CLASS_NUMBER && cls != CLASS_OTHER;
    }

    /** Index after the last token of the sentence holding token {@code i}. */
    int sentenceEnd(int i) {
        return sentenceEnd[i];
    }

    // --- surface forms ---------------------------------------------------------------------------------------

    private static final int CLASS_LOWER = 0;
    private static final int CLASS_CAPITALIZED = 1;
    private static final int CLASS_CAPS = 2;
    private static final int CLASS_MIXED = 3;
    private static final int CLASS_NUMBER = 4;
    private static final int CLASS_OTHER = 5;
    private static final int CLASS_LETTER = 6;

    private static final int FNV = 0x811C9DC5;
    private static final int PRIME = 16777619;

    /** Curly quotes and dashes as their ASCII forms, so wire text looks like the training text. */
    static char normal(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
            case '\u2013', '\u2014', '\u2012', '\u2212' -> '-';
            default -> c;
        };
    }

    private void surface(int at, String text) {
        int len = text.length();
        int w = FNV;
        int l = FNV;
        int sh = FNV;
        char lastShape = 0;
        int shapeLength = 0;
        int letters = 0;
        int upper = 0;
        int digits = 0;
        boolean firstUpper = false;
        for (int i = 0; i < len; i++) {
            char c = normal(text.charAt(i));
            w = (w ^ c) * PRIME;
            char lc;
            char sc;
            if (Character.isLetter(c)) {
                boolean up = Character.isUpperCase(c);
                if (letters == 0) {
                    firstUpper = up;
                }
                letters++;
                if (up) {
                    upper++;
                }
                lc = Character.toLowerCase(c);
                sc = up ? 'X' : 'x';
            } else if (Character.isDigit(c)) {
                digits++;
                lc = '0';
                sc = 'd';
            } else {
                lc = c;
                sc = c;
            }
            l = (l ^ lc) * PRIME;
            if (sc != lastShape && shapeLength < 8) {
                sh = (sh ^ sc) * PRIME;
                lastShape = sc;
                shapeLength++;
            }
            if (i < 4) {
                prefixes[4 * at + i] = l;
            }
        }
        for (int i = len; i < 4; i++) {
            prefixes[4 * at + i] = l ^ 0x5bd1e995; // shorter than i + 1: its own value
        }
        // Suffixes: hash the last k lower-case characters, k = 1..4.
        for (int k = 1; k <= 4; k++) {
            int h = FNV + k;
            for (int i = Math.max(0, len - k); i < len; i++) {
                char c = normal(text.charAt(i));
                h = (h ^ (Character.isDigit(c) ? '0' : Character.toLowerCase(c))) * PRIME;
            }
            suffixes[4 * at + k - 1] = h;
        }
        word[at] = w;
        lower[at] = l;
        shape[at] = sh;
        shapeClass[at] = letters == 0 ? (digits > 0 ? CLASS_NUMBER : CLASS_OTHER)
                : upper == letters ? (letters == 1 ? CLASS_LETTER : CLASS_CAPS)
                : firstUpper ? (upper == 1 ? CLASS_CAPITALIZED : CLASS_MIXED)
                : upper == 0 ? CLASS_LOWER : CLASS_MIXED;
    }

    private void markPlaces(List<Token> s, int start, int mode, PlaceGazetteer places) {
        int n = s.size();
        for (int i = 0; i < n; ) {
            int cls = shapeClass[start + i];
            if (cls == CLASS_LOWER || cls == CLASS_NUMBER || cls == CLASS_OTHER) {
                i++;
                continue;
            }
            Optional<PlaceGazetteer.Match> m = places.longestMatch(s, i, n, mode != NORMAL);
            if (m.isEmpty()) {
                i++;
                continue;
            }
            int kind = 1 + m.get().kind().ordinal();
            int end = m.get().end();
            if (end - i == 1) {
                gazetteer[start + i] = kind * 4 + 3;
            } else {
                gazetteer[start + i] = kind * 4;
                for (int j = i + 1; j < end - 1; j++) {
                    gazetteer[start + j] = kind * 4 + 1;
                }
                gazetteer[start + end - 1] = kind * 4 + 2;
            }
            i = end;
        }
    }

    /**
     * For each word, how it is written where case is informative: 0 never seen there, 1 only capitalised,
     * 2 only lower case, 3 both. Sentence-initial words and headline words learn from the rest of the story.
     */
    private void documentCase() {
        int capacity = Integer.highestOneBit(Math.max(16, size * 2)) << 1;
        int[] keys = new int[capacity];
        int[] values = new int[capacity];
        boolean[] used = new boolean[capacity];
        for (int i = 0; i < size; i++) {
            int cls = shapeClass[i];
            if (i == sentenceStart[i] || caseMode[i] != NORMAL || cls == CLASS_NUMBER || cls == CLASS_OTHER) {
                continue;
            }
            int slot = slot(keys, used, lower[i]);
            used[slot] = true;
            keys[slot] = lower[i];
            values[slot] |= cls == CLASS_LOWER ? 2 : 1;
        }
        for (int i = 0; i < size; i++) {
            int slot = slot(keys, used, lower[i]);
            docCase[i] = used[slot] ? values[slot] : 0;
        }
    }

    private static int slot(int[] keys, boolean[] used, int key) {
        int m = keys.length - 1;
        int slot = mix(key, 0x27d4eb2d) & m;
        while (used[slot] && keys[slot] != key) {
            slot = (slot + 1) & m;
        }
        return slot;
    }

    /**
     * Records the first pass's labels and derives, for each capitalised word, the type the first pass gave its
     * other occurrences most often: 0 none, else {@code 1 + 2 * type + (unanimous ? 0 : 1)}.
     *
     * @param labels first-pass label of each token of the document
     */
    void setPredictions(int[] labels) {
        int capacity = Integer.highestOneBit(Math.max(16, size * 2)) << 1;
        int[] keys = new int[capacity];
        boolean[] used = new boolean[capacity];
        int[] counts = new int[capacity * Labels.TYPES];
        for (int i = 0; i < size; i++) {
            if (labels[i] == Labels.O) {
                continue;
            }
            int slot = slot(keys, used, lower[i]);
            used[slot] = true;
            keys[slot] = lower[i];
            counts[slot * Labels.TYPES + Labels.type(labels[i]).ordinal()]++;
        }
        for (int i = 0; i < size; i++) {
            int cls = shapeClass[i];
            predicted[i] = 0;
            if (cls == CLASS_LOWER || cls == CLASS_NUMBER || cls == CLASS_OTHER) {
                continue;
            }
            int slot = slot(keys, used, lower[i]);
            if (!used[slot]) {
                continue;
            }
            int own = labels[i] == Labels.O ? -1 : Labels.type(labels[i]).ordinal();
            int best = -1;
            int bestCount = 0;
            int total = 0;
            for (int t = 0; t < Labels.TYPES; t++) {
                int c = counts[slot * Labels.TYPES + t] - (t == own ? 1 : 0);
                total += c;
                if (c > bestCount) {
                    best = t;
                    bestCount = c;
                }
            }
            if (best >= 0) {
                predicted[i] = 1 + 2 * best + (bestCount == total ? 0 : 1);
            }
        }
    }

    // --- feature templates -------------------------------------------------------------------------------------

    static int mix(int a, int b) {
        int h = a * 0x9E3779B1 + b;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    private int bucket(int template, int value) {
        return mix(template, value) & mask;
    }

    private int bucket(int template, int a, int b) {
        return mix(mix(template, a), b) & mask;
    }

    private int lowerAt(int j, int from, int to) {
        return j < from ? 0x1111 : j >= to ? 0x2222 : lower[j];
    }

    private int shapeAt(int j, int from, int to) {
        return j < from ? 0x3333 : j >= to ? 0x4444 : shape[j];
    }

    private int gazAt(int j, int from, int to) {
        return j < from || j >= to ? -1 : gazetteer[j];
    }

    /**
     * Writes the bucket indexes of token {@code i}'s features into {@code out}.
     *
     * @param i        token index in the document
     * @param prev1    label of the previous token, {@link #START} at the sentence start
     * @param prev2    label two tokens back, {@link #START} before the sentence start
     * @param nonLocal whether to add the second-pass features
     * @param out      at least {@link #MAX} entries
     * @return number of features written
     */
    int local(int i, int prev1, int prev2, boolean nonLocal, int[] out) {
        int from = sentenceStart[i];
        int to = sentenceEnd[i];
        int mode = caseMode[i];
        int cls = shapeClass[i];
        int lw = lower[i];
        int n = 0;
        out[n++] = bucket(1, 0); // bias
        out[n++] = bucket(2, word[i]);
        out[n++] = bucket(3, lw);
        out[n++] = bucket(4, shape[i]);
        out[n++] = bucket(5, cls, mode);
        for (int k = 0; k < 4; k++) {
            out[n++] = bucket(6 + k, prefixes[4 * i + k]);
            out[n++] = bucket(10 + k, suffixes[4 * i + k]);
        }
        // Context window of two tokens each side.
        out[n++] = bucket(14, lowerAt(i - 1, from, to));
        out[n++] = bucket(15, lowerAt(i + 1, from, to));
        out[n++] = bucket(16, lowerAt(i - 2, from, to));
        out[n++] = bucket(17, lowerAt(i + 2, from, to));
        out[n++] = bucket(18, i - 1 >= from ? word[i - 1] : 0x1111);
        out[n++] = bucket(19, i + 1 < to ? word[i + 1] : 0x2222);
        out[n++] = bucket(20, lowerAt(i - 1, from, to), lw);
        out[n++] = bucket(21, lw, lowerAt(i + 1, from, to));
        out[n++] = bucket(22, shapeAt(i - 1, from, to));
        out[n++] = bucket(23, shapeAt(i + 1, from, to));
        out[n++] = bucket(24, shapeAt(i - 1, from, to), shape[i]);
        out[n++] = bucket(25, shape[i], shapeAt(i + 1, from, to));
        out[n++] = bucket(26, mix(shapeAt(i - 1, from, to), shape[i]), shapeAt(i + 1, from, to));
        out[n++] = bucket(27, shapeAt(i - 2, from, to), shapeAt(i + 2, from, to));
        // Capitalisation in context: first word of a sentence, headline, title case.
        out[n++] = bucket(28, i == from ? 1 : 0, lw);
        out[n++] = bucket(29, mode, lw);
        out[n++] = bucket(30, mix(mode, i == from ? 1 : 0), cls);
        out[n++] = bucket(31, docCase[i], mix(cls, mode));
        out[n++] = bucket(32, docCase[i], i == from ? 1 : 0);
        // Gazetteer: the place match of this token and its neighbours.
        int g = gazetteer[i];
        out[n++] = bucket(33, g);
        out[n++] = bucket(34, g, cls);
        out[n++] = bucket(35, gazAt(i - 1, from, to), gazAt(i + 1, from, to));
        out[n++] = bucket(36, g, lowerAt(i - 1, from, to));
        // Label history.
        out[n++] = bucket(40, prev1);
        out[n++] = bucket(41, prev1, prev2);
        out[n++] = bucket(42, prev1, lw);
        out[n++] = bucket(43, prev1, shape[i]);
        out[n++] = bucket(44, prev1, lowerAt(i - 1, from, to));
        if (nonLocal) {
            int p = predicted[i];
            out[n++] = bucket(50, p);
            out[n++] = bucket(51, p, cls);
            out[n++] = bucket(52, p, prev1);
            out[n++] = bucket(53, p, lowerAt(i - 1, from, to));
            out[n++] = bucket(54, p, g);
            int pn = i + 1 < to ? predicted[i + 1] : -1;
            int pp = i - 1 >= from ? predicted[i - 1] : -1;
            out[n++] = bucket(55, pp, pn);
        }
        return n;
    }
}
