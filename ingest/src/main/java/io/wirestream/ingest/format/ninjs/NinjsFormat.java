package io.wirestream.ingest.format.ninjs;

import static io.wirestream.ingest.format.ninjs.NinjsItem.elements;
import static io.wirestream.ingest.format.ninjs.NinjsItem.field;
import static io.wirestream.ingest.format.ninjs.NinjsItem.text;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.ingest.format.Detection;
import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.Paragraphs;
import io.wirestream.ingest.format.ParsedArticle;
import io.wirestream.ingest.format.WireFormat;
import io.wirestream.ingest.format.WireFormatException;
import io.wirestream.ingest.format.profile.ProviderProfile;
import io.wirestream.ingest.format.profile.ProviderProfiles;
import io.wirestream.ingest.format.teletype.Priorities;
import io.wirestream.schemas.PubStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * IPTC ninjs (News in JSON), versions 1.x, 2.x and 3.x, plus the AP Media API envelope.
 *
 * <p>Field table (property names match case-insensitively, see {@link NinjsItem}):
 * <table>
 *   <caption>ninjs property to article field</caption>
 *   <tr><th>field</th><th>ninjs 1.x</th><th>ninjs 2.x / 3.x</th></tr>
 *   <tr><td>id</td><td>uri, guid</td><td>uri</td></tr>
 *   <tr><td>version</td><td colspan="2">version, string or number; not a whole number: 1, original kept in metadata</td></tr>
 *   <tr><td>pubStatus</td><td colspan="2">pubstatus: usable, withheld, canceled (absent: usable)</td></tr>
 *   <tr><td>headline</td><td>headline</td><td>headlines[] role main, else the first</td></tr>
 *   <tr><td>subheadline</td><td>-</td><td>headlines[] role sub…</td></tr>
 *   <tr><td>byline</td><td>byline</td><td>by</td></tr>
 *   <tr><td>dateline</td><td colspan="2">located</td></tr>
 *   <tr><td>language, urgency</td><td colspan="2">language, urgency (1..9)</td></tr>
 *   <tr><td>firstCreated, versionCreated, embargoedUntil</td><td colspan="2">firstcreated, versioncreated, embargoed (ISO 8601, zone optional)</td></tr>
 *   <tr><td>keywords</td><td>keywords, subject[].name</td><td>keywords, subjects[].name</td></tr>
 *   <tr><td>body</td><td>body_text, else body_html, else body_xhtml</td><td>bodies[] text/plain, else text/html</td></tr>
 *   <tr><td>provider</td><td colspan="2">provider(.name), else copyrightholder, else infosource(s)[].name, else the origin's hint</td></tr>
 *   <tr><td>metadata</td><td colspan="2">every other flat property under its own name</td></tr>
 * </table>
 *
 * <p>An item without any body is still valid (a headline-only item is news metadata; AP's Media API
 * sends the body as a separate rendition, which is not fetched). An item without a headline is not.
 * The AP Media API envelope {@code {"data": {"item": ...}}} is unwrapped, and a feed page
 * {@code {"data": {"items": [{"item": ...}]}}} gives one article per item.
 *
 * <p>Stateless and thread-safe.
 */
public final class NinjsFormat implements WireFormat {

    /** The format id. */
    public static final String ID = "ninjs";

    /** Provider used when neither the item nor the origin names one. */
    public static final String UNKNOWN_PROVIDER = "unknown";

