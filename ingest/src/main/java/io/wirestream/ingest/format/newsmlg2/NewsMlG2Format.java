package io.wirestream.ingest.format.newsmlg2;

import io.wirestream.ingest.format.Detection;
import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.Paragraphs;
import io.wirestream.ingest.format.ParsedArticle;
import io.wirestream.ingest.format.ParsedArticle.Association;
import io.wirestream.ingest.format.ParsedArticle.Person;
import io.wirestream.ingest.format.ParsedArticle.Place;
import io.wirestream.ingest.format.ParsedArticle.Subject;
import io.wirestream.ingest.format.WireFormat;
import io.wirestream.ingest.format.WireFormatException;
import io.wirestream.ingest.format.nitf.NitfDocument;
import io.wirestream.ingest.format.profile.ProviderProfiles;
import io.wirestream.ingest.format.xml.Dom;
import io.wirestream.ingest.format.xml.XmlDates;
import io.wirestream.ingest.format.xml.XmlHead;
import io.wirestream.ingest.format.xml.XmlReader;
import io.wirestream.ingest.format.xml.XmlText;
import io.wirestream.schemas.PubStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * IPTC NewsML-G2: a {@code newsItem}, a {@code newsMessage} carrying several items (one article per
 * text item, in document order), or a {@code packageItem} resolved to the text items it references
 * that the same document carries (a package whose text items are elsewhere is rejected: nothing
 * is fetched).
 *
 * <p>Field table (paths under {@code newsItem}):
 *
 * <pre>
 * id, version     @guid, @version (default 1)
 * pubStatus       itemMeta/pubStatus/@qcode stat:usable | stat:withheld | stat:canceled (absent: usable;
 *                 any other value rejects the item)
 * signals         itemMeta/signal/@qcode: sig:update gives "update", sig:correction "correction"; other qcodes kept
 * times           itemMeta/versionCreated, itemMeta/firstCreated (else contentMeta/contentCreated), itemMeta/embargoed
 * provider        source hint; else itemMeta/provider (@literal, name, @qcode)
 * headline        contentMeta/headline without a role or with the main role (never the slugline);
 *                 else the hl1 of inline NITF
 * subheadline     contentMeta/headline with a sub role; else description role drol:summary
 * byline          contentMeta/by, else the creators' names; bylines from contentMeta/creator (name, @role)
 * dateline        contentMeta/dateline; else located/name
 * places          contentMeta/located (located), subject of type cpnat:geoArea/poi (about)
 * subjects        contentMeta/subject/@qcode (scheme:code) with name; genre/name as section
 * language        contentMeta/language/@tag, else xml:lang
 * keywords        contentMeta/keyword; slugline in metadata "slugline"
 * urgency         contentMeta/urgency
 * rights          rightsInfo/copyrightHolder, copyrightNotice, usageTerms
 * body            contentSet: inlineXML (NITF, XHTML or other XML) or inlineData (text/plain, text/html);
 *                 a first paragraph equal to the headline (an XHTML h1) is dropped
 * associations    picture/video itemRefs of a package (by reference)
 * metadata        edNote, altId.&lt;type&gt;, description
 * </pre>
 *
 * <p>Detection: root {@code newsItem}, {@code newsMessage} or {@code packageItem}: CERTAIN with
 * the G2 namespace, LIKELY without. Stateless and thread-safe.
 */
public final class NewsMlG2Format implements WireFormat {

    /** The format id. */
    public static final String ID = "newsml-g2";

    private static final String NAMESPACE = "http://iptc.org/std/nar/2006-10-01/";
    private static final Set<String> ROOTS = Set.of("newsItem", "newsMessage", "packageItem");

    private final ProviderProfiles profiles;

    /** The format with the {@link ProviderProfiles#standard() standard} provider profiles. */
    public NewsMlG2Format() {
        this(ProviderProfiles.standard());
    }

