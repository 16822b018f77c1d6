package io.wirestream.ingest.format.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes text that carries no charset declaration (teletype streams, plain agency copy, HTML
 * without a usable {@code <meta charset>}), deciding the charset from the bytes alone.
 *
 * <p>Order of evidence, strongest first:
 * <ol>
 *   <li>A byte order mark: UTF-8 ({@code EF BB BF}), UTF-16 BE ({@code FE FF}) or UTF-16 LE
 *       ({@code FF FE}). The mark is removed from the text.</li>
 *   <li>No mark but the zero bytes of UTF-16 (ASCII text in UTF-16 has a zero in every other byte):
 *       UTF-16 BE or LE by which half is zero.</li>
 *   <li>Valid UTF-8 (strict: no overlong forms, no surrogates): UTF-8. Pure ASCII is reported as
 *       UTF-8 too. Latin-1 text is almost never valid UTF-8 by accident (an accented letter would
 *       have to be followed by a continuation byte), so this test is reliable.</li>
 *   <li>Otherwise an 8-bit charset: <b>windows-1252</b> if any byte is in {@code 0x80..0x9F} (C1
 *       controls in ISO-8859-x, but curly quotes, dashes and the euro sign in windows-1252, which
 *       is what such bytes mean in real copy); <b>ISO-8859-15</b> if byte {@code 0xA4} stands next
 *       to a digit or a space before a digit ("12 \u20ac", "\u20ac5": the euro, where ISO-8859-1 has
 *       the never-used currency sign ¤); else <b>ISO-8859-1</b>.</li>
 * </ol>
 *
 * <p>The result never contains U+FFFD for valid input in the chosen charset; a UTF-16 text with
 * an unpaired surrogate is decoded with replacement characters rather than rejected. Stateless and
 * thread-safe.
 */
public final class TextDecoder {

    /** ISO-8859-15 (Latin-9): ISO-8859-1 with the euro sign and a few French/Finnish letters. */
    public static final Charset ISO_8859_15 = Charset.forName("ISO-8859-15");

    /** windows-1252: ISO-8859-1 with printable characters in {@code 0x80..0x9F}. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * Decoded text and the charset it was read as.
     *
     * @param text the text, without a byte order mark, not null
     * @param charset the charset chosen, not null
     * @param hadBom whether the input started with a byte order mark
     */
    public record Decoded(String text, Charset charset, boolean hadBom) {
        public Decoded {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(charset, "charset");
        }
    }

    private TextDecoder() {
    }

    /** Decodes a complete input; never throws for any byte sequence. */
    public static Decoded decode(byte[] bytes) {
        return decode(bytes, true);
    }

    /**
     * Decodes the head of an input, which may end in the middle of a multi-byte character: an
     * incomplete UTF-8 sequence at the very end is dropped instead of counting against UTF-8.
     */
    public static Decoded decodeHead(byte[] head) {
        return decode(head, false);
    }

    /** Returns the charset {@link #decode} would choose for {@code bytes}. */
    public static Charset detect(byte[] bytes) {
        return decode(bytes).charset();
    }

    private static Decoded decode(byte[] bytes, boolean complete) {
        Objects.requireNonNull(bytes, "bytes");
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(lenient(StandardCharsets.UTF_8, bytes, 3), StandardCharsets.UTF_8, true);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(lenient(StandardCharsets.UTF_16BE, bytes, 2), StandardCharsets.UTF_16BE, true);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(lenient(StandardCharsets.UTF_16LE, bytes, 2), StandardCharsets.UTF_16LE, true);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new Decoded(lenient(utf16, bytes, 0), utf16, false);
        }
        String utf8 = strictUtf8(bytes, complete);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8, false);
        }
        Charset eightBit = eightBit(bytes);
        return new Decoded(new String(bytes, eightBit), eightBit, false);
    }

    /**
     * The 8-bit charset the bytes' evidence points to (windows-1252, ISO-8859-15 or ISO-8859-1),
     * see the class comment; also used to correct a page labelled ISO-8859-1 that has
     * windows-1252 punctuation, as browsers do.
     */
    public static Charset eightBit(byte[] bytes) {
        boolean euroLike = false;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b >= 0x80 && b <= 0x9f) {
                return WINDOWS_1252;
            }
            if (b == 0xA4 && nextToAmount(bytes, i)) {
                euroLike = true;
            }
        }
        return euroLike ? ISO_8859_15 : StandardCharsets.ISO_8859_1;
    }

    private static boolean nextToAmount(byte[] bytes, int i) {
        return isDigit(bytes, i - 1) || isDigit(bytes, i + 1)
                || (byteAt(bytes, i - 1) == ' ' && isDigit(bytes, i - 2))
                || (byteAt(bytes, i + 1) == ' ' && isDigit(bytes, i + 2));
    }

    private static boolean isDigit(byte[] bytes, int i) {
        int b = byteAt(bytes, i);
        return b >= '0' && b <= '9';
    }

    private static int byteAt(byte[] bytes, int i) {
        return i >= 0 && i < bytes.length ? bytes[i] & 0xff : -1;
    }

    /**
     * UTF-16 without a mark: text of Latin letters has a zero byte in every other position. At least
     * 8 bytes, and 90 % of one half zero with almost none in the other.
     */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int pairs = Math.min(bytes.length, 512) / 2;
        if (pairs < 4) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            if (bytes[i] == 0) {
                evenZero++;
            }
            if (bytes[i + 1] == 0) {
                oddZero++;
            }
        }
        if (evenZero >= pairs * 9 / 10 && oddZero <= pairs / 20) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddZero >= pairs * 9 / 10 && evenZero <= pairs / 20) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static String strictUtf8(byte[] bytes, boolean complete) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        if (complete) {
            try {
                return decoder.decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return null;
            }
        }
        CharBuffer out = CharBuffer.allocate(bytes.length);
        // endOfInput=false: a sequence cut off by the head limit is incomplete, not malformed.
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, false);
        return result.isError() ? null : out.flip().toString();
    }

    private static String lenient(Charset charset, byte[] bytes, int offset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
