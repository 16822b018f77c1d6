package io.wirestream.ingest.format.xml;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an XML document to text the way real wire feeds need it.
 *
 * <ul>
 *   <li>A byte-order mark wins (UTF-8, UTF-16 BE/LE), as XML 1.0 appendix F says.
 *   <li>Otherwise the {@code encoding} of the XML declaration is used. ISO-8859-1 and US-ASCII are
 *       read as windows-1252, their superset in practice (agencies label cp1252 text "iso-8859-1";
 *       browsers do the same, per the WHATWG Encoding standard).
 *   <li>A declared or assumed UTF-8 whose bytes are not valid UTF-8 is read as windows-1252: such
 *       documents are Latin-1 mislabelled or unlabelled, and decoding them with replacement
 *       characters would lose every accented letter.
 * </ul>
 *
 * <p>Whitespace before the declaration (which XML forbids but feeds send) and the BOM are removed
 * from the returned text. Stateless and thread-safe.
 */
public final class XmlCharset {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private XmlCharset() {
    }

    /**
     * The text of {@code content}.
     *
     * @throws IllegalArgumentException if the declared encoding is unknown to the JVM, with a
     *     message naming it
     */
    public static String decode(byte[] content) {
        return stripLeading(decodeRaw(content));
    }

    /** The charset {@link #decode} would use for {@code content}, by name, for messages and tests. */
    public static Charset detect(byte[] content) {
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(content, 0xFE, 0xFF) || startsWith(content, 0x00, 0x3C)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0x3C, 0x00)) {
            return StandardCharsets.UTF_16LE;
        }
        String declared = declaredEncoding(content);
        if (declared == null) {
            return isUtf8(content) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        Charset charset;
        try {
            charset = Charset.forName(declared);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unsupported declared encoding '" + declared + "'");
        }
        if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
            return WINDOWS_1252;
        }
        if (charset.equals(StandardCharsets.UTF_8) && !isUtf8(content)) {
            return WINDOWS_1252;
        }
        if (charset.name().toUpperCase(Locale.ROOT).startsWith("UTF-16")) {
            // A UTF-16 declaration without BOM on bytes we sniffed as ASCII-compatible is a lie.
            return isUtf8(content) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        return charset;
    }

    private static String decodeRaw(byte[] content) {
        Charset charset = detect(content);
        int skip = 0;
        if (charset.equals(StandardCharsets.UTF_8) && startsWith(content, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if ((charset.equals(StandardCharsets.UTF_16BE) && startsWith(content, 0xFE, 0xFF))
                || (charset.equals(StandardCharsets.UTF_16LE) && startsWith(content, 0xFF, 0xFE))) {
            skip = 2;
        }
        return new String(content, skip, content.length - skip, charset);
    }

    /** The encoding named in the XML declaration, or null; the declaration is ASCII by spec. */
    static String declaredEncoding(byte[] content) {
        int start = 0;
        while (start < content.length && start < 256 && isXmlSpace(content[start])) {
            start++;
        }
        int limit = Math.min(content.length, start + 200);
        String head = new String(content, start, limit - start, StandardCharsets.ISO_8859_1);
        if (!head.startsWith("<?xml")) {
            return null;
        }
        int end = head.indexOf("?>");
        String declaration = end < 0 ? head : head.substring(0, end);
        Matcher m = ENCODING.matcher(declaration);
        return m.find() ? m.group(1) : null;
    }

    private static boolean isUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String stripLeading(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == '\uFEFF' || isXmlSpace(text.charAt(i)))) {
            i++;
        }
        return i == 0 ? text : text.substring(i);
    }

    private static boolean isXmlSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
