package io.wirestream.ingest.format.xml;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A cheap look at the first bytes of a possibly-XML input, for {@code detect}: the root element's
 * name and its start tag, found by skipping the declaration, comments, processing instructions
 * and a DOCTYPE. No parser runs; the head may be cut anywhere.
 *
 * @param prefix namespace prefix of the root element, empty when none
 * @param localName local name of the root element
 * @param startTag the root start tag as text (attributes and namespace declarations), possibly cut
 * @param doctype the DOCTYPE declaration text, empty when none
 * @param text the decoded head, for further signature checks
 */
public record XmlHead(String prefix, String localName, String startTag, String doctype, String text) {

    /**
     * Sniffs {@code head}; empty when it does not start (after whitespace and a BOM) with XML.
     * Never throws.
     */
    public static Optional<XmlHead> of(byte[] head) {
        try {
            return sniff(decodeHead(head));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the root start tag declares or uses {@code namespaceUri}. */
    public boolean declares(String namespaceUri) {
        return startTag.contains("\"" + namespaceUri) || startTag.contains("'" + namespaceUri);
    }

    private static String decodeHead(byte[] head) {
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == 0 && head[1] == '<'))) {
            return new String(head, StandardCharsets.UTF_16BE);
        }
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == '<' && head[1] == 0))) {
            return new String(head, StandardCharsets.UTF_16LE);
        }
        // Markup is ASCII in every encoding we accept; Latin-1 maps each byte to one char.
        return new String(head, StandardCharsets.ISO_8859_1);
    }

    private static Optional<XmlHead> sniff(String s) {
        int i = 0;
        String doctype = "";
        while (true) {
            while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF'
                    || s.startsWith("\u00EF\u00BB\u00BF", i))) {
                i += s.startsWith("\u00EF\u00BB\u00BF", i) ? 3 : 1;
            }
            if (i >= s.length() || s.charAt(i) != '<') {
                return Optional.empty();
            }
            if (s.startsWith("<?", i)) {
                int end = s.indexOf("?>", i);
                if (end < 0) {
                    return Optional.empty();
                }
                i = end + 2;
            } else if (s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i);
                if (end < 0) {
                    return Optional.empty();
                }
                i = end + 3;
            } else if (s.startsWith("<!DOCTYPE", i) || s.startsWith("<!doctype", i)) {
                int end = doctypeEnd(s, i);
                if (end < 0) {
                    return Optional.empty();
                }
                doctype = s.substring(i, end);
                i = end;
            } else {
                break;
            }
        }
        int nameStart = i + 1;
        int nameEnd = nameStart;
        while (nameEnd < s.length() && isNameChar(s.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd == nameStart) {
            return Optional.empty();
        }
        String qname = s.substring(nameStart, nameEnd);
        int tagEnd = s.indexOf('>', nameEnd);
        String startTag = s.substring(i, tagEnd < 0 ? s.length() : tagEnd + 1);
        int colon = qname.indexOf(':');
        return Optional.of(new XmlHead(colon < 0 ? "" : qname.substring(0, colon), qname.substring(colon + 1),
                startTag, doctype, s));
    }

    private static int doctypeEnd(String s, int from) {
        int depth = 0;
        for (int j = from; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return j + 1;
            }
        }
        return -1;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == ':' || c == '_' || c == '-' || c == '.';
    }
}