    /** The format with {@code profiles} (the zone of a provider's zone-less times, for one). */
    public NewsMlG2Format(ProviderProfiles profiles) {
        this.profiles = java.util.Objects.requireNonNull(profiles, "profiles");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Detection detect(byte[] head) {
        return XmlHead.of(head)
                .filter(h -> ROOTS.contains(h.localName()))
                .map(h -> h.declares(NAMESPACE) || h.startTag().contains("NewsML-G2") ? Detection.CERTAIN : Detection.LIKELY)
                .orElse(Detection.NO_MATCH);
    }

    @Override
    public List<ParsedArticle> parse(byte[] content, Origin origin) {
        Element root = XmlReader.parse(content, ID, origin).getDocumentElement();
        String rootName = Dom.name(root);
        List<Element> items = switch (rootName) {
            case "newsItem", "packageItem" -> List.of(root);
            case "newsMessage" -> Dom.children(Dom.child(root, "itemSet"));
            default -> throw new WireFormatException(ID, origin,
                    "root element is <" + rootName + ">, not newsItem, newsMessage or packageItem");
        };
        Map<String, Element> byGuid = new LinkedHashMap<>();
        for (Element item : items) {
            String guid = Dom.attr(item, "guid");
            if (guid != null) {
                byGuid.put(guid, item);
            }
        }
        List<ParsedArticle> articles = new ArrayList<>();
        List<Element> packages = items.stream().filter(i -> Dom.name(i).equals("packageItem")).toList();
        if (!packages.isEmpty()) {
            for (Element pkg : packages) {
                articles.addAll(resolvePackage(pkg, byGuid, origin));
            }
        } else {
            for (Element item : items) {
                if (Dom.name(item).equals("newsItem") && isText(item)) {
                    articles.add(article(item, origin, List.of()));
                }
            }
        }
        if (articles.isEmpty()) {
            throw new WireFormatException(ID, origin, "no text newsItem in the " + rootName
                    + " (item classes: " + items.stream().map(NewsMlG2Format::itemClass).distinct().toList() + ")");
        }
        return List.copyOf(articles);
    }

    private List<ParsedArticle> resolvePackage(Element pkg, Map<String, Element> byGuid, Origin origin) {
        List<String> missing = new ArrayList<>();
        List<Element> texts = new ArrayList<>();
        List<Association> associations = new ArrayList<>();
        for (Element ref : Dom.descendants(pkg, "itemRef")) {
            String residref = Dom.attr(ref, "residref");
            String cls = Dom.attr(Dom.child(ref, "itemClass"), "qcode");
            boolean text = cls == null || cls.endsWith(":text");
            Element carried = residref == null ? null : byGuid.get(residref);
            if (text) {
                if (carried != null) {
                    texts.add(carried);
                } else {
                    missing.add(residref);
                }
            } else {
                associations.add(new Association(residref, Dom.attr(ref, "href"), kind(cls),
                        Dom.first(Dom.text(ref, "description"), Dom.text(ref, "headline")), List.of()));
            }
        }
        if (texts.isEmpty()) {
            throw new WireFormatException(ID, origin, "packageItem " + Dom.attr(pkg, "guid")
                    + " references text items not carried in this document (" + String.join(", ", missing)
                    + "); packages are resolved only against items in the same newsMessage");
        }
        List<ParsedArticle> articles = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            // The package's pictures and video go with its main (first) story.
            articles.add(article(texts.get(i), origin, i == 0 ? associations : List.of()));
        }
        return articles;
    }

    private static String itemClass(Element item) {
        return String.valueOf(Dom.attr(Dom.child(item, "itemMeta", "itemClass"), "qcode"));
    }

    private static boolean isText(Element item) {
        String cls = Dom.attr(Dom.child(item, "itemMeta", "itemClass"), "qcode");
        return cls == null || cls.endsWith(":text");
    }

    private static String kind(String itemClass) {
        if (itemClass == null) {
            return null;
        }
        String code = itemClass.substring(itemClass.indexOf(':') + 1).toLowerCase(Locale.ROOT);
        return code.equals("photo") || code.equals("image") ? "picture" : code;
    }

