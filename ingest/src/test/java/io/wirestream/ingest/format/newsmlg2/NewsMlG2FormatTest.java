package io.wirestream.ingest.format.newsmlg2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.ingest.Fixtures;
import io.wirestream.ingest.format.Detection;
import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.ParsedArticle;
import io.wirestream.ingest.format.WireFormatException;
import io.wirestream.schemas.PubStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsMlG2FormatTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-04T11:00:00Z");
    private final NewsMlG2Format format = new NewsMlG2Format();

    private List<ParsedArticle> parse(String fixture) {
        return format.parse(Fixtures.bytes("newsml-g2/" + fixture), Origin.of("in/" + fixture, RECEIVED));
    }

    @Test
    void readsAMinimalNewsItemWithPlainText() {
        ParsedArticle article = parse("minimal.xml").get(0);

        assertThat(article.id()).isEqualTo("urn:example:min:1");
        assertThat(article.version()).isEqualTo(1);
        assertThat(article.headline()).isEqualTo("Library opens late on Thursdays");
        assertThat(article.body()).containsExactly(
                "The city library will stay open until 22:00 on Thursdays.", "From next month, the reading room opens too.");
    }

    @Test
    void resolvesAPackageToTheTextItemsTheMessageCarries() {
        List<ParsedArticle> articles = parse("full.xml");

        assertThat(articles).extracting(ParsedArticle::id).containsExactly("urn:example:story:77", "urn:example:story:78");
        ParsedArticle main = articles.get(0);
        assertThat(main.version()).isEqualTo(4);
        assertThat(main.pubStatus()).isEqualTo(PubStatus.WITHHELD);
        assertThat(main.signals()).containsExactly("correction", "update");
        assertThat(main.versionCreated()).isEqualTo(Instant.parse("2026-03-04T08:30:00Z"));
        assertThat(main.firstCreated()).isEqualTo(Instant.parse("2026-03-03T21:00:00Z"));
        assertThat(main.embargoedUntil()).isEqualTo(Instant.parse("2026-03-05T06:00:00Z"));
        assertThat(main.provider()).isEqualTo("Example Wire");
        assertThat(main.headline()).isEqualTo("River ice breaks up early after warm week");
        assertThat(main.subheadline()).isEqualTo("Ferries to restart Friday");
        assertThat(main.metadata()).containsEntry("slugline", "RIVER-ICE").containsEntry("edNote", "Corrects the river name.")
                .containsEntry("altId.idtype:serial", "0077");
        assertThat(main.byline()).isEqualTo("By Ilze Ozola");
        assertThat(main.bylines()).containsExactly(new ParsedArticle.Person("Ilze Ozola", "author", null));
        assertThat(main.dateline()).isEqualTo("RIGA, March 4");
        assertThat(main.places()).containsExactly(
                new ParsedArticle.Place("Riga", "geo", "riga", "located"),
                new ParsedArticle.Place("Latvia", "geo", "lv", "about"));
        assertThat(main.subjects()).containsExactly(new ParsedArticle.Subject("medtop", "06000000", "environment"));
        assertThat(main.section()).isEqualTo("Current");
        assertThat(main.language()).isEqualTo("en-GB");
        assertThat(main.urgency()).isEqualTo(3);
        assertThat(main.keywords()).containsExactly("weather", "rivers");
        assertThat(main.copyrightHolder()).isEqualTo("Example Wire");
        assertThat(main.copyrightNotice()).isEqualTo("(c) 2026 Example Wire");
        assertThat(main.usageTerms()).isEqualTo("No use in advertising");
        assertThat(main.body()).containsExactly(
                "RIGA (EW) — Ice on the Daugava broke up on Tuesday, two weeks earlier than usual.",
                "Ferry operators said crossings would restart on Friday.");
        assertThat(main.associations()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("urn:example:pic:5");
            assertThat(a.type()).isEqualTo("picture");
            assertThat(a.caption()).isEqualTo("Ice on the river at dawn.");
        });

        ParsedArticle killed = articles.get(1);
        assertThat(killed.pubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(killed.body()).containsExactly("Editors: the story on the bridge closure is withdrawn.");
    }

    @Test
    void rejectsAPackageWhoseTextItemsAreElsewhere() {
        assertThatThrownBy(() -> parse("package-unresolved.xml"))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("packageItem urn:example:pkg:10 references text items not carried in this document")
                .hasMessageContaining("urn:example:elsewhere:1");
    }

    @Test
    void readsUtf16WithBomAndEscapedHtml() {
        ParsedArticle article = parse("utf16-bom.xml").get(0);

        assertThat(article.headline()).isEqualTo("Żubry wróciły do lasów pod Łodzią");
        assertThat(article.metadata()).containsEntry("slugline", "ŁÓDŹ-ŻUBRY");
        assertThat(article.body()).containsExactly("Leśnicy z Łodzi policzyli 14 żubrów.", "„To sukces” – mówią.");
        assertThat(article.language()).isEqualTo("pl");
        assertThat(article.version()).isEqualTo(2);
    }

    @Test
    void rejectsATruncatedMessage() {
        assertThatThrownBy(() -> parse("truncated.xml"))
                .isInstanceOf(WireFormatException.class)
                .hasMessageStartingWith("newsml-g2: truncated XML at line");
    }

    @Test
    void rejectsAMessageWithoutTextItems() {
        byte[] doc = ("<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"><itemSet><newsItem guid=\"p\"><itemMeta>"
                + "<itemClass qcode=\"ninat:picture\"/></itemMeta></newsItem></itemSet></newsMessage>").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> format.parse(doc, Origin.of("in/p.xml", RECEIVED)))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("no text newsItem in the newsMessage (item classes: [ninat:picture])");
    }

    @Test
    void neverTakesTheSluglineAsHeadline() {
        byte[] doc = ("<newsItem guid=\"g\"><contentMeta><slugline>SLUG</slugline></contentMeta></newsItem>").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> format.parse(doc, Origin.of("in/g.xml", RECEIVED)))
                .isInstanceOf(WireFormatException.class).hasMessageContaining("no headline in newsItem g");
    }

    @Test
    void detectsByRootAndNamespace() {
        assertThat(format.detect(Fixtures.bytes("newsml-g2/full.xml"))).isEqualTo(Detection.CERTAIN);
        assertThat(format.detect(Fixtures.bytes("newsml-g2/minimal.xml"))).isEqualTo(Detection.LIKELY);
        assertThat(format.detect(Fixtures.bytes("newsml-g2/utf16-bom.xml"))).isEqualTo(Detection.CERTAIN);
        assertThat(format.detect(Fixtures.bytes("nitf/minimal.xml"))).isEqualTo(Detection.NO_MATCH);
    }

    @Test
    void readsZoneLessTimesInTheProvidersZoneAndUtcForUnknownProviders() {
        String item = """
                <newsItem guid="urn:example:zone:1" version="1"><itemMeta><itemClass qcode="ninat:text"/>
                <provider literal="%s"/><versionCreated>2026-02-10T08:15:00</versionCreated>
                <pubStatus qcode="stat:usable"/></itemMeta><contentMeta><headline>Ferry timetable changes</headline>
                </contentMeta><contentSet><inlineData contenttype="text/plain">The winter ferry timetable starts on Monday.
                </inlineData></contentSet></newsItem>""";
        Origin origin = Origin.of("in/zone.xml", RECEIVED);

        ParsedArticle finnish = format.parse(item.formatted("STT").getBytes(java.nio.charset.StandardCharsets.UTF_8), origin).get(0);
        ParsedArticle unknown = format.parse(item.formatted("Harbour Wire").getBytes(java.nio.charset.StandardCharsets.UTF_8), origin).get(0);

        assertThat(finnish.versionCreated()).isEqualTo(Instant.parse("2026-02-10T06:15:00Z"));
        assertThat(unknown.versionCreated()).isEqualTo(Instant.parse("2026-02-10T08:15:00Z"));
    }

    @Test
    void readsXhtmlWithHeadlineRolesAndTheItemLanguage() {
        ParsedArticle article = parse("xhtml-roles-lang.xml").get(0);

        assertThat(article.id()).isEqualTo("urn:newsml:fjordpress.example:20261201:fp-4471");
        assertThat(article.version()).isEqualTo(5);
        assertThat(article.headline()).as("the main role, not the short one").isEqualTo("Fishermen reject new cod quotas");
        assertThat(article.subheadline()).isEqualTo("Cuts of 20 per cent proposed for 2027");
        assertThat(article.language()).as("newsItem/@xml:lang").isEqualTo("nb");
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2026-12-01T09:42:17.250Z"));
        assertThat(article.firstCreated()).isEqualTo(Instant.parse("2026-12-01T06:05:00Z"));
        assertThat(article.byline()).isEqualTo("Ingrid Solbakk");
        assertThat(article.dateline()).isEqualTo("TROMSVIK");
        assertThat(article.signals()).containsExactly("update");
        assertThat(article.subjects()).containsExactly(new ParsedArticle.Subject("medtop", "20000430", "fishing industry"));
        assertThat(article.body()).as("remoteContent skipped, h1 dropped, table cells apart").containsExactly(
                "Coastal fishermen in northern Norway on Tuesday rejected the government's proposed cod quotas for 2027.",
                "Cuts",
                "The ministry wants catches cut by 20 per cent to protect spawning stocks.",
                "Cod -20%");
    }

    @Test
    void keepsACanceledItemWhoseOnlyHeadlineHasARoleAndWhoseContentIsRemote() {
        ParsedArticle article = parse("canceled-remote.xml").get(0);

        assertThat(article.id()).isEqualTo("tag:harbourwire.example,2026:newsml_HW1207");
        assertThat(article.version()).isEqualTo(2);
        assertThat(article.pubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(article.headline()).isEqualTo("KILL Surf club fire");
        assertThat(article.provider()).isEqualTo("Harbour Wire");
        assertThat(article.language()).isEqualTo("en-AU");
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2026-12-01T11:10:00Z"));
        assertThat(article.body()).as("remote content is never fetched").isEmpty();
        assertThat(article.metadata()).containsEntry("edNote", "Kill: story withdrawn for legal reasons.");
    }

    @Test
    void readsEveryParagraphOfInlineXhtmlWithoutAWrapper() {
        ParsedArticle article = parse("inline-fragments.xml").get(0);

        assertThat(article.language()).isEqualTo("en-US");
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2026-12-01T22:00:00Z"));
        assertThat(article.body()).containsExactly(
                "The grain elevator in Harlow County reopened on Tuesday, six months after a dust explosion.",
                "Owners said new ventilation had been installed.");
    }

    @Test
    void rejectsAnItemWithAnUnknownPubStatus() {
        String xml = """
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:status:1" version="1">
                  <itemMeta><itemClass qcode="ninat:text"/><pubStatus qcode="stat:suspended"/></itemMeta>
                  <contentMeta><headline>Ferry timetable changes</headline></contentMeta>
                </newsItem>
                """;

        assertThatThrownBy(() -> format.parse(xml.getBytes(StandardCharsets.UTF_8), Origin.of("in/status.xml", RECEIVED)))
                .isInstanceOf(WireFormatException.class)
                .hasMessage("newsml-g2: unknown pubStatus 'stat:suspended' in newsItem urn:x:status:1 (in/status.xml)");
    }

    @Test
    void rejoinsHardWrappedPlainInlineData() {
        ParsedArticle article = parse("inline-plain-wrapped.xml").get(0);

        assertThat(article.language()).isEqualTo("de");
        assertThat(article.body()).containsExactly(
                "The tram line 9 will be extended by three stops from March, the transport company said.",
                "The works will take two years.");
    }

    @Test
    void takesTheBylineFromTheCreatorsAndTheHeadlineFromInlineNitf() {
        ParsedArticle article = parse("creators-nitf.xml").get(0);

        assertThat(article.headline()).isEqualTo("Port workers vote to strike in Bah\u00eda Clara");
        assertThat(article.pubStatus()).isEqualTo(PubStatus.WITHHELD);
        assertThat(article.version()).isEqualTo(3);
        assertThat(article.byline()).as("authors, not the editor").isEqualTo("Luc\u00eda Ferrand, Tom\u00e1s Iriarte");
        assertThat(article.firstCreated()).as("contentCreated").isEqualTo(Instant.parse("2026-12-01T18:00:00Z"));
        assertThat(article.language()).isEqualTo("es");
        assertThat(article.body()).containsExactly(
                "Dock workers in Bah\u00eda Clara voted on Tuesday to strike from Monday over pay.",
                "The port handles a third of the region's exports.");
    }
}
