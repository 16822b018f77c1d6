package io.wirestream.ingest.format.html;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Metadata a page carries in its markup rather than in meta tags or JSON-LD: schema.org microdata
 * ({@code itemprop="datePublished"} on a {@code <time>}, an {@code itemprop="author"} item with
 * its {@code name}), and the byline a page prints ({@code rel="author"} links, an element whose
 * class is {@code byline} or {@code author}). Pages without JSON-LD often have only these.
 *
 * <p>Read before {@link MainContent} runs: it removes bylines from the document. Stateless.
 */
final class InPageMetadata {

    private static final Pattern BYLINE_CLASS = Pattern.compile("(?i)(?:^|[\\s_-])(?:byline|by-line|author|authors|author-name)(?:$|[\\s_-])");
    private static final Pattern BY = Pattern.compile("(?i)^(?:by|von|par|por|door|di|av)\\s+");
    private static final Pattern AND = Pattern.compile("\\s*(?:,\\s*and\\s+|\\s+and\\s+|,|\\s*&\\s*)\\s*");
    private static final int MAX_BYLINE_CHARS = 120;

    private InPageMetadata() {
    }

    /**
     * The value of the first microdata property {@code name} in the page: a {@code content},
     * {@code datetime} or {@code href} attribute (meta, time, link), else the element's text; null
     * when the page has none.
     */
    static String property(Document document, String name) {
        for (Element element : document.select("[itemprop]")) {
            if (!hasProperty(element, name)) {
                continue;
            }
            for (String attribute : new String[] {"content", "datetime"}) {
                String value = element.attr(attribute).strip();
                if (!value.isEmpty()) {
                    return value;
                }
            }
            String text = element.text().strip();
            if (!text.isEmpty()) {
                return text;
            }
        }
        return null;
    }

    /**
     * The authors the page names: microdata {@code author} items (their {@code name}, else their
     * text), else the text of {@code rel="author"} links, else a short byline element's text split
     * into names ("By A and B").
     */
    static List<String> authors(Document document) {
        Set<String> names = new LinkedHashSet<>();
        for (Element author : document.select("[itemprop]")) {
            if (hasProperty(author, "author") || hasProperty(author, "creator")) {
                Element name = author.selectFirst("[itemprop~=(?i)^name$]");
                String value = name != null ? name.text() : author.hasAttr("content") ? author.attr("content") : author.text();
                addName(names, value);
            }
        }
        if (names.isEmpty()) {
            for (Element link : document.select("a[rel~=(?i)^author$], link[rel~=(?i)^author$][title]")) {
                addName(names, link.normalName().equals("link") ? link.attr("title") : link.text());
            }
        }
        if (names.isEmpty()) {
            for (Element element : document.body() == null ? List.<Element>of() : document.body().getAllElements()) {
                String text = element.text().strip();
                if (BYLINE_CLASS.matcher(element.className()).find() && !text.isEmpty() && text.length() <= MAX_BYLINE_CHARS) {
                    for (String name : AND.split(BY.matcher(text).replaceFirst(""))) {
                        addName(names, name);
                    }
                    break;
                }
            }
        }
        return List.copyOf(names);
    }

    private static boolean hasProperty(Element element, String name) {
        // itemprop is a space-separated list of names.
        for (String property : element.attr("itemprop").strip().split("\\s+")) {
            if (property.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static void addName(Set<String> names, String value) {
        if (value == null) {
            return;
        }
        String name = BY.matcher(value.strip()).replaceFirst("").strip();
        if (!name.isEmpty() && name.length() <= MAX_BYLINE_CHARS && !name.contains("://")) {
            names.add(name);
        }
    }
}
