package io.wirestream.ingest.format.nitf;

import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.ParsedArticle;
import io.wirestream.ingest.format.ParsedArticle.Association;
import io.wirestream.ingest.format.ParsedArticle.Person;
import io.wirestream.ingest.format.ParsedArticle.Place;
import io.wirestream.ingest.format.ParsedArticle.Rendition;
import io.wirestream.ingest.format.ParsedArticle.Subject;
import io.wirestream.ingest.format.WireFormatException;
import io.wirestream.ingest.format.xml.Dom;
import io.wirestream.ingest.format.xml.XmlDates;
import io.wirestream.ingest.format.xml.XmlText;
import io.wirestream.schemas.PubStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Reads one {@code <nitf>} element into an article. Field table (NITF 3.x paths):
 *
 * <pre>
 * id              head/docdata/doc-id/@id-string; else "&lt;regsrc or provider&gt;:&lt;file base name&gt;"
 * rawId           head/docdata/doc-id/@id-string
 * version         head/docdata/du-key/@version (default 1)
 * pubStatus       head/docdata/@management-status (usable, embargoed, withheld, canceled; absent:
 *                 usable; any other value rejects the document)
 * provider        the source's provider hint; else doc-id/@regsrc; else doc.copyright/@holder
 * urgency         head/docdata/urgency/@ed-urg (1..9)
 * versionCreated  head/docdata/date.issue/@norm
 * embargoedUntil  head/docdata/date.release/@norm when later than date.issue
 * headline        body/body.head/hedline/hl1; else head/title
 * subheadline     body/body.head/hedline/hl2 when it differs from the headline
 * byline, bylines body/body.head/byline (person, byttl)
 * dateline        body/body.head/dateline (its location when it has one)
 * body            body/body.content: p, hl2, block, lists and tables as paragraphs; media left out;
 *                 then body/body.end (tagline)
 * subjects        head/tobject/tobject.subject (@tobject.subject.refnum, matter/detail/type as name)
 * section         head/tobject/@tobject.type
 * places          docdata/evloc, identified-content/location (about); the dateline location (located)
 * keywords        docdata/key-list/keyword/@key, identified-content/keyword
 * subjects (org)  identified-content/org and person, scheme "nitf:org" / "nitf:person"
 * signals         docdata/correction present: "correction"
 * copyright       docdata/doc.copyright/@holder; usage terms from docdata/doc.rights/@limitations
 * associations    body.content//media: media-reference renditions, media-caption
 * metadata        edMsg (ed-msg/@info), duKey (du-key/@key), copyrightYear, meta.&lt;name&gt; (head/meta)
 * language        nitf/@baselang, else xml:lang of body or nitf
 * </pre>
 */
public final class NitfDocument {

    private static final Pattern BY = Pattern.compile("^(?i)by\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:/-]+$");
    private static final Pattern AUTHORS = Pattern.compile("\\s*(?:,\\s*and\\s+|\\s+and\\s+|\\s+og\\s+|\\s+y\\s+|\\s+et\\s+|\\s*&\\s*)\\s*");

    private NitfDocument() {
    }

