package io.wirestream.ingest.format.xml;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Body paragraphs from XML body markup: NITF {@code body.content}, inline XHTML, NewsML-G2
 * {@code inlineXML}. Text is split at block elements (XHTML and NITF), markup whitespace collapses,
 * and elements that are not body copy are left out (media and their captions, scripts, styles,
 * NITF {@code body.head} and {@code body.end} metadata). Unknown inline elements (STT's
 * {@code <Company>}) keep their text. Stateless and thread-safe.
 */
public final class XmlText {

    /** Elements that end one paragraph and start the next (XHTML plus NITF body blocks). */
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "header", "footer", "aside", "address", "blockquote", "pre",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "caption",
            "hr", "body", "br",
            // NITF 3.x body.content blocks.
            "block", "hl1", "hl2", "bq", "fn", "note", "nitf-table", "nitf-table-summary", "credit", "tagline");

    /** Elements whose text is not body copy. */
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "head", "title", "object", "embed", "svg", "math", "figure", "iframe",
            // NITF: pictures and their captions are associations, not copy.
            "media", "media-reference", "media-caption", "media-producer", "media-metadata", "media-object",
            "nitf-table-metadata", "body.head", "body.end", "identified-content");

    /** Table cells: a row stays one paragraph, but its cells must not run together ("Cox22%"). */
    private static final Set<String> CELLS = Set.of("td", "th");

    private static final Pattern WHITESPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

    private XmlText() {
    }

    /** The paragraphs under {@code root}, in order; empty for null. */
    public static List<String> paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        if (root == null) {
            return out;
        }
        StringBuilder current = new StringBuilder();
        walk(root, current, out);
        flush(current, out);
        return out;
    }

    private static void walk(Node node, StringBuilder current, List<String> out) {
        walk(node, current, out, false);
    }

    private static void walk(Node node, StringBuilder current, List<String> out, boolean pre) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Text text) {
                if (pre) {
                    // Preformatted text (results, listings) keeps its lines: each is a paragraph,
                    // as Paragraphs.fromHtml does, instead of one run-on paragraph.
                    String[] lines = text.getData().split("\\R", -1);
                    for (int i = 0; i < lines.length; i++) {
                        if (i > 0) {
                            flush(current, out);
                        }
                        current.append(lines[i]);
                    }
                } else {
                    current.append(text.getData());
                }
            } else if (n instanceof Element e) {
                String name = Dom.name(e).toLowerCase(java.util.Locale.ROOT);
                if (SKIPPED.contains(name)) {
                    continue;
                }
                boolean block = BLOCKS.contains(name);
                if (block) {
                    flush(current, out);
                }
                if (CELLS.contains(name)) {
                    current.append(' ');
                }
                walk(e, current, out, pre || name.equals("pre"));
                if (CELLS.contains(name)) {
                    current.append(' ');
                }
                if (block) {
                    flush(current, out);
                }
            }
        }
    }

    private static void flush(StringBuilder current, List<String> out) {
        String paragraph = WHITESPACE.matcher(current).replaceAll(" ").strip();
        if (!paragraph.isEmpty()) {
            out.add(paragraph);
        }
        current.setLength(0);
    }
}
