package io.wirestream.ingest.format.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.wirestream.ingest.format.Detection;
import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.Paragraphs;
import io.wirestream.ingest.format.ParsedArticle;
import io.wirestream.ingest.format.WireFormat;
import io.wirestream.ingest.format.WireFormatException;
import io.wirestream.ingest.format.text.TextDecoder;
import io.wirestream.ingest.format.xml.XmlDates;
import io.wirestream.schemas.PubStatus;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML article pages as a crawler or a partner's web feed delivers them.
 *
 * <p>Field table, first source that has a value wins:
 * <table>
 *   <caption>HTML source to article field</caption>
 *   <tr><td>id</td><td>{@code link rel=canonical}, {@code og:url}, JSON-LD {@code url} / {@code mainEntityOfPage}, else the origin name</td></tr>
 *   <tr><td>headline</td><td>JSON-LD {@code headline}, {@code og:title}, {@code <h1>}, {@code <title>}; a " - Site name" / " | Site" suffix is removed</td></tr>
 *   <tr><td>subheadline</td><td>{@code og:description}, {@code meta description}, JSON-LD {@code description}</td></tr>
 *   <tr><td>byline, bylines</td><td>JSON-LD {@code author} (names), {@code meta author}, {@code article:author} (not a URL, not the site itself)</td></tr>
 *   <tr><td>firstCreated</td><td>JSON-LD {@code datePublished}, {@code article:published_time}, {@code og:published_time}, {@code <time datetime>}</td></tr>
 *   <tr><td>versionCreated</td><td>JSON-LD {@code dateModified}, {@code article:modified_time}, {@code og:updated_time}, else firstCreated</td></tr>
 *   <tr><td>language</td><td>{@code <html lang>}, {@code content-language}, {@code og:locale}, microdata and JSON-LD {@code inLanguage}</td></tr>
 *   <tr><td>dateline</td><td>JSON-LD or microdata {@code dateline}</td></tr>
 *   <tr><td>provider</td><td>the origin's hint, {@code og:site_name}, JSON-LD {@code publisher.name}, the id's host</td></tr>
 *   <tr><td>section, keywords</td><td>{@code article:section}; JSON-LD {@code keywords}, {@code news_keywords}, {@code keywords}, {@code article:tag}</td></tr>
 *   <tr><td>body</td><td>main text ({@link MainContent}); JSON-LD {@code articleBody} when it is longer</td></tr>
 *   <tr><td>associations</td><td>{@code og:image} as a picture by reference</td></tr>
 * </table>
 * Version is 1 and pubStatus usable: a page says nothing about either.
 *
 * <p>Charset: a BOM, else {@code <meta charset>} / {@code http-equiv} in the first 4 KiB when the
 * bytes agree with it, else {@link TextDecoder}. Nothing the page references is fetched.
 * Stateless and thread-safe.
 */
public final class HtmlArticleFormat implements WireFormat {

