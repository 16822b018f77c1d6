package io.wirestream.ingest.format.newsml12;

import io.wirestream.ingest.format.Detection;
import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.Paragraphs;
import io.wirestream.ingest.format.ParsedArticle;
import io.wirestream.ingest.format.ParsedArticle.Association;
import io.wirestream.ingest.format.ParsedArticle.Person;
import io.wirestream.ingest.format.ParsedArticle.Place;
import io.wirestream.ingest.format.ParsedArticle.Rendition;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * IPTC NewsML 1.2 (and 1.x without a {@code Version}, as Belga sends it). Each {@code NewsItem}
 * gives one article per story component: a {@code NewsComponent} with a {@code NewsLines/HeadLine}
 * that contains no other such component (AFP: the item's top component; Belga: one per language).
 *
 * <p>Field table:
 *
 * <pre>
 * id              Identification/NewsIdentifier/PublicIdentifier without its last (revision) part,
 *                 when it is a full urn:newsml:provider:date:item:revision; else
 *                 urn:newsml:&lt;ProviderId&gt;:&lt;NewsItemId&gt;. With several story components in one
 *                 item, "#" and the component's xml:lang (or Duid, or position) are appended.
 * rawId           PublicIdentifier
 * version         NewsIdentifier/RevisionId (@Update A or U gives the signal "update")
 * pubStatus       NewsManagement/Status/@FormalName (Usable, Withheld, Canceled; Embargoed is
 *                 usable with the StatusWillChange time as embargo; absent: usable; any other
 *                 value rejects the item)
 * times           NewsManagement/FirstCreated, ThisRevisionCreated
 * urgency         NewsManagement/Urgency/@FormalName; priority: NewsEnvelope/Priority
 * signals         NewsManagement/Instruction/@FormalName, lower-cased
 * headline etc.   NewsLines: HeadLine, SubHeadLine, ByLine, DateLine, SlugLine (metadata),
 *                 CopyrightLine (copyright notice), RightsLine (usage terms), KeywordLine (keywords)
 * provider        source hint; else AdministrativeMetadata/Provider/Party; else ProviderId
 * bylines         AdministrativeMetadata/Creator/Party (@Topic as role)
 * language        DescriptiveMetadata/Language/@FormalName; else xml:lang
 * subjects        DescriptiveMetadata/SubjectCode/(Subject|SubjectMatter|SubjectDetail)/@FormalName
 * places          DescriptiveMetadata/Location (HowPresent Origin: located)
 * keywords        DescriptiveMetadata/Property[@FormalName=Keyword]/@Value
 * section         DescriptiveMetadata/Genre/@FormalName
 * usage terms     RightsMetadata/UsageRights/UsageType
 * body            text ContentItems of the component (a Title role is the headline, not body):
 *                 DataContent with inline NITF (NitfDocument's body), XHTML, or text (escaped
 *                 HTML decoded, one paragraph per line otherwise)
 * associations    ContentItems with another MediaType (Photo, Video...) by Href
 * </pre>
 *
 * <p>Declared charsets such as ISO-8859-15 are honoured by the shared XML reader. Stateless and
 * thread-safe.
 */
public final class NewsMl12Format implements WireFormat {

    /** The format id. */
    public static final String ID = "newsml-1.2";

    private static final Pattern HTML_BLOCK = Pattern.compile("(?i)<(p|br|div|li|h[1-6])[\\s/>]");

    private final ProviderProfiles profiles;

    /** The format with the {@link ProviderProfiles#standard() standard} provider profiles. */
    public NewsMl12Format() {
        this(ProviderProfiles.standard());
    }

    /** The format with {@code profiles} (the zone of a provider's zone-less times, for one). */
    public NewsMl12Format(ProviderProfiles profiles) {
        this.profiles = java.util.Objects.requireNonNull(profiles, "profiles");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Detection detect(byte[] head) {
        return XmlHead.of(head)
                .filter(h -> h.localName().equals("NewsML"))
                .map(h -> h.startTag().matches("(?s).*Version\\s*=\\s*[\"']1\\.[0-9].*") ? Detection.CERTAIN : Detection.LIKELY)
                .orElse(Detection.NO_MATCH);
    }

    @Override
    public List<ParsedArticle> parse(byte[] content, Origin origin) {
        Element root = XmlReader.parse(content, ID, origin).getDocumentElement();
        if (!Dom.name(root).equals("NewsML")) {
            throw new WireFormatException(ID, origin, "root element is <" + Dom.name(root) + ">, not <NewsML>");
        }
        Integer priority = Dom.integer(Dom.attr(Dom.child(root, "NewsEnvelope", "Priority"), "FormalName"));
        List<ParsedArticle> articles = new ArrayList<>();
        List<Element> items = Dom.descendants(root, "NewsItem");
        if (items.isEmpty()) {
            throw new WireFormatException(ID, origin, "no NewsItem in the NewsML document");
        }
        for (Element item : items) {
            articles.addAll(item(item, priority, origin));
        }
        return List.copyOf(articles);
    }

    private List<ParsedArticle> item(Element item, Integer priority, Origin origin) {
        Element identifier = Dom.child(item, "Identification", "NewsIdentifier");
        String publicId = Dom.text(identifier, "PublicIdentifier");
        String providerId = Dom.text(identifier, "ProviderId");
        String itemId = Dom.text(identifier, "NewsItemId");
        String id = storyId(publicId, providerId, itemId);
        if (id == null) {
            throw new WireFormatException(ID, origin, "NewsItem without PublicIdentifier or ProviderId and NewsItemId");
        }
        List<Element> stories = stories(item);
        if (stories.isEmpty()) {
            throw new WireFormatException(ID, origin, "no NewsComponent with a HeadLine in NewsItem " + id);
        }
        List<ParsedArticle> articles = new ArrayList<>();
        List<String> suffixes = suffixes(stories);
        for (int i = 0; i < stories.size(); i++) {
            String storyId = stories.size() == 1 ? id : id + "#" + suffixes.get(i);
            articles.add(story(item, stories.get(i), storyId, publicId, providerId, priority, origin));
        }
        return articles;
    }

    private ParsedArticle story(Element item, Element component, String id, String publicId, String providerId,
            Integer priority, Origin origin) {
        Element identifier = Dom.child(item, "Identification", "NewsIdentifier");
        Element management = Dom.child(item, "NewsManagement");
        Element lines = Dom.child(component, "NewsLines");
        String headline = Dom.text(lines, "HeadLine");
        ParsedArticle.Builder article = ParsedArticle.builder(id, headline).rawId(publicId).priority(priority);

        Element revision = Dom.child(identifier, "RevisionId");
        Integer version = Dom.integer(Dom.text(revision));
        if (version != null && version >= 0) {
            article.version(version);
        }
        String update = Dom.attr(revision, "Update");
        if ("A".equalsIgnoreCase(update) || "U".equalsIgnoreCase(update)) {
            article.signal("update");
        }
        for (Element instruction : Dom.children(management, "Instruction")) {
            String name = Dom.attr(instruction, "FormalName");
            if (name != null) {
                article.signal(name);
            }
        }
        java.time.ZoneId zone = profiles.forItem(providerId, providerId == null ? null : "https://" + providerId)
                .localZone();
        String status = String.valueOf(Dom.attr(Dom.child(management, "Status"), "FormalName")).toLowerCase(Locale.ROOT);
        Instant willChange = XmlDates.parse(Dom.text(management, "StatusWillChange", "DateAndTime"), zone);
        switch (status) {
            case "withheld" -> article.pubStatus(PubStatus.WITHHELD);
            case "canceled", "cancelled", "killed" -> article.pubStatus(PubStatus.CANCELED);
            case "embargoed" -> {
                if (willChange == null) {
                    article.pubStatus(PubStatus.WITHHELD);
                }
                article.embargoedUntil(willChange);
            }
            case "usable", "null" -> article.pubStatus(PubStatus.USABLE);
            // Publishing a story whose status we cannot read (it may be a kill) is worse than
            // dead-lettering it.
            default -> throw new WireFormatException(ID, origin, "unknown Status '"
                    + Dom.attr(Dom.child(management, "Status"), "FormalName") + "' in NewsItem " + id);
        }
        article.firstCreated(XmlDates.parse(Dom.text(management, "FirstCreated"), zone));
        article.versionCreated(XmlDates.parse(Dom.text(management, "ThisRevisionCreated"), zone));
        Integer urgency = Dom.integer(Dom.attr(Dom.child(management, "Urgency"), "FormalName"));
        if (urgency != null && urgency >= 1 && urgency <= 9) {
            article.urgency(urgency);
        }

        article.subheadline(Dom.text(lines, "SubHeadLine"));
        article.byline(Dom.text(lines, "ByLine"));
        article.dateline(Dom.text(lines, "DateLine"));
        article.metadata("slugline", Dom.text(lines, "SlugLine"));
        article.metadata("creditLine", Dom.text(lines, "CreditLine"));
        article.copyrightNotice(Dom.text(lines, "CopyrightLine"));
        article.usageTerms(Dom.first(Dom.text(lines, "RightsLine"),
                Dom.text(Dom.descendant(component, "UsageRights"), "UsageType")));
        Element holder = Dom.descendant(component, "CopyrightHolder");
        article.copyrightHolder(Dom.first(Dom.text(holder), Dom.text(lines, "CopyrightLine")));

        Element admin = Dom.first(Dom.child(component, "AdministrativeMetadata"), ancestorMetadata(component, "AdministrativeMetadata"));
        String party = Dom.attr(Dom.child(admin, "Provider", "Party"), "FormalName");
        article.provider(Dom.first(origin.provider(), party, providerId, "unknown"));
        for (Element creator : Dom.children(Dom.child(admin, "Creator"), "Party")) {
            String name = Dom.attr(creator, "FormalName");
            if (name != null) {
                String topic = Dom.attr(creator, "Topic");
                article.person(new Person(name, topic == null ? "author" : topic.toLowerCase(Locale.ROOT), null));
            }
        }

        String byline = Dom.text(lines, "ByLine");
        if (byline != null && Dom.children(Dom.child(admin, "Creator"), "Party").isEmpty()) {
            // No Creator party: the ByLine is the only credit there is.
            String name = byline.replaceFirst("(?i)^(?:by|von|par|por|door|di|av)\\s+", "").strip();
            if (!name.isEmpty()) {
                article.person(new Person(name, "author", null));
            }
        }

        Element descriptive = Dom.first(Dom.child(component, "DescriptiveMetadata"), ancestorMetadata(component, "DescriptiveMetadata"));
        article.language(Dom.first(Dom.attr(Dom.child(descriptive, "Language"), "FormalName"), Dom.lang(component)));
        Set<String> seen = new HashSet<>();
        for (Element code : Dom.children(descriptive, "SubjectCode")) {
            for (Element s : Dom.children(code)) {
                String formal = Dom.attr(s, "FormalName");
                if (formal != null && seen.add(formal)) {
                    article.subject(new Subject("subj", formal, null));
                }
            }
        }
        for (Element location : Dom.children(descriptive, "Location")) {
            String city = null;
            String country = null;
            for (Element p : Dom.children(location, "Property")) {
                String name = String.valueOf(Dom.attr(p, "FormalName"));
                if (name.equals("City")) {
                    city = Dom.attr(p, "Value");
                } else if (name.equals("Country")) {
                    country = Dom.attr(p, "Value");
                }
            }
            if (city != null || country != null) {
                String how = Dom.attr(location, "HowPresent");
                article.place(new Place(Dom.first(city, country), country == null ? null : "country", country,
                        how == null || how.equalsIgnoreCase("Origin") ? "located" : "about"));
            }
        }
        List<String> keywords = new ArrayList<>();
        for (Element k : Dom.children(lines, "KeywordLine")) {
            addIfNew(keywords, Dom.text(k));
        }
        for (Element p : Dom.children(descriptive, "Property")) {
            if ("Keyword".equals(Dom.attr(p, "FormalName"))) {
                addIfNew(keywords, Dom.attr(p, "Value"));
            }
        }
        article.keywords(keywords);
        article.section(Dom.attr(Dom.child(descriptive, "Genre"), "FormalName"));

        List<String> body = new ArrayList<>();
        for (Element contentItem : Dom.descendants(component, "ContentItem")) {
            String media = String.valueOf(Dom.attr(Dom.child(contentItem, "MediaType"), "FormalName")).toLowerCase(Locale.ROOT);
            String role = String.valueOf(Dom.attr(Dom.child((Element) contentItem.getParentNode(), "Role"), "FormalName"))
                    .toLowerCase(Locale.ROOT);
            if (!media.equals("null") && !media.equals("text")) {
                String href = Dom.attr(contentItem, "Href");
                List<Rendition> renditions = href == null ? List.of() : List.of(new Rendition(href,
                        Dom.attr(Dom.child(contentItem, "MimeType"), "FormalName"), null, null, null));
                article.association(new Association(Dom.attr((Element) contentItem.getParentNode(), "Duid"), href,
                        media.equals("photo") ? "picture" : media,
                        Dom.text((Element) contentItem.getParentNode(), "NewsLines", "HeadLine"), renditions));
                continue;
            }
            if (role.equals("title") || role.equals("headline")) {
                continue;
            }
            body.addAll(dataContent(Dom.child(contentItem, "DataContent")));
        }
        if (!body.isEmpty() && body.get(0).equals(headline)) {
            body.remove(0);
        }
        article.body(body);
        return article.build();
    }

    private static List<String> dataContent(Element data) {
        if (data == null) {
            return List.of();
        }
        Element nitf = Dom.descendant(data, "nitf");
        if (nitf != null) {
            return NitfDocument.body(nitf);
        }
        if (!Dom.children(data).isEmpty()) {
            return XmlText.paragraphs(data);
        }
        String text = data.getTextContent();
        if (HTML_BLOCK.matcher(text).find()) {
            return Paragraphs.fromHtml(text);
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : Paragraphs.fromPlainText(text)) {
            String plain = line.indexOf('<') >= 0 || line.indexOf('&') >= 0 ? String.join(" ", Paragraphs.fromHtml(line)) : line;
            if (!plain.isBlank()) {
                paragraphs.add(plain);
            }
        }
        return paragraphs;
    }

    /**
     * The story components: components with a headline containing no other such component. A
     * component with no text in it (a photo or video with its own caption headline) is no story
     * when others have text: else a text-and-photo item would become its photo.
     */
    private static List<Element> stories(Element item) {
        List<Element> withHeadline = new ArrayList<>();
        for (Element component : Dom.descendants(item, "NewsComponent")) {
            if (Dom.text(component, "NewsLines", "HeadLine") != null) {
                withHeadline.add(component);
            }
        }
        List<Element> withText = withHeadline.stream().filter(NewsMl12Format::hasText).toList();
        if (!withText.isEmpty()) {
            withHeadline = withText;
        }
        List<Element> stories = new ArrayList<>();
        for (Element c : withHeadline) {
            boolean containsAnother = withHeadline.stream().anyMatch(o -> o != c && isAncestor(c, o));
            if (!containsAnother) {
                stories.add(c);
            }
        }
        return stories;
    }

    /** Whether a text ContentItem (or one without a media type) is anywhere under the component. */
    private static boolean hasText(Element component) {
        for (Element contentItem : Dom.descendants(component, "ContentItem")) {
            String media = Dom.attr(Dom.child(contentItem, "MediaType"), "FormalName");
            if (media == null || media.equalsIgnoreCase("text")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAncestor(Element ancestor, Element node) {
        for (var n = node.getParentNode(); n != null; n = n.getParentNode()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Metadata of the nearest enclosing component that has it (Belga keeps Language and Genre on the parent). */
    private static Element ancestorMetadata(Element component, String name) {
        for (var n = component.getParentNode(); n instanceof Element e && Dom.name(e).equals("NewsComponent"); n = n.getParentNode()) {
            Element found = Dom.child(e, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<String> suffixes(List<Element> stories) {
        List<String> langs = stories.stream().map(s -> String.valueOf(Dom.lang(s))).toList();
        if (!langs.contains("null") && new HashSet<>(langs).size() == langs.size()) {
            return langs;
        }
        List<String> duids = stories.stream().map(s -> String.valueOf(Dom.attr(s, "Duid"))).toList();
        if (!duids.contains("null") && new HashSet<>(duids).size() == duids.size()) {
            return duids;
        }
        List<String> positions = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            positions.add(String.valueOf(i + 1));
        }
        return positions;
    }

    /** The story id: the public identifier without its revision part, or provider and item id. */
    static String storyId(String publicId, String providerId, String itemId) {
        if (publicId != null) {
            String[] parts = publicId.split(":");
            if (parts.length >= 6 && parts[0].equalsIgnoreCase("urn") && parts[1].equalsIgnoreCase("newsml")) {
                return publicId.substring(0, publicId.lastIndexOf(':'));
            }
        }
        if (providerId != null && itemId != null) {
            return "urn:newsml:" + providerId + ":" + itemId;
        }
        return publicId;
    }

    private static void addIfNew(List<String> list, String value) {
        if (value != null && !list.contains(value)) {
            list.add(value);
        }
    }
}