    private ParsedArticle article(Element item, Origin origin, List<Association> associations) {
        String guid = Dom.attr(item, "guid");
        if (guid == null) {
            throw new WireFormatException(ID, origin, "newsItem without a guid");
        }
        Element itemMeta = Dom.child(item, "itemMeta");
        Element contentMeta = Dom.child(item, "contentMeta");
        Element contentSet = Dom.child(item, "contentSet");
        Element inlineNitf = Dom.descendant(contentSet, "nitf");

        String headline = null;
        String subheadline = null;
        for (Element h : Dom.children(contentMeta, "headline")) {
            String role = Dom.attr(h, "role");
            String text = Dom.text(h);
            if (text == null) {
                continue;
            }
            if (role == null || role.endsWith(":main") || role.endsWith(":headline")) {
                headline = headline == null ? text : headline;
            } else if (subheadline == null && role.toLowerCase(Locale.ROOT).contains("sub")) {
                subheadline = text;
            }
        }
        if (headline == null) {
            headline = Dom.text(Dom.descendant(inlineNitf, "hl1"));
        }
        if (headline == null) {
            // Only role headlines (a kill notice often has just a short one): any headline beats
            // dead-lettering the item, which would keep a kill from reaching the desk.
            headline = anyHeadline(contentMeta);
            subheadline = headline != null && headline.equals(subheadline) ? null : subheadline;
        }
        if (headline == null) {
            throw new WireFormatException(ID, origin, "no headline in newsItem " + guid);
        }
        ParsedArticle.Builder article = ParsedArticle.builder(guid, headline);
        Long version = version(Dom.attr(item, "version"));
        if (version != null) {
            article.version(version);
        }
        Element provider = Dom.child(itemMeta, "provider");
        article.provider(Dom.first(origin.provider(), Dom.attr(provider, "literal"), Dom.text(provider, "name"),
                Dom.attr(provider, "qcode"), "unknown"));
        String status = Dom.first(Dom.attr(Dom.child(itemMeta, "pubStatus"), "qcode"),
                Dom.attr(Dom.child(itemMeta, "pubStatus"), "literal"));
        PubStatus pubStatus = pubStatus(status);
        if (pubStatus == null) {
            // As ninjs does: publishing an item whose status we cannot read (it may be a kill) is
            // worse than dead-lettering it.
            throw new WireFormatException(ID, origin, "unknown pubStatus '" + status + "' in newsItem " + guid);
        }
        article.pubStatus(pubStatus);
        for (Element signal : Dom.children(itemMeta, "signal")) {
            String qcode = Dom.first(Dom.attr(signal, "qcode"), Dom.attr(signal, "literal"));
            if (qcode != null) {
                article.signal(qcode.startsWith("sig:") ? qcode.substring(4) : qcode);
            }
        }
        java.time.ZoneId zone = profiles.forItem(Dom.first(Dom.attr(provider, "literal"), Dom.text(provider, "name"),
                Dom.attr(provider, "qcode"), origin.provider()), guid).localZone();
        article.versionCreated(XmlDates.parse(Dom.text(itemMeta, "versionCreated"), zone));
        // firstCreated is optional in itemMeta; the content's own creation time says the same.
        article.firstCreated(XmlDates.parse(Dom.first(Dom.text(itemMeta, "firstCreated"), Dom.text(contentMeta, "contentCreated")), zone));
        article.embargoedUntil(XmlDates.parse(Dom.text(itemMeta, "embargoed"), zone));
        article.metadata("edNote", Dom.text(itemMeta, "edNote"));

        if (subheadline == null) {
            for (Element d : Dom.children(contentMeta, "description")) {
                String role = Dom.attr(d, "role");
                if (role == null || role.endsWith(":summary")) {
                    subheadline = Dom.text(d);
                    break;
                }
            }
        }
        article.subheadline(subheadline);
        article.metadata("slugline", Dom.text(contentMeta, "slugline"));
        String by = Dom.text(contentMeta, "by");
        article.byline(by);
        for (Element creator : Dom.children(contentMeta, "creator")) {
            String name = Dom.first(Dom.text(creator, "name"), Dom.attr(creator, "literal"));
            if (name != null) {
                String role = Dom.attr(creator, "role");
                article.person(new Person(name, role == null ? "author" : role.substring(role.indexOf(':') + 1), null));
            }
        }
        if (by != null && Dom.children(contentMeta, "creator").isEmpty()) {
            article.person(new Person(by.replaceFirst("^(?i)by\\s+", ""), "author", null));
        }
        if (by == null) {
            // No by statement: the creators are the credit line an editor sees.
            List<String> names = new ArrayList<>();
            for (Element creator : Dom.children(contentMeta, "creator")) {
                String name = Dom.first(Dom.text(creator, "name"), Dom.attr(creator, "literal"));
                String role = String.valueOf(Dom.attr(creator, "role")).toLowerCase(Locale.ROOT);
                if (name != null && !role.contains("editor") && !role.contains("photographer")) {
                    names.add(name);
                }
            }
            article.byline(names.isEmpty() ? null : String.join(", ", names));
        }
        Element located = Dom.child(contentMeta, "located");
        String locatedName = Dom.first(Dom.text(located, "name"), Dom.attr(located, "literal"));
        article.dateline(Dom.first(Dom.text(contentMeta, "dateline"), locatedName));
        if (located != null && (locatedName != null || Dom.attr(located, "qcode") != null)) {
            String[] qcode = split(Dom.attr(located, "qcode"));
            article.place(new Place(locatedName, qcode[0], qcode[1], "located"));
        }
        article.language(Dom.first(Dom.attr(Dom.child(contentMeta, "language"), "tag"), Dom.lang(item)));
        Integer urgency = Dom.integer(Dom.text(contentMeta, "urgency"));
        if (urgency != null && urgency >= 1 && urgency <= 9) {
            article.urgency(urgency);
        }
        for (Element subject : Dom.children(contentMeta, "subject")) {
            String[] qcode = split(Dom.attr(subject, "qcode"));
            String name = Dom.first(Dom.text(subject, "name"), Dom.attr(subject, "literal"));
            if (qcode[1] == null && name == null) {
                continue;
            }
            String type = String.valueOf(Dom.attr(subject, "type"));
            if (type.endsWith(":geoArea") || type.endsWith(":poi")) {
                article.place(new Place(name, qcode[0], qcode[1], "about"));
            } else {
                article.subject(new Subject(qcode[0], qcode[1], name));
            }
        }
        article.section(Dom.text(Dom.child(contentMeta, "genre"), "name"));
        List<String> keywords = new ArrayList<>();
        for (Element k : Dom.children(contentMeta, "keyword")) {
            String text = Dom.text(k);
            if (text != null && !keywords.contains(text)) {
                keywords.add(text);
            }
        }
        article.keywords(keywords);
        for (Element altId : Dom.children(contentMeta, "altId")) {
            article.metadata("altId." + Dom.first(Dom.attr(altId, "type"), "other"), Dom.text(altId));
        }
        Element rights = Dom.child(item, "rightsInfo");
        Element holder = Dom.child(rights, "copyrightHolder");
        article.copyrightHolder(Dom.first(Dom.attr(holder, "literal"), Dom.text(holder, "name"), Dom.attr(holder, "qcode")));
        article.copyrightNotice(Dom.text(rights, "copyrightNotice"));
        article.usageTerms(Dom.text(rights, "usageTerms"));

        List<String> body = new ArrayList<>(body(contentSet, inlineNitf));
        if (!body.isEmpty() && body.get(0).equals(headline)) {
            // Inline XHTML often repeats the headline as its <h1>: it is not body copy.
            body.remove(0);
        }
        article.body(body);
        associations.forEach(article::association);
        return article.build();
    }

