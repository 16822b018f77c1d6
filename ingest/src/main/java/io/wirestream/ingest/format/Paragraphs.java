package io.wirestream.ingest.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Splits body text into paragraphs, the way every format hands its body to {@code RawArticle}:
 * plain text, one paragraph per element, stripped, no empty paragraphs.
 */
public final class Paragraphs {

    /** Elements that end one paragraph and start the next. */
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "address",
            "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt",
            "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "hr", "center",
            "body");

    /**
     * Elements whose text is not body copy: scripts and styles, embedded objects, and figures
     * (their captions and photo credits describe the picture, not the story).
     */
    private static final Set<String> SKIPPED = Set.of(
            "script", "style", "noscript", "template", "head", "title", "iframe", "object", "embed",
            "svg", "math", "figure", "button", "select", "textarea");

    // Only markup whitespace collapses; a no-break space (as in "25 000") is part of the text.
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;\"'\u201d\u2019\u00bb)\\]]$");

    private static final Pattern MARKUP_WHITESPACE = Pattern.compile("[ \\t\\n\\r\\f]+");

    private Paragraphs() {
    }

    /**
     * One paragraph per non-blank line. Wire copy that arrives as plain text puts one paragraph on
     * each line (web-published copy is not hard-wrapped); a blank line between paragraphs is
     * allowed and ignored. Any line ending (LF, CRLF, CR) is accepted.
     */
    public static List<String> fromLines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /**
     * Paragraphs of plain text that may be hard-wrapped. Text is taken as wrapped when a line runs
     * on into the next: it does not end a sentence and the next line starts in lower case ("will
     * be extended by" / "three stops"). Wrapped text is joined into paragraphs ended by a blank
     * line or opened by an indented line, as on paper; any other text is one paragraph per line
     * ({@link #fromLines}), so that unwrapped copy is never run together.
     */
    public static List<String> fromPlainText(String text) {
        List<String> lines = text.lines().toList();
        if (!hardWrapped(lines)) {
            return fromLines(text);
        }
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank() || Character.isWhitespace(line.charAt(0))) {
                addStripped(paragraphs, current);
            }
            if (!line.isBlank()) {
                current.append(current.length() > 0 ? " " : "").append(line.strip());
            }
        }
        addStripped(paragraphs, current);
        return List.copyOf(paragraphs);
    }

    private static boolean hardWrapped(List<String> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i).strip();
            String next = lines.get(i + 1).strip();
            if (!line.isEmpty() && !next.isEmpty() && !SENTENCE_END.matcher(line).find()
                    && Character.isLowerCase(next.codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static void addStripped(List<String> paragraphs, StringBuilder current) {
        String paragraph = MARKUP_WHITESPACE.matcher(current).replaceAll(" ").strip();
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        current.setLength(0);
    }

    /**
     * Paragraphs of an HTML or XHTML fragment or document: text is split at block elements and
     * {@code <br>}, markup whitespace is collapsed, entities are decoded, and scripts, styles and
     * figures are left out. Nothing referenced by the markup is fetched.
     */
    public static List<String> fromHtml(String html) {
        Collector collector = new Collector();
        NodeTraversor.filter(collector, Jsoup.parse(html).body());
        collector.flush();
        return List.copyOf(collector.paragraphs);
    }

    private static final class Collector implements NodeFilter {
        final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int preDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendText(text.getWholeText());
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (SKIPPED.contains(name)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (name.equals("br") || BLOCKS.contains(name)) {
                    flush();
                }
                if (name.equals("pre")) {
                    preDepth++;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                if (element.normalName().equals("pre")) {
                    preDepth--;
                }
                flush();
            }
            return FilterResult.CONTINUE;
        }

        private void appendText(String text) {
            if (preDepth > 0) {
                // Preformatted text keeps its line structure: each line is a paragraph.
                String[] lines = text.split("\\R", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        flush();
                    }
                    current.append(lines[i]);
                }
                return;
            }
            current.append(MARKUP_WHITESPACE.matcher(text).replaceAll(" "));
        }

        void flush() {
            String paragraph = MARKUP_WHITESPACE.matcher(current).replaceAll(" ").strip();
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
            current.setLength(0);
        }
    }
}
