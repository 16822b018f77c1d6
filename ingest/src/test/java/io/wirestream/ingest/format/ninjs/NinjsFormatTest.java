package io.wirestream.ingest.format.ninjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.wirestream.ingest.Fixtures;
import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.ParsedArticle;
import io.wirestream.ingest.format.WireFormatException;
import io.wirestream.schemas.PubStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NinjsFormatTest {

    private static final Instant RECEIVED = Instant.parse("2025-03-20T10:00:00Z");

    private final NinjsFormat format = new NinjsFormat();

    private ParsedArticle parseOne(String fixture) {
        List<ParsedArticle> articles = format.parse(Fixtures.bytes("ninjs/" + fixture), Origin.of("in/" + fixture, RECEIVED));
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }

    private List<ParsedArticle> parseJson(String json, Origin origin) {
        return format.parse(json.getBytes(StandardCharsets.UTF_8), origin);
    }

    @Test
    void mapsEveryFieldOfAFullNinjs1Item() {
        ParsedArticle article = parseOne("1x-full.json");

        assertThat(article.id()).isEqualTo("urn:newsml:wirestream.example:20250311:harbour-cranes");
        assertThat(article.version()).isEqualTo(3);
        assertThat(article.pubStatus()).isEqualTo(PubStatus.WITHHELD);
        assertThat(article.provider()).isEqualTo("Calmara Wire");
        assertThat(article.headline()).isEqualTo("Calmara port orders four electric cranes");
        assertThat(article.subheadline()).isEqualTo("The port authority signs its largest equipment contract in twenty years.");
        assertThat(article.copyrightHolder()).isEqualTo("Calmara Wire Ltd");
        assertThat(article.copyrightNotice()).isEqualTo("(c) 2025 Calmara Wire Ltd");
        assertThat(article.byline()).isEqualTo("By Mira Kastelic");
        assertThat(article.dateline()).isEqualTo("CALMARA");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.urgency()).isEqualTo(2);
        assertThat(article.firstCreated()).isEqualTo(Instant.parse("2025-03-11T07:15:00Z"));
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2025-03-11T08:40:30Z"));
        assertThat(article.embargoedUntil()).as("no zone: UTC").isEqualTo(Instant.parse("2025-03-11T10:00:00Z"));
        assertThat(article.keywords()).containsExactly("port", "shipping", "Economy", "Transport");
        assertThat(article.body()).containsExactly(
                "The port authority of Calmara has ordered four electric ship-to-shore cranes, its largest equipment purchase in twenty years.",
                "The cranes, due in 2027, will replace diesel machines\u00a0bought in the 1990s.",
                "They are expected to cut the port\u2019s emissions by a third.",
                "\u201cThis is the port\u2019s future,\u201d director Ilir Vanko said.");
    }

    @Test
    void keepsUnmappedFlatPropertiesAsMetadataUnderTheirOwnNames() {
        ParsedArticle article = parseOne("1x-full.json");

        assertThat(article.metadata()).containsExactly(
                entry("$schema", "http://www.iptc.org/std/ninjs/ninjs-schema_1.4.json"),
                entry("type", "text"),
                entry("slugline", "PORT-CRANES"),
                entry("altids.transref", "CW-0311-017"));
    }

    @Test
    void readsAMinimalItem() {
        ParsedArticle article = parseOne("1x-minimal.json");

        assertThat(article.id()).isEqualTo("urn:newsml:wirestream.example:20250311:bakery");
        assertThat(article.version()).isEqualTo(1);
        assertThat(article.pubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(article.provider()).isEqualTo(NinjsFormat.UNKNOWN_PROVIDER);
        assertThat(article.body()).containsExactly("The bakery on Market Street reopened on Saturday after a fire in January.");
        assertThat(article.metadata()).isEmpty();
    }

    @Test
    void fallsBackToTheOriginsProviderHint() {
        ParsedArticle article = format.parse(Fixtures.bytes("ninjs/1x-minimal.json"),
                new Origin("in/bakery.json", "Calmara Wire", RECEIVED)).get(0);

        assertThat(article.provider()).isEqualTo("Calmara Wire");
    }

    @Test
    void picksTheMainAndSubHeadlinesByRoleAndSplitsAnHtmlBody() {
        ParsedArticle article = parseOne("2x-html.json");

        assertThat(article.headline()).isEqualTo("Sturm beschädigt Dach des Stadtmuseums");
        assertThat(article.subheadline()).isEqualTo("Restauratoren bergen Gemälde aus dem Dachgeschoss");
        assertThat(article.version()).isEqualTo(2);
        assertThat(article.byline()).isEqualTo("Von Lena Horvat, vpa");
        assertThat(article.provider()).isEqualTo("Vardo Presse");
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2025-03-12T14:02:00Z"));
        assertThat(article.body()).containsExactly(
                "Ein Sturm hat in der Nacht zum Mittwoch das Dach des Stadtmuseums von Vardo beschädigt.",
                "Verletzt wurde nach Angaben der Feuerwehr niemand.");
        assertThat(article.metadata()).isEmpty();
    }

    @Test
    void readsCamelCasedNinjs3AndPrefersThePlainTextBody() {
        ParsedArticle article = parseOne("3x-plain.json");

        assertThat(article.id()).isEqualTo("http://example.org/media/text/250313-bridge-b41c");
        assertThat(article.headline()).isEqualTo("Ny bro över Lillälven invigs i maj");
        assertThat(article.pubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(article.provider()).isEqualTo("Nordvik Nyheter");
        assertThat(article.firstCreated()).isEqualTo(Instant.parse("2025-03-13T05:00:00Z"));
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2025-03-13T07:30:00Z"));
        assertThat(article.urgency()).isEqualTo(3);
        assertThat(article.language()).isEqualTo("sv");
        assertThat(article.keywords()).containsExactly("Infrastruktur");
        assertThat(article.body()).containsExactly(
                "Den nya bron över Lillälven invigs den 12 maj, meddelar kommunen.",
                "Bron ersätter en träbro från 1952.",
                "\u2013 Vi har väntat länge, säger kommunalrådet Sara Lind.");
        assertThat(article.metadata()).containsExactly(
                entry("type", "text"),
                entry("altIds.originaltransmissionreference", "b41c-77"),
                entry("slugline", "bro"));
    }

    @Test
    void unwrapsTheApMediaApiEnvelopeAndAcceptsAnItemWithoutBody() {
        ParsedArticle article = parseOne("ap-envelope.json");

        assertThat(article.id()).isEqualTo("https://api.example.org/content/7f3a9c?qt=abc&et=1x");
        assertThat(article.version()).as("numeric version 0").isZero();
        assertThat(article.headline()).isEqualTo("BC-Harbour Schedules");
        assertThat(article.provider()).isEqualTo("Example Press");
        assertThat(article.urgency()).isEqualTo(5);
        assertThat(article.body()).isEmpty();
        assertThat(article.keywords()).containsExactly("Harbour Schedules");
        assertThat(article.usageTerms()).isEqualTo("Editorial use only.");
        assertThat(article.metadata())
                .containsEntry("altids.itemid", "7f3a9c")
                .doesNotContainKeys("renditions", "api_version", "data");
    }

    @Test
    void returnsOneArticlePerItemOfAnApFeedPage() {
        List<ParsedArticle> articles = format.parse(Fixtures.bytes("ninjs/ap-feed.json"), Origin.of("feed.json", RECEIVED));

        assertThat(articles).extracting(ParsedArticle::id)
                .containsExactly("https://api.example.org/content/a1", "https://api.example.org/content/b2");
        assertThat(articles).extracting(ParsedArticle::version).containsExactly(1L, 4L);
    }

    @Test
    void mapsCanceledAndKeepsANonNumericVersionInMetadata() {
        ParsedArticle article = parseOne("canceled.json");

        assertThat(article.pubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(article.version()).isEqualTo(1);
        assertThat(article.metadata()).containsExactly(entry("version", "v2-corr"));
    }

    @Test
    void toleratesABomCrlfAndTimestampsWithoutZone() {
        ParsedArticle article = parseOne("odd-bom-crlf.json");

        assertThat(article.id()).as("guid").isEqualTo("tag:example.org,2025:odd-1");
        assertThat(article.version()).isEqualTo(7);
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2025-03-16T12:00:00Z"));
        assertThat(article.firstCreated()).isEqualTo(Instant.parse("2025-03-16T00:00:00Z"));
        assertThat(article.urgency()).as("urgency as a string").isEqualTo(3);
        assertThat(article.embargoedUntil()).isNull();
        assertThat(article.metadata()).as("an unreadable date is kept, not lost").containsExactly(entry("embargoed", "not a date"));
        assertThat(article.body()).containsExactly("First line.", "Second line.");
    }

    @Test
    void mapsWithheldAndTheBritishSpellingOfCancelled() {
        assertThat(parseJson("{\"uri\":\"u\",\"headline\":\"h\",\"pubstatus\":\"Withheld\"}", Origin.of("a", RECEIVED)).get(0).pubStatus())
                .isEqualTo(PubStatus.WITHHELD);
        assertThat(parseJson("{\"uri\":\"u\",\"headline\":\"h\",\"pubStatus\":\"cancelled\"}", Origin.of("a", RECEIVED)).get(0).pubStatus())
                .isEqualTo(PubStatus.CANCELED);
    }

    @Test
    void rejectsAnUnknownPubStatusRatherThanPublishingIt() {
        assertThatThrownBy(() -> parseJson("{\"uri\":\"urn:x\",\"headline\":\"h\",\"pubstatus\":\"killed\"}", Origin.of("in/k.json", RECEIVED)))
                .isInstanceOf(WireFormatException.class)
                .hasMessage("ninjs: unknown pubstatus 'killed' in item urn:x (in/k.json)");
    }

    @Test
    void takesAnUntypedBodyAsHtmlOrTextByItsLooks() {
        Origin origin = Origin.of("a.json", RECEIVED);
        assertThat(parseJson("{\"uri\":\"u\",\"headline\":\"h\",\"bodies\":[{\"value\":\"<p>One</p><p>Two</p>\"}]}", origin).get(0).body())
                .containsExactly("One", "Two");
        assertThat(parseJson("{\"uri\":\"u\",\"headline\":\"h\",\"bodies\":[{\"value\":\"One\\nTwo\"}]}", origin).get(0).body())
                .containsExactly("One", "Two");
    }

    @Test
    void rejectsAnItemWithoutHeadlineNamingTheItem() {
        assertThatThrownBy(() -> parseOne("no-headline.json"))
                .isInstanceOf(WireFormatException.class)
                .hasMessage("ninjs: no headline in item urn:x:no-headline (in/no-headline.json)");
    }

    @Test
    void rejectsTruncatedJsonSayingWhere() {
        assertThatThrownBy(() -> parseOne("truncated.json"))
                .isInstanceOf(WireFormatException.class)
                .hasMessageStartingWith("ninjs: invalid JSON at line 1, column ")
                .hasMessageEndingWith("(in/truncated.json)");
    }

    @Test
    void rejectsTrailingGarbageAfterTheObject() {
        assertThatThrownBy(() -> parseJson("{\"uri\":\"u\",\"headline\":\"h\"} trailing", Origin.of("t.json", RECEIVED)))
                .isInstanceOf(WireFormatException.class)
                .hasMessageStartingWith("ninjs: invalid JSON");
    }

    @Test
    void rejectsAJsonArrayAndAnObjectWithoutId() {
        assertThatThrownBy(() -> parseOne("array.json"))
                .isInstanceOf(WireFormatException.class)
                .hasMessage("ninjs: input is a JSON array, not an object (in/array.json)");
        assertThatThrownBy(() -> parseJson("{\"headline\":\"h\"}", Origin.of("n.json", RECEIVED)))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("no uri or guid");
    }

    @Test
    void rejectsEmptyInput() {
        assertThatThrownBy(() -> format.parse(new byte[0], Origin.of("e.json", RECEIVED)))
                .isInstanceOf(WireFormatException.class)
                .hasMessage("ninjs: empty input (e.json)");
    }

    @Test
    void readsTheTtDialectOfNinjs1WithBodyHtml5AndDescriptionText() {
        ParsedArticle article = parseOne("1x-tt-html5.json");

        assertThat(article.headline()).isEqualTo("Islands vote on a new ferry contract");
        assertThat(article.subheadline()).isEqualTo("Voters on three islands decide on Sunday who runs the ferries.");
        assertThat(article.body()).containsExactly(
                "Voters on Isola Brava, Isola Nera and Scoglio decide on Sunday who will run the ferries.",
                "The contract runs for ten years.");
    }

    @Test
    void picksTheMainBodyAndSummaryDescriptionOfNinjs2() {
        ParsedArticle article = parseOne("2x-roles.json");

        assertThat(article.headline()).isEqualTo("Harbour dredging starts in May");
        assertThat(article.subheadline()).as("the sub headline before the summary").isEqualTo("Port authority plan");
        assertThat(article.body()).containsExactly(
                "Dredging of the harbour of Calmara starts in May, the port authority said.",
                "Larger ships will be able to dock from 2026.");
    }

    @Test
    void givesAPictureItsCaptionAsText() {
        ParsedArticle article = parseOne("picture.json");

        assertThat(article.headline()).isEqualTo("Ferry leaves Calmara at dawn");
        assertThat(article.body()).containsExactly("The first ferry of the day leaves the harbour of Calmara on Monday.");
        assertThat(article.byline()).isEqualTo("Ana Ruiz");
    }

    @Test
    void keepsTheStableAltIdOfAnApItemAsItsIdThroughTheApProfile() {
        ParsedArticle article = parseOne("ap-profile.json");

        assertThat(article.id()).isEqualTo("c0ffee42");
        assertThat(article.rawId()).isEqualTo("https://api.ap.example/content/c0ffee42?qt=T0k3n&et=9");
        assertThat(article.priority()).as("editorialpriority b").isEqualTo(2);
        assertThat(article.signals()).containsExactly("newscontent");
        assertThat(article.associations()).singleElement()
                .satisfies(a -> assertThat(a.caption()).isEqualTo("Cranes at the port of Calmara."));
    }

    @Test
    void appliesNoProfileWhenGivenNone() {
        ParsedArticle article = new NinjsFormat(io.wirestream.ingest.format.profile.ProviderProfiles.none())
                .parse(Fixtures.bytes("ninjs/ap-profile.json"), Origin.of("in/ap.json", RECEIVED)).get(0);

        assertThat(article.id()).isEqualTo("https://api.ap.example/content/c0ffee42?qt=T0k3n&et=9");
    }

    @Test
    void readsUtf16WithAByteOrderMark() {
        String json = "{\"uri\": \"urn:x:1\", \"headline\": \"Zürich café reopens\", \"body_text\": \"Straße\"}";
        byte[] utf16 = ("\uFEFF" + json).getBytes(java.nio.charset.StandardCharsets.UTF_16LE);

        ParsedArticle article = format.parse(utf16, Origin.of("in/u16.json", RECEIVED)).get(0);

        assertThat(article.headline()).isEqualTo("Zürich café reopens");
        assertThat(article.body()).containsExactly("Straße");
    }

    @Test
    void readsABodyXhtmlOnlyItemWithOffsetsAndFractionalSeconds() {
        ParsedArticle article = parseOne("1x-xhtml-offset.json");

        assertThat(article.id()).isEqualTo("http://news.lakeside.example/item/2026/ferry-strike");
        assertThat(article.version()).isEqualTo(4);
        assertThat(article.headline()).isEqualTo("Ferry crews on Lake Varen walk out");
        assertThat(article.byline()).isEqualTo("By Petra Anselm");
        assertThat(article.bylines()).containsExactly(new ParsedArticle.Person("Petra Anselm", "author", null));
        assertThat(article.dateline()).isEqualTo("Varenstadt");
        assertThat(article.language()).isEqualTo("de-CH");
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2026-11-30T13:05:12.345Z"));
        assertThat(article.firstCreated()).as("+0100 without colon").isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
        assertThat(article.subjects()).extracting(ParsedArticle.Subject::code).containsExactly("04005000", "09003000");
        assertThat(article.body()).containsExactly(
                "Ferry crews on Lake Varen stopped work at dawn on Monday, leaving about 4,000 commuters stranded.",
                "The union said talks with the operator had failed over night shifts.",
                "\u201cWe have no choice,\u201d said shop steward Anton Brell.",
                "Line 1: suspended",
                "Line 4: reduced service");
    }

    @Test
    void keepsWhereTheBodyIsWhenAnItemHasOnlyRenditions() {
        ParsedArticle article = parseOne("2x-headline-roles-renditions.json");

        assertThat(article.headline()).as("role main, not the first").isEqualTo("Public saunas draw record crowds in Oulanka");
        assertThat(article.subheadline()).isEqualTo("Visitor numbers doubled in a year");
        assertThat(article.byline()).isEqualTo("Veera Lintunen");
        assertThat(article.language()).isEqualTo("fi");
        assertThat(article.version()).isEqualTo(2);
        assertThat(article.body()).isEmpty();
        assertThat(article.metadata()).containsEntry("rendition.nitf", "https://api.northwire.example/items/123456/nitf");
    }

    @Test
    void readsACanceledCamelCaseNinjs3Item() {
        ParsedArticle article = parseOne("3x-canceled-camel.json");

        assertThat(article.pubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(article.version()).isEqualTo(7);
        assertThat(article.headline()).isEqualTo("Bridge reopening postponed");
        assertThat(article.bylines()).containsExactly(new ParsedArticle.Person("Nils Ekander", "author", null));
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2026-12-01T14:30:00.500Z"));
        assertThat(article.language()).isEqualTo("sv");
        assertThat(article.body()).as("content type with parameters").startsWith(
                "The reopening of the Norrvik bridge has been postponed.");
    }

    @Test
    void readsAPubStatusInG2QcodeForm() {
        String json = "{\"uri\": \"urn:x:qcode:1\", \"headline\": \"Ferry cancelled\", \"pubstatus\": \"stat:canceled\"}";

        assertThat(parseJson(json, Origin.of("in/qcode.json", RECEIVED)).get(0).pubStatus()).isEqualTo(PubStatus.CANCELED);
    }
}