    /** The first headline that is not a sub-headline, else the first headline; null if none. */
    private static String anyHeadline(Element contentMeta) {
        String sub = null;
        for (Element h : Dom.children(contentMeta, "headline")) {
            String text = Dom.text(h);
            String role = String.valueOf(Dom.attr(h, "role")).toLowerCase(Locale.ROOT);
            if (text != null && !role.contains("sub")) {
                return text;
            }
            sub = sub == null ? text : sub;
        }
        return sub;
    }

    private static List<String> body(Element contentSet, Element inlineNitf) {
        if (inlineNitf != null) {
            return NitfDocument.body(inlineNitf);
        }
        for (Element inline : Dom.children(contentSet)) {
            String type = String.valueOf(Dom.attr(inline, "contenttype")).toLowerCase(Locale.ROOT);
            switch (Dom.name(inline)) {
                case "inlineXML" -> {
                    // An XHTML document's body; else the whole inline XML, which may be a bare run
                    // of <p> elements (taking only the first child would lose the rest).
                    return XmlText.paragraphs(Dom.first(Dom.descendant(inline, "body"), inline));
                }
                case "inlineData" -> {
                    String text = inline.getTextContent();
                    return type.contains("html") ? Paragraphs.fromHtml(text) : Paragraphs.fromPlainText(text);
                }
                default -> { }
            }
        }
        return List.of();
    }

    private static PubStatus pubStatus(String qcode) {
        if (qcode == null) {
            return PubStatus.USABLE;
        }
        String code = qcode.substring(qcode.indexOf(':') + 1).toLowerCase(Locale.ROOT);
        return switch (code) {
            case "usable" -> PubStatus.USABLE;
            case "withheld" -> PubStatus.WITHHELD;
            case "canceled", "cancelled" -> PubStatus.CANCELED;
            default -> null;
        };
    }

    private static Long version(String text) {
        if (text == null) {
            return null;
        }
        try {
            long v = Long.parseLong(text.strip());
            return v >= 0 ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A qcode {@code scheme:code} as {scheme, code}; a code without scheme as {null, code}. */
    private static String[] split(String qcode) {
        if (qcode == null) {
            return new String[] {null, null};
        }
        int colon = qcode.indexOf(':');
        return colon < 0 ? new String[] {null, qcode} : new String[] {qcode.substring(0, colon), qcode.substring(colon + 1)};
    }
}