    // Every ninjs JSON schema lives under http(s)://www.iptc.org/std/ninjs/.
    private static final String SCHEMA_SIGNATURE = "iptc.org/std/ninjs";
    private static final Pattern STANDARD_NAME = Pattern.compile("\"name\"\\s*:\\s*\"ninjs\"");
    private static final Pattern ID_PROPERTY = Pattern.compile("\"(?:uri|guid)\"\\s*:");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,18}");
    private static final Pattern URGENCY = Pattern.compile("[1-9]");

    private static final Set<String> VISUAL_TYPES = Set.of("picture", "video", "graphic", "audio");
    private static final Set<String> SUMMARY_ROLES = Set.of("summary", "teaser", "abstract", "lede", "lead", "ingress", "text", "sub");
    private static final Set<String> CAPTION_ROLES = Set.of("caption", "text", "description", "summary", "alt");

    private final ObjectMapper mapper = JsonMapper.builder()
            // "{...} junk" is a damaged file, not a ninjs item followed by noise.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final ProviderProfiles profiles;

    /** A ninjs format with the {@link ProviderProfiles#standard() standard} provider profiles. */
    public NinjsFormat() {
        this(ProviderProfiles.standard());
    }

    /** @param profiles the provider profiles to apply, not null */
    public NinjsFormat(ProviderProfiles profiles) {
        this.profiles = java.util.Objects.requireNonNull(profiles, "profiles");
    }

    @Override
    public String id() {
        return ID;
    }

    /**
     * {@link Detection#CERTAIN} for a JSON object naming a ninjs schema or standard,
     * {@link Detection#LIKELY} for a JSON object with a {@code uri} or {@code guid} property in its
     * head, {@link Detection#NO_MATCH} otherwise.
     */
    @Override
    public Detection detect(byte[] head) {
        int i = startsWithBom(head) ? 3 : 0;
        while (i < head.length && isJsonWhitespace(head[i])) {
            i++;
        }
        if (i == head.length || head[i] != '{') {
            return Detection.NO_MATCH;
        }
        // The signatures are ASCII; Latin-1 maps every byte to one char and never fails.
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (text.contains(SCHEMA_SIGNATURE) || STANDARD_NAME.matcher(text).find()) {
            return Detection.CERTAIN;
        }
        return ID_PROPERTY.matcher(text).find() ? Detection.LIKELY : Detection.NO_MATCH;
    }

    @Override
    public List<ParsedArticle> parse(byte[] content, Origin origin) {
        JsonNode root = readTree(content, origin);
        List<ObjectNode> items = items(root, origin);
        List<ParsedArticle> articles = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            articles.add(parseItem(new NinjsItem(items.get(i)), i, origin, profiles));
        }
        return List.copyOf(articles);
    }

    private JsonNode readTree(byte[] content, Origin origin) {
        try {
            JsonNode root = mapper.readTree(content);
            if (root == null || root.isMissingNode()) {
                throw new WireFormatException(ID, origin, "empty input");
            }
            if (!root.isObject()) {
                throw new WireFormatException(ID, origin, "input is a JSON " + root.getNodeType()
                        .toString().toLowerCase(Locale.ROOT) + ", not an object");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new WireFormatException(ID, origin, "invalid JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new WireFormatException(ID, origin, "unreadable JSON: " + e.getMessage(), e);
        }
    }

    /** The ninjs objects in the input: the root, or the items of an AP Media API envelope. */
    private static List<ObjectNode> items(JsonNode root, Origin origin) {
        if (field(root, "uri") != null || field(root, "guid") != null) {
            return List.of((ObjectNode) root);
        }
        JsonNode data = field(root, "data");
        List<ObjectNode> items = new ArrayList<>();
        JsonNode item = field(data, "item");
        if (item != null && item.isObject()) {
            items.add((ObjectNode) item);
        }
        for (JsonNode entry : elements(field(data, "items"))) {
            JsonNode wrapped = field(entry, "item");
            JsonNode candidate = wrapped != null ? wrapped : entry;
            if (candidate.isObject()) {
                items.add((ObjectNode) candidate);
            }
        }
        if (items.isEmpty()) {
            throw new WireFormatException(ID, origin, "no uri or guid in the item, and no data.item envelope");
        }
        return items;
    }

    private static ParsedArticle parseItem(NinjsItem item, int index, Origin origin, ProviderProfiles profiles) {
        String uri = item.takeText("uri", "guid");
        if (uri == null) {
            throw new WireFormatException(ID, origin, "no uri or guid in item #" + (index + 1));
        }
        String provider = provider(item, origin);
        ProviderProfile profile = profiles.forItem(provider, uri);
        String stableId = profile.storyIdPath() == null ? null : text(item.path(profile.storyIdPath()));
        String id = stableId != null ? stableId : uri;
        String type = text(item.peek("type"));
        boolean visual = type != null && VISUAL_TYPES.contains(type.toLowerCase(Locale.ROOT));

        List<JsonNode> headlines = elements(item.peek("headlines"));
        item.mapped("headlines");
        String headline = item.takeText("headline");
        if (headline == null) {
            headline = mainHeadline(headlines);
        }
        List<String> captions = visual ? captions(item) : List.of();
        if (headline == null && !captions.isEmpty()) {
            headline = shortened(captions.get(0));
        }
        if (headline == null) {
            throw new WireFormatException(ID, origin, "no headline in item " + id);
        }
        List<String> body = withoutLeadingHeadline(body(item), headline);
        String credit = null;
        if (!body.isEmpty() && isCreditLine(body.get(0), provider)) {
            // "Försvar TT": a topic-and-agency line opening a plain body is not copy.
            credit = body.get(0);
            body = body.subList(1, body.size());
        }
        if (body.isEmpty() && visual) {
            // A picture or video has no body: its caption is its text.
            body = captions;
        }
        String subheadline = subHeadline(headlines);
        if (subheadline == null && !visual) {
            subheadline = summary(item);
        }
        String byline = item.takeText("byline", "by");
        String located = item.takeText("located");
        ParsedArticle.Builder article = ParsedArticle.builder(id, headline)
                .version(version(item))
                .pubStatus(pubStatus(item, id, origin))
                .provider(provider)
                .subheadline(subheadline)
                .byline(byline)
                .dateline(located)
                .language(item.takeText("language"))
                .body(body)
                .firstCreated(timestamp(item, "firstcreated"))
                .versionCreated(timestamp(item, "versioncreated"))
                .embargoedUntil(timestamp(item, "embargoed", "embargoeduntil"))
                .keywords(keywords(item))
                .urgency(urgency(item))
                .subjects(subjects(item))
                .places(places(item, located))
                .associations(associations(item))
                .signals(signals(item))
                .priority(priority(item, profile))
                .copyrightHolder(item.takeText("copyrightholder"))
                .copyrightNotice(item.takeText("copyrightnotice"))
                .usageTerms(joined(item, "usageterms"))
                .rawId(id.equals(uri) ? null : uri);
        if (byline != null) {
            String name = byline.replaceFirst("(?i)^(?:by|von|av|par|por|door|di)\\s+", "").strip();
            if (!name.isEmpty()) {
                article.person(new ParsedArticle.Person(name, "author", null));
            }
        }
        article.metadata("bodyCredit", credit);
        // The body may exist only as a rendition (AP sends NITF and ANPA downloads): nothing is
        // fetched, but the desk must see where it is, not a bare headline.
        article.metadata(renditionLinks(item));
        // Last: only what no field above took is left for metadata.
        return article.metadata(item.unmapped()).build();
    }

    /** The item's own renditions as {@code rendition.<name>} to href, in order. */
    private static java.util.Map<String, String> renditionLinks(NinjsItem item) {
        java.util.Map<String, String> links = new java.util.LinkedHashMap<>();
        JsonNode renditions = item.peek("renditions");
        if (renditions == null) {
            return links;
        }
        List<java.util.Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        if (renditions.isObject()) {
            renditions.properties().forEach(entries::add);
        } else {
            List<JsonNode> list = elements(renditions);
            for (int i = 0; i < list.size(); i++) {
                JsonNode r = list.get(i);
                String name = firstText(r, "name", "rel", "contenttype", "mimetype");
                entries.add(java.util.Map.entry(name != null ? name : Integer.toString(i + 1), r));
            }
        }
        for (java.util.Map.Entry<String, JsonNode> entry : entries) {
            String href = text(field(entry.getValue(), "href"));
            if (href != null) {
                links.putIfAbsent("rendition." + entry.getKey(), href);
            }
        }
        item.mapped("renditions");
        return links;
    }

    /** The caption or description of a picture or video item, as paragraphs. */
    private static List<String> captions(NinjsItem item) {
        String text = text(item.peek("description_text"));
        String html = text(item.peek("description_html"));
        if (text != null) {
            item.mapped("description_text", "description_html");
            return Paragraphs.fromLines(text);
        }
        if (html != null) {
            item.mapped("description_html");
            return Paragraphs.fromHtml(html);
        }
        for (JsonNode description : elements(item.peek("descriptions"))) {
            String role = text(field(description, "role"));
            String value = description.isObject() ? text(field(description, "value")) : text(description);
            if (value != null && (role == null || CAPTION_ROLES.contains(role.toLowerCase(Locale.ROOT)))) {
                item.mapped("descriptions");
                String contentType = mediaType(text(field(description, "contenttype")));
                return contentType != null && contentType.contains("html") ? Paragraphs.fromHtml(value) : Paragraphs.fromLines(value);
            }
        }
        return List.of();
    }

    /** A teaser: ninjs 1.x {@code description_text}, or a 2.x/3.x description with a summary role. */
    private static String summary(NinjsItem item) {
        String text = item.takeText("description_text");
        if (text != null) {
            return text;
        }
        for (JsonNode description : elements(item.peek("descriptions"))) {
            String role = text(field(description, "role"));
            String value = text(field(description, "value"));
            if (value != null && role != null && SUMMARY_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
                item.mapped("descriptions");
                return value;
            }
        }
        return null;
    }

    /** A plain-text body that repeats the headline as its first line loses that line. */
    private static List<String> withoutLeadingHeadline(List<String> body, String headline) {
        if (!body.isEmpty() && body.get(0).strip().equalsIgnoreCase(headline.strip())) {
            return body.subList(1, body.size());
        }
        return body;
    }

    /** A line of at most four words whose last word is the provider's name. */
    private static boolean isCreditLine(String paragraph, String provider) {
        String[] words = paragraph.strip().split("\\s+");
        return words.length >= 2 && words.length <= 4 && words[words.length - 1].equals(provider.strip());
    }

    private static String shortened(String caption) {
        int end = caption.indexOf(". ");
        String first = end > 0 && end < 150 ? caption.substring(0, end + 1) : caption;
        return first.length() > 150 ? first.substring(0, 150).strip() + "…" : first;
    }

    private static List<ParsedArticle.Subject> subjects(NinjsItem item) {
        List<ParsedArticle.Subject> subjects = new ArrayList<>();
        for (JsonNode subject : elements(item.peek("subject", "subjects"))) {
            if (!subject.isObject()) {
                continue;
            }
            String code = firstText(subject, "code", "qcode", "literal", "uri");
            String name = text(field(subject, "name"));
            if (code != null || name != null) {
                subjects.add(new ParsedArticle.Subject(text(field(subject, "scheme")), code, name));
            }
        }
        return subjects;
    }

    private static List<ParsedArticle.Place> places(NinjsItem item, String located) {
        List<ParsedArticle.Place> places = new ArrayList<>();
        if (located != null) {
            places.add(new ParsedArticle.Place(located, null, null, "located"));
        }
        for (JsonNode place : elements(item.peek("place", "places"))) {
            String name = place.isObject() ? text(field(place, "name")) : text(place);
            String code = place.isObject() ? firstText(place, "code", "qcode", "literal") : null;
            if (name != null || code != null) {
                places.add(new ParsedArticle.Place(name, place.isObject() ? text(field(place, "scheme")) : null, code, "about"));
            }
        }
        item.mapped("place", "places");
        return places;
    }

    /** Pictures, video and other items attached by reference; renditions are never fetched. */
    private static List<ParsedArticle.Association> associations(NinjsItem item) {
        List<ParsedArticle.Association> associations = new ArrayList<>();
        JsonNode node = item.peek("associations");
        if (node == null) {
            return associations;
        }
        List<JsonNode> entries = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(entry -> entries.add(entry.getValue()));
        } else {
            entries.addAll(elements(node));
        }
        for (JsonNode association : entries) {
            if (!association.isObject()) {
                continue;
            }
            NinjsItem nested = new NinjsItem((com.fasterxml.jackson.databind.node.ObjectNode) association);
            List<String> caption = captions(nested);
            String headline = text(field(association, "headline"));
            List<ParsedArticle.Rendition> renditions = new ArrayList<>();
            JsonNode rendition = field(association, "renditions");
            List<JsonNode> renditionNodes = new ArrayList<>();
            if (rendition != null && rendition.isObject()) {
                rendition.properties().forEach(entry -> renditionNodes.add(entry.getValue()));
            } else {
                renditionNodes.addAll(elements(rendition));
            }
            for (JsonNode r : renditionNodes) {
                String href = text(field(r, "href"));
                if (href != null) {
                    renditions.add(new ParsedArticle.Rendition(href, firstText(r, "mimetype", "contenttype"),
                            longOrNull(field(r, "sizeinbytes")), intOrNull(field(r, "width")), intOrNull(field(r, "height"))));
                }
            }
            associations.add(new ParsedArticle.Association(firstText(association, "guid", "name"), text(field(association, "uri")),
                    text(field(association, "type")), caption.isEmpty() ? headline : String.join("\n", caption), renditions));
        }
        item.mapped("associations");
        return associations;
    }

    private static List<String> signals(NinjsItem item) {
        List<String> signals = new ArrayList<>();
        for (JsonNode signal : elements(item.peek("signals"))) {
            String value = signal.isObject() ? firstText(signal, "name", "code", "uri") : text(signal);
            if (value != null) {
                signals.add(value.toLowerCase(Locale.ROOT));
            }
        }
        item.mapped("signals");
        return signals;
    }

    private static Integer priority(NinjsItem item, ProviderProfile profile) {
        String numeric = text(item.peek("priority"));
        if (numeric != null && URGENCY.matcher(numeric).matches()) {
            item.mapped("priority");
            return Integer.parseInt(numeric);
        }
        if (profile.priorityPath() != null) {
            Integer priority = Priorities.urgency(text(item.path(profile.priorityPath())));
            if (priority != null) {
                item.mapped(profile.priorityPath());
                return priority;
            }
        }
        return null;
    }

    private static String joined(NinjsItem item, String name) {
        JsonNode value = item.peek(name);
        if (value == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode part : elements(value)) {
            String text = text(part);
            if (text != null) {
                parts.add(text);
            }
        }
        item.mapped(name);
        return parts.isEmpty() ? null : String.join("\n", parts);
    }

    private static String firstText(JsonNode object, String... names) {
        for (String name : names) {
            String value = text(field(object, name));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static Long longOrNull(JsonNode node) {
        return node != null && node.canConvertToLong() ? node.longValue() : null;
    }

    private static Integer intOrNull(JsonNode node) {
        return node != null && node.canConvertToInt() ? node.intValue() : null;
    }

    private static String mainHeadline(List<JsonNode> headlines) {
        String firstWithoutRole = null;
        String first = null;
        for (JsonNode headline : headlines) {
            String value = headline.isObject() ? text(field(headline, "value")) : text(headline);
            String role = text(field(headline, "role"));
            if (value == null) {
                continue;
            }
            if ("main".equalsIgnoreCase(role)) {
                return value;
            }
            if (role == null && firstWithoutRole == null) {
                firstWithoutRole = value;
            }
            if (first == null) {
                first = value;
            }
        }
        return firstWithoutRole != null ? firstWithoutRole : first;
    }

    private static String subHeadline(List<JsonNode> headlines) {
        for (JsonNode headline : headlines) {
            String role = text(field(headline, "role"));
            if (role != null && role.toLowerCase(Locale.ROOT).startsWith("sub")) {
                return text(field(headline, "value"));
            }
        }
        return null;
    }

    /** A whole number is the version; anything else is kept verbatim in metadata and counts as 1. */
    private static long version(NinjsItem item) {
        JsonNode version = item.peek("version");
        if (version == null) {
            return 1;
        }
        if (version.isIntegralNumber() && version.canConvertToLong() && version.longValue() >= 0) {
            item.mapped("version");
            return version.longValue();
        }
        if (version.isTextual() && WHOLE_NUMBER.matcher(version.asText().strip()).matches()) {
            item.mapped("version");
            return Long.parseLong(version.asText().strip());
        }
        return 1;
    }

    /**
     * An unknown status fails the item rather than defaulting to usable: publishing a story whose
     * status we could not read (it might be a kill) is worse than dead-lettering it.
     */
    private static PubStatus pubStatus(NinjsItem item, String id, Origin origin) {
        String status = item.takeText("pubstatus");
        if (status == null) {
            return PubStatus.USABLE;
        }
        // Items converted from NewsML-G2 keep the qcode form ("stat:canceled").
        String code = status.toLowerCase(Locale.ROOT).replaceFirst("^stat:", "");
        return switch (code) {
            case "usable" -> PubStatus.USABLE;
            case "withheld" -> PubStatus.WITHHELD;
            case "canceled", "cancelled" -> PubStatus.CANCELED;
            default -> throw new WireFormatException(ID, origin,
                    "unknown pubstatus '" + status + "' in item " + id);
        };
    }

    private static String provider(NinjsItem item, Origin origin) {
        JsonNode provider = item.peek("provider");
        String name = provider != null && provider.isObject() ? text(field(provider, "name")) : text(provider);
        if (name != null) {
            item.mapped("provider");
            return name;
        }
        name = item.takeText("copyrightholder");
        if (name != null) {
            return name;
        }
        for (String property : new String[] {"infosource", "infosources"}) {
            for (JsonNode source : elements(item.peek(property))) {
                name = source.isObject() ? text(field(source, "name")) : text(source);
                if (name != null) {
                    item.mapped(property);
                    return name;
                }
            }
        }
        return origin.provider() != null ? origin.provider() : UNKNOWN_PROVIDER;
    }

    private static List<String> body(NinjsItem item) {
        String text = text(item.peek("body_text"));
        String html = text(item.peek("body_html", "body_html5", "body_xhtml"));
        List<JsonNode> bodies = elements(item.peek("bodies"));
        // Every body property counts as mapped: the variants not chosen repeat the chosen one.
        item.mapped("body_text", "body_html", "body_html5", "body_xhtml", "bodies");
        if (text != null) {
            return Paragraphs.fromPlainText(text);
        }
        if (html != null) {
            return Paragraphs.fromHtml(html);
        }
        JsonNode plainBody = null;
        JsonNode htmlBody = null;
        JsonNode untypedBody = null;
        for (JsonNode body : bodies) {
            String role = text(field(body, "role"));
            // A summary or teaser body repeats the story; the main text has a main role or none.
            if (text(field(body, "value")) == null
                    || role != null && Set.of("summary", "teaser", "abstract", "caption").contains(role.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String type = mediaType(text(field(body, "contenttype")));
            if (type == null && untypedBody == null) {
                untypedBody = body;
            } else if ("text/plain".equals(type) && plainBody == null) {
                plainBody = body;
            } else if (("text/html".equals(type) || "application/xhtml+xml".equals(type)) && htmlBody == null) {
                htmlBody = body;
            }
        }
        if (plainBody != null) {
            return Paragraphs.fromPlainText(text(field(plainBody, "value")));
        }
        if (htmlBody != null) {
            return Paragraphs.fromHtml(text(field(htmlBody, "value")));
        }
        if (untypedBody != null) {
            String value = text(field(untypedBody, "value"));
            // No content type: "up to the provider", so go by what it looks like.
            return value.startsWith("<") ? Paragraphs.fromHtml(value) : Paragraphs.fromLines(value);
        }
        return List.of();
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int parameters = contentType.indexOf(';');
        return (parameters >= 0 ? contentType.substring(0, parameters) : contentType).strip().toLowerCase(Locale.ROOT);
    }

    /** A timestamp that does not parse stays in metadata verbatim instead of being lost. */
    private static Instant timestamp(NinjsItem item, String... names) {
        for (String name : names) {
            String value = text(item.peek(name));
            if (value != null) {
                Instant parsed = IsoTimestamps.parse(value).orElse(null);
                if (parsed != null) {
                    item.mapped(name);
                    return parsed;
                }
            }
        }
        return null;
    }

    private static List<String> keywords(NinjsItem item) {
        Set<String> keywords = new LinkedHashSet<>();
        for (JsonNode keyword : elements(item.peek("keywords"))) {
            String value = text(keyword);
            if (value != null) {
                keywords.add(value);
            }
        }
        for (JsonNode subject : elements(item.peek("subject", "subjects"))) {
            String name = subject.isObject() ? text(field(subject, "name")) : text(subject);
            if (name != null) {
                keywords.add(name);
            }
        }
        item.mapped("keywords", "subject", "subjects");
        return List.copyOf(keywords);
    }

    private static Integer urgency(NinjsItem item) {
        // IPTC urgency is 1 (flash) to 9; anything else stays in metadata verbatim.
        String text = text(item.peek("urgency"));
        if (text == null || !URGENCY.matcher(text).matches()) {
            return null;
        }
        item.mapped("urgency");
        return Integer.parseInt(text);
    }

    private static boolean startsWithBom(byte[] head) {
        return head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
    }

    private static boolean isJsonWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