    /**
     * The article in {@code nitf}.
     *
     * @throws WireFormatException if it has no headline
     */
    public static ParsedArticle article(Element nitf, String formatId, Origin origin) {
        Element head = Dom.child(nitf, "head");
        Element docdata = Dom.child(head, "docdata");
        Element bodyHead = Dom.child(nitf, "body", "body.head");
        Element docId = Dom.child(docdata, "doc-id");
        String rawId = Dom.attr(docId, "id-string");
        Element copyright = Dom.child(docdata, "doc.copyright");
        String provider = Dom.first(origin.provider(), Dom.attr(docId, "regsrc"), Dom.attr(copyright, "holder"),
                Dom.text(bodyHead, "distributor"));

        String headline = Dom.first(Dom.text(bodyHead, "hedline", "hl1"), Dom.text(head, "title"));
        if (headline == null) {
            throw new WireFormatException(formatId, origin, "NITF: no <hl1> or <title>"
                    + (rawId == null ? "" : " in doc-id " + rawId));
        }
        String id = rawId != null ? rawId : slug(provider == null ? "nitf" : provider) + ":" + origin.baseName();

        ParsedArticle.Builder article = ParsedArticle.builder(id, headline)
                .rawId(rawId)
                .provider(provider == null ? "unknown" : provider);
        Element duKey = Dom.child(docdata, "du-key");
        Integer version = Dom.integer(Dom.attr(duKey, "version"));
        if (version != null && version >= 0) {
            article.version(version);
        }
        article.metadata("duKey", Dom.attr(duKey, "key"));
        for (Element meta : Dom.children(head, "meta")) {
            String name = Dom.attr(meta, "name");
            if (name != null) {
                article.metadata("meta." + name, Dom.attr(meta, "content"));
            }
        }
        String status = Dom.attr(docdata, "management-status");
        PubStatus pubStatus = pubStatus(status);
        if (pubStatus == null) {
            // Publishing a story whose status we cannot read (it may be a kill) is worse than
            // dead-lettering it.
            throw new WireFormatException(formatId, origin, "NITF: unknown management-status '" + status + "'"
                    + (rawId == null ? "" : " in doc-id " + rawId));
        }
        article.pubStatus(pubStatus);
        Integer urgency = Dom.integer(Dom.attr(Dom.child(docdata, "urgency"), "ed-urg"));
        if (urgency != null && urgency >= 1 && urgency <= 9) {
            article.urgency(urgency);
        }
        // date.issue is optional: web and print profiles of NITF date the item in pubdata
        // instead, and a bare body.head in the dateline's story.date.
        Instant issued = Dom.first(XmlDates.parse(Dom.attr(Dom.child(docdata, "date.issue"), "norm")),
                XmlDates.parse(Dom.attr(Dom.child(head, "pubdata"), "date.publication")),
                XmlDates.parse(Dom.attr(Dom.child(bodyHead, "dateline", "story.date"), "norm")));
        article.versionCreated(issued);
        Instant release = XmlDates.parse(Dom.attr(Dom.child(docdata, "date.release"), "norm"));
        if (release != null && (issued == null || release.isAfter(issued))) {
            article.embargoedUntil(release);
        }
        article.metadata("edMsg", Dom.attr(Dom.child(docdata, "ed-msg"), "info"));
        article.copyrightHolder(Dom.attr(copyright, "holder"));
        article.metadata("copyrightYear", Dom.attr(copyright, "year"));
        Element rights = Dom.child(docdata, "doc.rights");
        article.usageTerms(Dom.attr(rights, "limitations"));
        if (!Dom.children(docdata, "correction").isEmpty()) {
            article.signal("correction");
        }

        String subheadline = null;
        for (Element hl2 : Dom.children(Dom.child(bodyHead, "hedline"), "hl2")) {
            String text = Dom.text(hl2);
            if (text != null && !text.equals(headline)) {
                subheadline = text;
                break;
            }
        }
        article.subheadline(subheadline);
        bylines(bodyHead, article);
        Element dateline = Dom.child(bodyHead, "dateline");
        String located = Dom.first(Dom.text(dateline, "location"), Dom.text(dateline));
        article.dateline(located);
        if (Dom.text(dateline, "location") != null) {
            article.place(new Place(Dom.text(dateline, "location"), null, null, "located"));
        }
        article.language(Dom.first(Dom.attr(nitf, "baselang"), Dom.lang(Dom.first(Dom.child(nitf, "body"), nitf))));

        Element tobject = Dom.child(head, "tobject");
        article.section(Dom.attr(tobject, "tobject.type"));
        for (Element s : Dom.children(tobject, "tobject.subject")) {
            String code = Dom.attr(s, "tobject.subject.refnum");
            String name = Dom.first(Dom.attr(s, "tobject.subject.detail"), Dom.attr(s, "tobject.subject.matter"),
                    Dom.attr(s, "tobject.subject.type"));
            if (code != null || name != null) {
                article.subject(new Subject(code != null && code.matches("\\d{8}") ? "subj" : Dom.attr(s, "tobject.subject.ipr"),
                        code, name));
            }
        }
        List<String> keywords = new ArrayList<>();
        for (Element k : Dom.children(Dom.child(docdata, "key-list"), "keyword")) {
            addIfPresent(keywords, Dom.attr(k, "key"));
        }
        for (Element ev : Dom.children(docdata, "evloc")) {
            String name = Dom.first(Dom.attr(ev, "city"), Dom.attr(ev, "county-dist"), Dom.attr(ev, "state-prov"),
                    Dom.attr(ev, "iso-cc"));
            if (name != null) {
                article.place(new Place(name, Dom.attr(ev, "iso-cc") != null ? "iso3166" : null, Dom.attr(ev, "iso-cc"), "about"));
            }
        }
        for (Element ic : Dom.descendants(nitf, "identified-content")) {
            for (Element child : Dom.children(ic)) {
                String text = Dom.first(Dom.attr(child, "value"), Dom.attr(child, "key"), Dom.text(child));
                if (text == null) {
                    continue;
                }
                switch (Dom.name(child)) {
                    case "keyword" -> addIfPresent(keywords, text);
                    case "location" -> article.place(new Place(text, null, Dom.attr(child, "location-code"), "about"));
                    case "org" -> article.subject(new Subject("nitf:org", Dom.attr(child, "idsrc"), text));
                    case "person" -> article.subject(new Subject("nitf:person", Dom.attr(child, "idsrc"), text));
                    case "classifier" -> article.subject(new Subject(Dom.attr(child, "type"), Dom.attr(child, "value"), Dom.text(child)));
                    default -> { }
                }
            }
        }
        article.keywords(keywords);

        Element body = Dom.child(nitf, "body");
        article.body(body(nitf));
        for (Element media : Dom.descendants(body, "media")) {
            article.association(association(media));
        }
        return article.build();
    }