    /** The format id. */
    public static final String ID = "html";

    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^(?:\\s|<!--.*?-->)*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*(<!doctype\\s+html|<html[\\s>])");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{2,40})");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[-|–—:•·»]+\\s+");
    private static final int MAX_HEADLINE_CHARS = 500;

    private final ObjectMapper mapper = JsonMapper.builder().build();

    @Override
    public String id() {
        return ID;
    }

    /**
     * {@link Detection#CERTAIN} for a document opening with {@code <!DOCTYPE html} or
     * {@code <html} (after a BOM, whitespace or comments); {@link Detection#LIKELY} when an XML
     * declaration comes first (XHTML). Any other root (NITF, NewsML, RSS, Atom) is
     * {@link Detection#NO_MATCH}.
     */
    @Override
    public Detection detect(byte[] head) {
        String text = TextDecoder.decodeHead(head).text();
        Matcher m = HTML_START.matcher(text);
        if (!m.find()) {
            return Detection.NO_MATCH;
        }
        return text.substring(0, m.start(1)).contains("<?xml") ? Detection.LIKELY : Detection.CERTAIN;
    }

    @Override
    public List<ParsedArticle> parse(byte[] content, Origin origin) {
        Document document = Jsoup.parse(decode(content), "");
        Element root = document.selectFirst("html");
        if (document.body() == null || document.body().text().isBlank() && document.select("meta").isEmpty()) {
            throw new WireFormatException(ID, origin, "empty HTML document");
        }
        List<JsonNode> ld = jsonLdArticles(document);

        String canonical = first(attr(document, "link[rel=canonical]", "href"), meta(document, "og:url"),
                ldText(ld, "url"), ldText(ld, "mainEntityOfPage"));
        String id = canonical != null ? canonical : origin.name();
        String siteName = first(meta(document, "og:site_name"), ldPublisher(ld));
        String headline = headline(document, ld, siteName);
        if (headline == null) {
            throw new WireFormatException(ID, origin, "no title, og:title or <h1> in the page");
        }
        if (headline.length() > MAX_HEADLINE_CHARS) {
            headline = headline.substring(0, MAX_HEADLINE_CHARS).strip() + "…";
        }

        Instant published = firstTime(ldText(ld, "datePublished"), meta(document, "article:published_time"),
                meta(document, "og:published_time"), meta(document, "og:article:published_time"),
                meta(document, "pubdate"), meta(document, "publishdate"), meta(document, "date"),
                meta(document, "dc.date.issued"), InPageMetadata.property(document, "datePublished"),
                attr(document, "article time[datetime], time[pubdate]", "datetime"));
        Instant modified = firstTime(ldText(ld, "dateModified"), meta(document, "article:modified_time"),
                meta(document, "og:updated_time"), meta(document, "og:article:modified_time"),
                InPageMetadata.property(document, "dateModified"));

        List<String> authors = authors(document, ld, siteName);
        String description = first(meta(document, "og:description"), meta(document, "description"), ldText(ld, "description"),
                InPageMetadata.property(document, "description"));
        String language = first(language(root, document), ldText(ld, "inLanguage"));
        // schema.org NewsArticle has a dateline of its own ("VIENNA, Dec. 1"); pages rarely say it otherwise.
        String dateline = first(ldText(ld, "dateline"), InPageMetadata.property(document, "dateline"));
        String image = meta(document, "og:image");

        // Metadata first: MainContent removes furniture from the document.
        List<String> body = MainContent.paragraphs(document);
        String ldBody = ldText(ld, "articleBody");
        if (ldBody != null && ldBody.length() > String.join(" ", body).length()) {
            body = Paragraphs.fromLines(ldBody);
        }
        if (body.isEmpty()) {
            throw new WireFormatException(ID, origin, "no article text found in the page '" + headline + "'");
        }

        String provider = first(origin.provider(), siteName, host(id));
        ParsedArticle.Builder article = ParsedArticle.builder(id, headline)
                .version(1)
                .pubStatus(PubStatus.USABLE)
                .provider(provider == null ? "unknown" : provider)
                .subheadline(description)
                .byline(authors.isEmpty() ? null : String.join(", ", authors))
                .section(first(meta(document, "article:section"), meta(document, "og:article:section"), ldText(ld, "articleSection")))
                .language(language)
                .body(body)
                .firstCreated(published)
                .versionCreated(modified != null ? modified : published)
                .keywords(keywords(document, ld))
                .dateline(dateline)
                .metadata("canonicalUrl", canonical)
                .metadata("siteName", siteName);
        authors.forEach(name -> article.person(new ParsedArticle.Person(name, "author", null)));
        if (image != null) {
            article.association(new ParsedArticle.Association(null, image, "picture", null,
                    List.of(new ParsedArticle.Rendition(image, null, null, null, null))));
        }
        return List.of(article.build());
    }

    private String decode(byte[] content) {
        TextDecoder.Decoded guessed = TextDecoder.decode(content);
        if (guessed.hadBom()) {
            return guessed.text();
        }
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            try {
                Charset declared = Charset.forName(m.group(1).strip());
                // Trust the declaration unless it claims UTF-8 and the bytes are not (a common mislabel).
                if (!declared.equals(StandardCharsets.UTF_8) || guessed.charset().equals(StandardCharsets.UTF_8)) {
                    return new String(content, declared.name().equalsIgnoreCase("ISO-8859-1")
                            && TextDecoder.eightBit(content).equals(TextDecoder.WINDOWS_1252) ? TextDecoder.WINDOWS_1252 : declared);
                }
            } catch (IllegalArgumentException unknownCharset) {
                // fall through to the guess
            }
        }
        return guessed.text();
    }

    private static String headline(Document document, List<JsonNode> ld, String siteName) {
        String h1 = text(document.selectFirst("h1"));
        String og = stripSiteName(meta(document, "og:title"), siteName, h1);
        String title = stripSiteName(text(document.selectFirst("head > title")), siteName, h1);
        return first(ldText(ld, "headline"), og, InPageMetadata.property(document, "headline"), h1, title,
                meta(document, "twitter:title"));
    }

    /**
     * Removes a trailing (or leading) site name: "Headline - BBC News" gives "Headline". A part is a
     * site name if it equals the site name, or is short (four words or fewer) and the rest equals
     * the page's h1.
     */
    static String stripSiteName(String title, String siteName, String h1) {
        if (title == null) {
            return null;
        }
        if (h1 != null && title.startsWith(h1) && title.length() > h1.length()
                && TITLE_SEPARATOR.matcher(title.substring(h1.length())).lookingAt()) {
            return h1;
        }
        Matcher m = TITLE_SEPARATOR.matcher(title);
        int lastStart = -1;
        int lastEnd = -1;
        int firstStart = -1;
        int firstEnd = -1;
        while (m.find()) {
            if (firstStart < 0) {
                firstStart = m.start();
                firstEnd = m.end();
            }
            lastStart = m.start();
            lastEnd = m.end();
        }
        if (lastStart < 0) {
            return title;
        }
        String tail = title.substring(lastEnd).strip();
        String head = title.substring(0, firstStart).strip();
        if (siteName != null && tail.equalsIgnoreCase(siteName.strip())) {
            return title.substring(0, lastStart).strip();
        }
        if (siteName != null && head.equalsIgnoreCase(siteName.strip())) {
            return title.substring(firstEnd).strip();
        }
        if (siteName == null && tail.split("\\s+").length <= 3 && title.substring(0, lastStart).split("\\s+").length >= 4) {
            return title.substring(0, lastStart).strip();
        }
        return title;
    }

    private static List<String> authors(Document document, List<JsonNode> ld, String siteName) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode article : ld) {
            JsonNode author = article.get("author");
            if (author == null) {
                continue;
            }
            for (JsonNode one : author.isArray() ? author : List.of(author)) {
                String name = one.isTextual() ? one.asText() : one.path("name").asText(null);
                addAuthor(names, name, siteName);
            }
        }
        if (names.isEmpty()) {
            for (String name : new String[] {meta(document, "author"), meta(document, "article:author"),
                    meta(document, "og:article:author"), meta(document, "dc.creator"), meta(document, "byl")}) {
                addAuthor(names, name, siteName);
            }
        }
        if (names.isEmpty()) {
            // No JSON-LD or meta author: microdata or the byline the page prints.
            for (String name : InPageMetadata.authors(document)) {
                addAuthor(names, name, siteName);
            }
        }
        return List.copyOf(names);
    }

    private static void addAuthor(Set<String> names, String name, String siteName) {
        if (name == null || name.isBlank() || name.contains("://") || name.length() > 200) {
            return;
        }
        String clean = name.strip().replaceFirst("(?i)^by\\s+", "");
        if (siteName != null && clean.equalsIgnoreCase(siteName.strip())) {
            return;
        }
        names.add(clean);
    }

    private static String language(Element root, Document document) {
        String lang = first(root == null ? null : blank(root.attr("lang")), root == null ? null : blank(root.attr("xml:lang")),
                attr(document, "meta[http-equiv=content-language]", "content"), meta(document, "og:locale"),
                InPageMetadata.property(document, "inLanguage"));
        return lang == null ? null : lang.strip().replace('_', '-');
    }

    private static List<String> keywords(Document document, List<JsonNode> ld) {
        Set<String> keywords = new LinkedHashSet<>();
        for (JsonNode article : ld) {
            // JSON-LD keywords: one comma-separated string or an array of them.
            JsonNode value = article.get("keywords");
            for (JsonNode part : value == null ? List.<JsonNode>of() : value.isArray() ? value : List.of(value)) {
                if (part.isTextual()) {
                    Arrays.stream(part.asText().split(",")).map(String::strip)
                            .filter(k -> !k.isEmpty() && k.length() < 100).forEach(keywords::add);
                }
            }
        }
        for (String list : new String[] {meta(document, "news_keywords"), meta(document, "keywords")}) {
            if (list != null) {
                Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty() && s.length() < 100).forEach(keywords::add);
            }
        }
        for (Element tag : document.select("meta[property=article:tag]")) {
            String value = blank(tag.attr("content"));
            if (value != null) {
                keywords.add(value);
            }
        }
        return List.copyOf(keywords);
    }

    /** JSON-LD objects whose type is an article (NewsArticle, Article, ReportageNewsArticle, ...). */
    private List<JsonNode> jsonLdArticles(Document document) {
        List<JsonNode> articles = new ArrayList<>();
        for (Element script : document.select("script[type=application/ld+json]")) {
            try {
                collectArticles(mapper.readTree(script.data()), articles, 0);
            } catch (Exception malformedJsonLd) {
                // Pages often carry broken JSON-LD; the meta tags still count.
            }
        }
        return articles;
    }

    private static void collectArticles(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> collectArticles(item, out, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode type = node.get("@type");
        String types = type == null ? "" : type.toString();
        if (types.contains("Article") || types.contains("BlogPosting") || types.contains("Report")) {
            out.add(node);
        }
        collectArticles(node.get("@graph"), out, depth + 1);
    }

    private static String ldText(List<JsonNode> ld, String field) {
        for (JsonNode article : ld) {
            JsonNode value = article.get(field);
            if (value == null) {
                continue;
            }
            if (value.isObject()) {
                value = value.has("@id") ? value.get("@id") : value.get("url");
            }
            if (value != null && value.isArray() && !value.isEmpty()) {
                value = value.get(0);
            }
            if (value != null && (value.isTextual() || value.isNumber()) && !value.asText().isBlank()) {
                return value.asText().strip();
            }
        }
        return null;
    }

    private static String ldPublisher(List<JsonNode> ld) {
        for (JsonNode article : ld) {
            String name = article.path("publisher").path("name").asText(null);
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
        }
        return null;
    }

    private static String meta(Document document, String name) {
        for (Element meta : document.select("meta[property], meta[name], meta[itemprop]")) {
            String key = first(blank(meta.attr("property")), blank(meta.attr("name")), blank(meta.attr("itemprop")));
            if (key != null && key.equalsIgnoreCase(name)) {
                String content = blank(meta.attr("content"));
                if (content != null) {
                    return content;
                }
            }
        }
        return null;
    }

    private static String attr(Document document, String query, String attribute) {
        Element element = document.selectFirst(query);
        return element == null ? null : blank(element.attr(attribute));
    }

    private static Instant firstTime(String... candidates) {
        for (String candidate : candidates) {
            if (candidate == null) {
                continue;
            }
            String s = candidate.strip();
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException notOffset) {
                try {
                    return Instant.parse(s);
                } catch (DateTimeParseException notInstant) {
                    // next candidate
                }
            }
            // "+0100" without a colon
            Matcher m = Pattern.compile("(.*[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)([+-]\\d{2})(\\d{2})$").matcher(s);
            if (m.matches()) {
                try {
                    return OffsetDateTime.parse(m.group(1).replace(' ', 'T') + m.group(2) + ":" + m.group(3)).toInstant();
                } catch (DateTimeParseException e) {
                    // next candidate
                }
            }
            // A bare date or a time without zone (datetime="2026-12-01"), read as UTC as XML
            // formats read theirs; better an approximate publication time than none.
            Instant lenient = XmlDates.parse(s);
            if (lenient != null) {
                return lenient;
            }
        }
        return null;
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(Element element) {
        return element == null ? null : blank(element.text());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
