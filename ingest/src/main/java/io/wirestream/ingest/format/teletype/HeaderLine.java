package io.wirestream.ingest.format.teletype;

import static io.wirestream.ingest.format.teletype.ControlCodes.SOH;
import static io.wirestream.ingest.format.teletype.ControlCodes.STX;
import static io.wirestream.ingest.format.teletype.ControlCodes.SYN;

import java.nio.charset.StandardCharsets;

/**
 * The first line of a teletype stream, as detection sees it: line padding (SYN, NUL, blanks)
 * skipped, whether an SOH opened the message, and the header line up to its line end or STX.
 * ANPA-1312 and IPTC 7901 differ only in what the header line must look like.
 *
 * @param text    the head of the stream decoded as ISO-8859-1 (every byte one char)
 * @param soh     whether the header was preceded by SOH
 * @param line    the header line, without SOH and line end
 * @param lineEnd where the header line ends in {@code text}
 */
public record HeaderLine(String text, boolean soh, String line, int lineEnd) {

    /** The header line of the stream whose first bytes are {@code head}. */
    public static HeaderLine of(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int i = 0;
        while (i < text.length() && (text.charAt(i) == SYN || text.charAt(i) == '\0'
                || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        boolean soh = i < text.length() && text.charAt(i) == SOH;
        int start = soh ? i + 1 : i;
        int end = lineEnd(text, start);
        return new HeaderLine(text, soh, text.substring(start, end), end);
    }

    /** The end of the line starting at {@code from}: the next CR, LF or STX, or the text's end. */
    public static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == STX) {
                return i;
            }
        }
        return text.length();
    }
}
