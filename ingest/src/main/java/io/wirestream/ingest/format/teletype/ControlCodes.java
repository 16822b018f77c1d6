package io.wirestream.ingest.format.teletype;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The ASCII control characters that frame teletype messages (ANPA-1312, IPTC 7901), and splitting
 * a stream into its messages.
 */
public final class ControlCodes {

    /** Start of heading: opens a message. */
    public static final char SOH = '\u0001';
    /** Start of text: ends the header, opens the story text. */
    public static final char STX = '\u0002';
    /** End of text: closes the story text; the trailer follows. */
    public static final char ETX = '\u0003';
    /** End of transmission: closes a message. */
    public static final char EOT = '\u0004';
    /** Synchronous idle: line padding before SOH (ANPA-1312 opens with SYN SYN SOH). */
    public static final char SYN = '\u0016';
    /** Delete: tape padding after the trailer. */
    public static final char DEL = '\u007f';

    private static final Pattern CARRIAGE_RETURNS = Pattern.compile("\r{2,}\n");

    private ControlCodes() {
    }

    /**
     * Splits a decoded stream into messages: each starts at an SOH (not included) and ends at the
     * next EOT or SOH. Text before the first SOH is returned first when it holds anything but
     * padding, so that a damaged stream that lost its first SOH still yields its story; padding
     * between messages is dropped.
     *
     * @return the messages in stream order, each without SOH and EOT, possibly empty
     */
    public static List<String> messages(String stream) {
        List<String> messages = new ArrayList<>();
        String[] parts = stream.split(String.valueOf(SOH), -1);
        for (String part : parts) {
            int eot = part.indexOf(EOT);
            String message = eot >= 0 ? part.substring(0, eot) : part;
            if (!isPadding(message)) {
                messages.add(message);
            }
        }
        return messages;
    }

    /** Whether {@code text} holds only whitespace, SYN, DEL, NUL, EOT or ETX. */
    public static boolean isPadding(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != SYN && c != DEL && c != '\0' && c != EOT && c != ETX) {
                return false;
            }
        }
        return true;
    }

    /**
     * The lines of {@code text}, split at CRLF, LF or a lone CR. A run of CRs before an LF
     * ({@code CR CR LF}, which teleprinter lines end with so the carriage has time to return) is
     * one line end, not a blank line after every line: blank lines separate paragraphs, so reading
     * it as two would cut every hard-wrapped paragraph into lines.
     */
    public static List<String> lines(String text) {
        return CARRIAGE_RETURNS.matcher(text).replaceAll("\n").lines().toList();
    }
}
