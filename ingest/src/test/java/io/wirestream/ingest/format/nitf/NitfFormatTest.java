package io.wirestream.ingest.format.nitf;

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

class NitfFormatTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-01T09:00:00Z");
    private final NitfFormat format = new NitfFormat();

    private ParsedArticle parse(String fixture) {
        List<ParsedArticle> articles = format.parse(Fixtures.bytes("nitf/" + fixture), Origin.of("in/" + fixture, RECEIVED));
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }

    @Test
    void readsAMinimalDocumentWithoutDeclarationOrDoctype() {
        ParsedArticle article = parse("minimal.xml");

        assertThat(article.id()).isEqualTo("min-001");
        assertThat(article.headline()).isEqualTo("Ferry service resumes on the north route");
        assertThat(article.body()).containsExactly("The ferry to the northern islands sailed again on Monday.");
        assertThat(article.version()).isEqualTo(1);
        assertThat(article.pubStatus()).isEqualTo(PubStatus.USABLE);
    }

    @Test
    void readsEveryFieldOfAFullDocument() {
        ParsedArticle article = parse("full.xml");

        assertThat(article.id()).isEqualTo("exa-2026-0042");
        assertThat(article.rawId()).isEqualTo("exa-2026-0042");
        assertThat(article.version()).isEqualTo(3);
        assertThat(article.provider()).isEqualTo("EXA");
        assertThat(article.urgency()).isEqualTo(2);
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2026-03-01T08:15:00Z"));
        assertThat(article.embargoedUntil()).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
        assertThat(article.headline()).isEqualTo("Dock workers end two-week strike at Calmara port");
        assertThat(article.subheadline()).isEqualTo("Cranes to restart on Tuesday, union says");
        assertThat(article.byline()).isEqualTo("By Jana Kovač and Tom Reyes, Example Agency Writers");
        assertThat(article.bylines()).extracting(ParsedArticle.Person::name).containsExactly("Jana Kovač", "Tom Reyes");
        assertThat(article.bylines()).allSatisfy(p -> assertThat(p.title()).isEqualTo("Example Agency Writers"));
        assertThat(article.dateline()).isEqualTo("CALMARA");
        assertThat(article.language()).isEqualTo("en-GB");
        assertThat(article.section()).isEqualTo("News");
        assertThat(article.body()).containsExactly(
                "CALMARA (EXA) — Dock workers at Calmara port voted on Sunday to end a two-week strike.",
                "Deal on night shifts",
                "The union said the deal caps night shifts at dock 7 and raises pay by 4 percent.",
                "Work restarts at 06:00.",
                "Backlog expected to clear in ten days.",
                "Reporting by the Calmara desk");
        assertThat(article.subjects()).containsExactly(
                new ParsedArticle.Subject("subj", "04000000", "Economy, business and finance"),
                new ParsedArticle.Subject("subj", "04015001", "shipping"),
                new ParsedArticle.Subject("nitf:org", "exa-org", "Calmara Port Authority"));
        assertThat(article.places()).contains(
                new ParsedArticle.Place("CALMARA", null, null, "located"),
                new ParsedArticle.Place("Calmara", "iso3166", "XC", "about"));
        assertThat(article.keywords()).containsExactly("strike", "ports", "labour");
        assertThat(article.signals()).containsExactly("correction");
        assertThat(article.copyrightHolder()).isEqualTo("Example Agency");
        assertThat(article.usageTerms()).isEqualTo("No archive use");
        assertThat(article.metadata()).containsEntry("edMsg", "Embargoed until noon GMT")
                .containsEntry("duKey", "HARBOUR-STRIKE").containsEntry("meta.agency-service", "general");
        assertThat(article.associations()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo("picture");
            assertThat(a.caption()).isEqualTo("Cranes stand idle at Calmara port.");
            assertThat(a.renditions()).singleElement().satisfies(r -> {
                assertThat(r.href()).isEqualTo("https://media.example.org/pic-1.jpg");
                assertThat(r.width()).isEqualTo(1200);
            });
        });
    }

    @Test
    void decodesDeclaredIso8859_1WithCrlfAndALeadingNewline() {
        ParsedArticle article = parse("latin1.xml");

        assertThat(article.headline()).isEqualTo("Bjørnøya får ny værstasjon – åpner i år");
        assertThat(article.body()).containsExactly(
                "Tromsø: Meteorologene på Bjørnøya får en ny stasjon, sier direktør Åse Ødegård.",
                "«Det er på høy tid», sier hun.");
        assertThat(article.version()).isEqualTo(2);
        assertThat(article.dateline()).isEqualTo("Tromsø");
        assertThat(article.language()).isEqualTo("nb-NO");
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2026-03-02T08:30:00Z"));
        assertThat(article.metadata()).containsEntry("duKey", "BRØNN");
    }

    @Test
    void rejectsATruncatedDocumentSayingWhere() {
        assertThatThrownBy(() -> parse("truncated.xml"))
                .isInstanceOf(WireFormatException.class)
                .hasMessageStartingWith("nitf: truncated XML at line")
                .hasMessageEndingWith("(in/truncated.xml)");
    }

    @Test
    void derivesAnIdFromProviderAndFileWhenThereIsNoIdString() {
        byte[] doc = "<nitf><head><docdata><doc-id regsrc=\"AP\"/></docdata></head><body><body.head><hedline><hl1>H</hl1></hedline></body.head></body></nitf>"
                .getBytes(StandardCharsets.UTF_8);

        ParsedArticle article = format.parse(doc, Origin.of("in/story-77.xml", RECEIVED)).get(0);

        assertThat(article.id()).isEqualTo("ap:story-77");
        assertThat(article.rawId()).isNull();
    }

    @Test
    void rejectsADocumentWithoutHeadline() {
        byte[] doc = "<nitf><head><docdata><doc-id id-string=\"x-1\"/></docdata></head><body/></nitf>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> format.parse(doc, Origin.of("in/x.xml", RECEIVED)))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("no <hl1> or <title> in doc-id x-1");
    }

    @Test
    void detectsByRootElementAndDoctype() {
        assertThat(format.detect(Fixtures.bytes("nitf/full.xml"))).isEqualTo(Detection.CERTAIN);
        assertThat(format.detect(Fixtures.bytes("nitf/minimal.xml"))).isEqualTo(Detection.LIKELY);
        assertThat(format.detect("<rss/>".getBytes(StandardCharsets.UTF_8))).isEqualTo(Detection.NO_MATCH);
    }

    @Test
    void readsADocumentWithOnlyABodyHeadAndPubdata() {
        ParsedArticle article = parse("body-head-only.xml");

        assertThat(article.id()).as("no doc-id: provider slug and file name").isEqualTo("nitf:body-head-only");
        assertThat(article.headline()).isEqualTo("Orchard growers count frost losses");
        assertThat(article.subheadline()).isEqualTo("Apple harvest could fall by a fifth");
        assertThat(article.byline()).isEqualTo("By Tomas Reyel, Agriculture Correspondent");
        assertThat(article.bylines()).containsExactly(new ParsedArticle.Person("Tomas Reyel", "author", "Agriculture Correspondent"));
        assertThat(article.dateline()).isEqualTo("Merrow, England");
        assertThat(article.language()).isEqualTo("en-GB");
        assertThat(article.versionCreated()).as("pubdata/@date.publication").isEqualTo(Instant.parse("2026-12-01T08:15:00Z"));
        assertThat(article.body()).as("nested blocks, table cells apart, media left out").containsExactly(
                "Fruit growers in the Merrow valley said on Tuesday that a late frost had damaged up to a fifth of next year's buds.",
                "\"We have not seen anything like it since 1991,\" said grower Edith Calloway.",
                "Variety Loss",
                "Cox 22%",
                "Bramley 15%",
                "The growers' association will ask for emergency support.");
        assertThat(article.associations()).singleElement().satisfies(media -> {
            assertThat(media.type()).isEqualTo("picture");
            assertThat(media.caption()).isEqualTo("Frost on blossom in Merrow.");
        });
    }

    @Test
    void readsACanceledDocumentInTheNitfNamespace() {
        ParsedArticle article = parse("docdata-full-kill.xml");

        assertThat(article.id()).isEqualTo("KPA-20261201-0042");
        assertThat(article.version()).isEqualTo(3);
        assertThat(article.pubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(article.provider()).isEqualTo("KPA");
        assertThat(article.urgency()).isEqualTo(2);
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2026-12-01T10:20:00Z"));
        assertThat(article.byline()).isEqualTo("Lena Marsh and Ole Brandt");
        assertThat(article.bylines()).extracting(ParsedArticle.Person::name).containsExactly("Lena Marsh", "Ole Brandt");
        assertThat(article.dateline()).isEqualTo("GRANVILLE");
        assertThat(article.subjects()).containsExactly(new ParsedArticle.Subject("subj", "02001000", "crime"));
        assertThat(article.keywords()).containsExactly("museum", "theft");
        assertThat(article.body()).containsExactly("KILL: this story has been withdrawn \u2014 do not use.");
    }

    @Test
    void rejectsADocumentWithAnUnknownManagementStatus() {
        String xml = """
                <nitf><head><docdata management-status="on-hold"><doc-id id-string="X-7"/></docdata></head>
                <body><body.head><hedline><hl1>Ferry timetable changes</hl1></hedline></body.head>
                <body.content><p>The timetable changes on Monday.</p></body.content></body></nitf>
                """;

        assertThatThrownBy(() -> format.parse(xml.getBytes(StandardCharsets.UTF_8), Origin.of("in/status.xml", RECEIVED)))
                .isInstanceOf(WireFormatException.class)
                .hasMessage("nitf: NITF: unknown management-status 'on-hold' in doc-id X-7 (in/status.xml)");
    }

    @Test
    void keepsTheLinesOfPreformattedResults() {
        ParsedArticle article = parse("pre-results.xml");

        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2026-12-01T21:15:00Z"));
        assertThat(article.body()).containsExactly(
                "Results of the winter regatta on Tuesday:", "1. Seaswift 1:02:11", "2. Blue Heron 1:03:40", "3. Tern 1:05:02");
    }
}