    /**
     * The body paragraphs of an {@code <nitf>} element: every {@code body.content} (NITF allows
     * several), then the printed end matter of {@code body.end} (a tagline); media and their
     * captions and identified-content metadata left out. Used by the NewsML formats for inline NITF.
     */
    public static List<String> body(Element nitf) {
        List<String> paragraphs = new ArrayList<>();
        for (Element content : Dom.descendants(nitf, "body.content")) {
            paragraphs.addAll(XmlText.paragraphs(content));
        }
        for (Element end : Dom.descendants(nitf, "body.end")) {
            paragraphs.addAll(XmlText.paragraphs(end));
        }
        return paragraphs;
    }

    private static void bylines(Element bodyHead, ParsedArticle.Builder article) {
        List<String> statements = new ArrayList<>();
        for (Element byline : Dom.children(bodyHead, "byline")) {
            String title = Dom.text(byline, "byttl");
            List<Element> persons = Dom.children(byline, "person");
            StringBuilder own = new StringBuilder();
            for (var n = byline.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element e && Dom.name(e).equals("byttl"))) {
                    own.append(n.getTextContent());
                }
            }
            // "By <person>X</person>, <byttl>Title</byttl>": the comma before the title is
            // punctuation of the title, which is added back below.
            String statement = Dom.clean(TRAILING_PUNCTUATION.matcher(own).replaceFirst(""));
            if (statement == null && title == null) {
                continue;
            }
            statements.add(statement == null ? title : title == null ? statement : statement + ", " + title);
            if (!persons.isEmpty()) {
                for (Element p : persons) {
                    String name = Dom.text(p);
                    if (name != null) {
                        article.person(new Person(name, "author", title));
                    }
                }
            } else if (statement != null) {
                for (String name : AUTHORS.split(BY.matcher(statement).replaceFirst(""))) {
                    if (!name.isBlank()) {
                        article.person(new Person(name.strip(), "author", title));
                    }
                }
            }
        }
        if (!statements.isEmpty()) {
            article.byline(String.join("; ", statements));
        }
    }

    private static Association association(Element media) {
        String type = Dom.attr(media, "media-type");
        List<Rendition> renditions = new ArrayList<>();
        for (Element ref : Dom.children(media, "media-reference")) {
            String href = Dom.first(Dom.attr(ref, "source"), Dom.attr(ref, "data-location"));
            if (href != null) {
                renditions.add(new Rendition(href, Dom.attr(ref, "mime-type"), null,
                        Dom.integer(Dom.attr(ref, "width")), Dom.integer(Dom.attr(ref, "height"))));
            }
        }
        String kind = type == null ? null : switch (type.toLowerCase(Locale.ROOT)) {
            case "image", "photo", "picture" -> "picture";
            default -> type.toLowerCase(Locale.ROOT);
        };
        return new Association(Dom.attr(media, "id"), null, kind, Dom.text(media, "media-caption"), renditions);
    }

    static PubStatus pubStatus(String status) {
        if (status == null) {
            return PubStatus.USABLE;
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            // Embargoed is usable from date.release on, which is read as the embargo.
            case "usable", "embargoed" -> PubStatus.USABLE;
            case "withheld" -> PubStatus.WITHHELD;
            case "canceled", "cancelled", "killed" -> PubStatus.CANCELED;
            default -> null;
        };
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null && !list.contains(value)) {
            list.add(value);
        }
    }

    private static String slug(String provider) {
        String s = provider.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "nitf" : s;
    }
}
