package io.wirestream.ingest.format.feed;

import io.wirestream.ingest.format.Detection;
import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.Paragraphs;
import io.wirestream.ingest.format.ParsedArticle;
import io.wirestream.ingest.format.ParsedArticle.Person;
import io.wirestream.ingest.format.WireFormat;
import io.wirestream.ingest.format.WireFormatException;
import io.wirestream.ingest.format.xml.Dom;
import io.wirestream.ingest.format.xml.XmlDates;
import io.wirestream.ingest.format.xml.XmlHead;
import io.wirestream.ingest.format.xml.XmlReader;
import io.wirestream.ingest.format.xml.XmlText;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * RSS 2.0 (also 0.9x and 1.0) and Atom 1.0 feeds: each {@code item} or {@code entry} is one
 * article, in feed order. Lenient as real feeds need: a leading newline or a missing declaration
 * is fine (the shared XML reader strips and sniffs). An RSS item without a title takes the first
 * sentence of its description as headline (metadata {@code headlineSource}); an item without any
 * text or any id (guid, id, link) is skipped; a feed with no usable item is rejected.
 *
 * <p>Field table (RSS / Atom):
 *
 * <pre>
 * id              guid / id; else link. A guid that is not a URI (no ':') is prefixed with the
 *                 link's host (or the provider): "www.example.org:12345", so it is unique across feeds
 * headline        title (HTML decoded to text)
 * body            content:encoded / content (html, xhtml or text), else description / summary; in Atom,
 *                 a vendor-namespace body (with its lead) when it is longer (WENN sends a placeholder content);
 *                 HTML decoded to paragraphs with jsoup, pull quotes and link-only lists ("More
 *                 from ...:") removed ({@code FeedHtml}); a last paragraph ending in ':' (the lead-in
 *                 of a dropped embed) is left out
 * subheadline     description / summary when a separate content is present and it is short text
 * times           pubDate (first and version created) / published (first), updated (version)
 * byline          author or dc:creator / author/name (the feed's author when the entry has none)
 * keywords        category / category/@term
 * language        channel/language or dc:language / xml:lang
 * provider        source hint; else channel/title / feed author name or title
 * associations    enclosure, media:content and media:group / link rel=enclosure, by reference ({@code FeedMedia})
 * rights          dc:rights, copyright / rights
 * metadata        link
 * </pre>
 *
 * <p>Detection: root {@code rss}, RDF with the RSS 1.0 namespace, or {@code feed} with the Atom
 * namespace: CERTAIN; a {@code feed} root without namespace: LIKELY. Stateless and thread-safe.
 */
public final class FeedFormat implements WireFormat {

    /** The format id. */
    public static final String ID = "feed";

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final int SHORT_SUMMARY = 600;
    private static final int DERIVED_TITLE = 150;
    private static final Pattern EMAIL_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Detection detect(byte[] head) {
        return XmlHead.of(head).map(h -> switch (h.localName()) {
            case "rss" -> Detection.CERTAIN;
            case "RDF" -> h.text().contains("http://purl.org/rss/1.0/") ? Detection.CERTAIN : Detection.NO_MATCH;
            case "feed" -> h.declares(ATOM) ? Detection.CERTAIN : Detection.LIKELY;
            default -> Detection.NO_MATCH;
        }).orElse(Detection.NO_MATCH);
    }

    @Override
    public List<ParsedArticle> parse(byte[] content, Origin origin) {
        Element root = XmlReader.parse(content, ID, origin).getDocumentElement();
        List<ParsedArticle> articles = switch (Dom.name(root)) {
            case "rss", "RDF" -> rss(root, origin);
            case "feed" -> atom(root, origin);
            default -> throw new WireFormatException(ID, origin, "root element is <" + Dom.name(root) + ">, not rss or feed");
        };
        if (articles.isEmpty()) {
            throw new WireFormatException(ID, origin, "no item or entry with a title and an id in the feed");
        }
        return List.copyOf(articles);
    }

    private List<ParsedArticle> rss(Element root, Origin origin) {
        Element channel = Dom.child(root, "channel");
        String provider = Dom.first(origin.provider(), plain(Dom.text(channel, "title")), "unknown");
        String language = Dom.first(Dom.text(channel, "language"), Dom.text(channel, "dc:language"), Dom.lang(root));
        List<ParsedArticle> articles = new ArrayList<>();
        for (Element item : Dom.descendants(root, "item")) {
            String title = plain(Dom.text(item, "title"));
            String link = Dom.text(item, "link");
            String id = id(Dom.text(item, "guid"), link, provider);
            String encoded = Dom.text(item, "encoded");
            String description = Dom.text(item, "description");
            List<String> body = dropDanglingLead(html(encoded != null ? encoded : description));
            boolean derivedTitle = title == null && !body.isEmpty();
            if (derivedTitle) {
                // RSS 2.0 makes title optional when there is a description (breaking-news feeds
                // send none): skipping the item would lose the story.
                title = firstSentence(body.get(0));
            }
            if (title == null || id == null) {
                continue;
            }
            ParsedArticle.Builder article = ParsedArticle.builder(id, title).provider(provider)
                    .language(Dom.first(Dom.text(item, "language"), language));
            article.metadata("link", link);
            article.metadata("headlineSource", derivedTitle ? "description" : null);
            article.body(body);
            if (encoded != null) {
                article.subheadline(summary(description));
            }
            Instant published = Dom.first(XmlDates.parse(Dom.text(item, "pubDate")), XmlDates.parse(Dom.text(item, "date")));
            article.firstCreated(published);
            article.versionCreated(Dom.first(XmlDates.parse(Dom.text(item, "modified")), published));
            String author = Dom.first(Dom.text(item, "creator"), authorName(Dom.text(item, "author")));
            article.byline(author);
            if (author != null) {
                article.person(new Person(author, "author", null));
            }
            List<String> keywords = new ArrayList<>();
            for (Element c : Dom.children(item, "category")) {
                addIfNew(keywords, Dom.text(c));
            }
            article.keywords(keywords);
            article.copyrightNotice(Dom.first(Dom.text(item, "rights"), Dom.text(channel, "copyright")));
            article.copyrightHolder(Dom.text(item, "rightsHolder"));
            FeedMedia.enclosures(item).forEach(article::association);
            FeedMedia.mediaContent(item).forEach(article::association);
            articles.add(article.build());
        }
        return articles;
    }

    private List<ParsedArticle> atom(Element feed, Origin origin) {
        String feedAuthor = Dom.text(Dom.child(feed, "author"), "name");
        String provider = Dom.first(origin.provider(), feedAuthor, plain(Dom.text(feed, "title")), "unknown");
        List<ParsedArticle> articles = new ArrayList<>();
        for (Element entry : Dom.children(feed, "entry")) {
            String title = text(Dom.child(entry, "title")).stream().findFirst().orElse(null);
            String link = alternate(entry);
            String id = id(Dom.text(entry, "id"), link, provider);
            if (title == null || id == null) {
                continue;
            }
            ParsedArticle.Builder article = ParsedArticle.builder(id, title).provider(provider).language(Dom.lang(entry));
            article.metadata("link", link);
            Element content = Dom.child(entry, "content");
            Element summary = Dom.child(entry, "summary");
            boolean hasContent = content != null && Dom.attr(content, "src") == null && Dom.text(content) != null;
            List<String> body = text(hasContent ? content : summary);
            article.body(VendorBody.of(entry, ATOM).filter(vendor -> longer(vendor, body)).orElse(body));
            if (hasContent && summary != null) {
                article.subheadline(summary(String.join(" ", text(summary))));
            }
            Instant published = XmlDates.parse(Dom.text(entry, "published"));
            Instant updated = XmlDates.parse(Dom.text(entry, "updated"));
            article.firstCreated(Dom.first(published, updated));
            article.versionCreated(Dom.first(updated, published));
            List<Element> authors = Dom.children(entry, "author");
            List<String> names = new ArrayList<>();
            for (Element a : authors) {
                addIfNew(names, Dom.text(a, "name"));
            }
            if (names.isEmpty() && feedAuthor != null) {
                names.add(feedAuthor);
            }
            names.forEach(n -> article.person(new Person(n, "author", null)));
            article.byline(names.isEmpty() ? null : String.join(", ", names));
            List<String> keywords = new ArrayList<>();
            for (Element c : Dom.children(entry, "category")) {
                addIfNew(keywords, Dom.first(Dom.attr(c, "label"), Dom.attr(c, "term")));
            }
            article.keywords(keywords);
            article.copyrightNotice(Dom.first(Dom.text(entry, "rights"), Dom.text(feed, "rights")));
            FeedMedia.enclosureLinks(entry).forEach(article::association);
            FeedMedia.mediaContent(entry).forEach(article::association);
            articles.add(article.build());
        }
        return articles;
    }

    /** The first sentence of a paragraph, at most {@value #DERIVED_TITLE} characters. */
    static String firstSentence(String paragraph) {
        int end = paragraph.indexOf(". ");
        String first = end > 0 && end < DERIVED_TITLE ? paragraph.substring(0, end + 1) : paragraph;
        return first.length() > DERIVED_TITLE ? first.substring(0, DERIVED_TITLE).strip() + "\u2026" : first;
    }

    private static boolean longer(List<String> a, List<String> b) {
        return a.stream().mapToInt(String::length).sum() > b.stream().mapToInt(String::length).sum();
    }

    /** Atom text constructs: type text (lines), html (escaped markup), xhtml (a div child). */
    private static List<String> text(Element construct) {
        if (construct == null) {
            return List.of();
        }
        String type = String.valueOf(Dom.attr(construct, "type")).toLowerCase(Locale.ROOT);
        if (type.equals("xhtml")) {
            return XmlText.paragraphs(construct);
        }
        if (type.equals("html") || type.endsWith("/html")) {
            return Paragraphs.fromHtml(FeedHtml.clean(construct.getTextContent()));
        }
        return Paragraphs.fromPlainText(construct.getTextContent());
    }

    private static String alternate(Element entry) {
        String first = null;
        for (Element l : Dom.children(entry, "link")) {
            String rel = Dom.attr(l, "rel");
            if (rel == null || rel.equals("alternate")) {
                return Dom.attr(l, "href");
            }
            first = first == null ? Dom.attr(l, "href") : first;
        }
        return null;
    }

    /** The item id: a URI-like guid as is, a bare guid qualified by the link host or provider. */
    static String id(String guid, String link, String provider) {
        if (guid != null && guid.indexOf(':') > 0) {
            return guid;
        }
        if (guid != null) {
            String host = host(link);
            String scope = host != null ? host : provider.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-");
            return scope + ":" + guid;
        }
        return link;
    }

    private static String host(String link) {
        if (link == null) {
            return null;
        }
        try {
            return URI.create(link.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Drops a last paragraph ending in a colon ("Also on HuffPost:"): it introduced an embed or a
     * slideshow that the HTML decoding left out, so it is a dangling lead-in, not copy.
     */
    private static List<String> dropDanglingLead(List<String> body) {
        if (body.size() > 1 && body.get(body.size() - 1).endsWith(":")) {
            return body.subList(0, body.size() - 1);
        }
        return body;
    }

    private static List<String> html(String text) {
        if (text == null) {
            return List.of();
        }
        return text.indexOf('<') >= 0 || text.indexOf('&') >= 0
                ? Paragraphs.fromHtml(FeedHtml.clean(text)) : Paragraphs.fromPlainText(text);
    }

    /** Plain text of a possibly-HTML title. */
    private static String plain(String text) {
        if (text == null) {
            return null;
        }
        if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            return text;
        }
        return Dom.clean(String.join(" ", Paragraphs.fromHtml(text)));
    }

    /** A short plain-text summary, or null when it is long (a full body) or empty. */
    private static String summary(String text) {
        String plain = plain(text);
        return plain != null && plain.length() <= SHORT_SUMMARY ? plain : null;
    }

    private static String authorName(String author) {
        if (author == null) {
            return null;
        }
        Matcher m = EMAIL_NAME.matcher(author);
        return m.matches() ? m.group(1).strip() : author;
    }

    private static void addIfNew(List<String> list, String value) {
        if (value != null && !list.contains(value)) {
            list.add(value);
        }
    }
}
