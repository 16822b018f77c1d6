package io.wirestream.ingest.format.html;

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
import org.junit.jupiter.api.Test;

class HtmlArticleFormatTest {

    private static final Instant RECEIVED = Instant.parse("2025-03-25T12:00:00Z");

    private final HtmlArticleFormat format = new HtmlArticleFormat();

    private ParsedArticle parse(String fixture) {
        return format.parse(Fixtures.bytes("html/" + fixture), Origin.of("https://crawler/in/" + fixture, RECEIVED)).get(0);
    }

    @Test
    void parsesAMinimalPage() {
        ParsedArticle article = parse("minimal.html");

        assertThat(article.headline()).isEqualTo("Ferry to Isola Brava sails again");
        assertThat(article.id()).isEqualTo("https://crawler/in/minimal.html");
        assertThat(article.version()).isEqualTo(1);
        assertThat(article.pubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.body()).containsExactly(
                "The ferry between Calmara and Isola Brava resumed service on Monday morning, three days after the storm.",
                "The port authority said the timetable would be back to normal by Wednesday, weather permitting.");
    }

    @Test
    void takesMetadataFromMetaTagsAndJsonLd() {
        ParsedArticle article = parse("full.html");

        assertThat(article.id()).isEqualTo("https://lagoon.example/politics/isola-brava-council-2025");
        assertThat(article.headline()).isEqualTo("Isola Brava elects a new island council");
        assertThat(article.provider()).isEqualTo("Lagoon Times");
        assertThat(article.byline()).isEqualTo("Marta Vidal, Jon Perez");
        assertThat(article.bylines()).extracting(ParsedArticle.Person::name).containsExactly("Marta Vidal", "Jon Perez");
        assertThat(article.firstCreated()).isEqualTo(Instant.parse("2025-03-24T17:30:00Z"));
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2025-03-25T06:05:00Z"));
        assertThat(article.language()).isEqualTo("it-IT");
        assertThat(article.section()).isEqualTo("Politics");
        assertThat(article.subheadline()).isEqualTo("Turnout rose to 61 per cent after a campaign about the ferry.");
        assertThat(article.keywords()).containsExactly("Isola Brava", "elections", "ferry");
        assertThat(article.associations()).singleElement()
                .satisfies(a -> assertThat(a.uri()).isEqualTo("https://lagoon.example/img/council.jpg"));
    }

    @Test
    void keepsTheArticleTextAndDropsNavigationAdsCommentsRelatedLinksAndFooter() {
        ParsedArticle article = parse("full.html");

        assertThat(article.body()).containsExactly(
                "Voters on Isola Brava chose a new island council on Sunday, after a campaign dominated by the ferry service.",
                "Turnout was 61 per cent, the electoral office said, up from 54 per cent four years ago.",
                "What happens next",
                "The new council meets for the first time on Friday, when it will elect its president and the island's delegate.",
                "Results by district will be published on Tuesday morning by the electoral office.");
    }

    @Test
    void decodesAPageLabelledLatin1ThatUsesWindows1252Punctuation() {
        ParsedArticle article = parse("odd-charset.html");

        assertThat(article.headline()).isEqualTo("Zürich café prices rise by a fifth");
        assertThat(article.body()).containsExactly(
                "A coffee in Zürich now costs 5 € on average, the association of café owners said on Tuesday.",
                "“Rents are the problem,” said Émile Duval, its head – and he expects no change this year.");
    }

    @Test
    void rejectsATruncatedPageWithoutArticleText() {
        assertThatThrownBy(() -> parse("truncated.html"))
                .isInstanceOf(WireFormatException.class)
                .hasMessage("html: no article text found in the page 'Council approves budget for the new' (https://crawler/in/truncated.html)");
    }

    @Test
    void stripsTheSiteNameFromATitle() {
        assertThat(HtmlArticleFormat.stripSiteName("Obama speaks - BBC News", "BBC News", null)).isEqualTo("Obama speaks");
        assertThat(HtmlArticleFormat.stripSiteName("Lagoon Times | Ferry sails again", "Lagoon Times", null)).isEqualTo("Ferry sails again");
        assertThat(HtmlArticleFormat.stripSiteName("Ferry sails again after the storm - Lagoon", null, null)).isEqualTo("Ferry sails again after the storm");
        assertThat(HtmlArticleFormat.stripSiteName("Left - right politics", null, null)).isEqualTo("Left - right politics");
    }

    @Test
    void detectsHtmlButNotXmlWireFormats() {
        assertThat(format.detect(Fixtures.bytes("html/minimal.html"))).isEqualTo(Detection.CERTAIN);
        assertThat(format.detect(Fixtures.bytes("html/odd-charset.html"))).isEqualTo(Detection.CERTAIN);
        assertThat(format.detect("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Detection.LIKELY);
        for (String xml : new String[] {"<?xml version=\"1.0\"?><nitf><body/></nitf>", "<rss version=\"2.0\"><channel/></rss>",
                "<?xml version=\"1.0\"?><newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\"/>",
                "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"html\">&lt;html&gt;</content></entry></feed>"}) {
            assertThat(format.detect(xml.getBytes(StandardCharsets.UTF_8))).as(xml).isEqualTo(Detection.NO_MATCH);
        }
    }

    @Test
    void readsAnArticlePageWithoutJsonLd() {
        ParsedArticle article = parse("article-no-jsonld.html");

        assertThat(article.id()).isEqualTo("https://westerngazette.example/news/tidal-power-trial-2026");
        assertThat(article.headline()).isEqualTo("Tidal power trial begins off Inishcorr");
        assertThat(article.provider()).isEqualTo("Western Gazette");
        assertThat(article.byline()).as("the rel=author link the page prints").isEqualTo("Siobh\u00e1n Keady");
        assertThat(article.bylines()).containsExactly(new ParsedArticle.Person("Siobh\u00e1n Keady", "author", null));
        assertThat(article.firstCreated()).isEqualTo(Instant.parse("2026-12-01T09:30:00Z"));
        assertThat(article.language()).isEqualTo("en-IE");
        assertThat(article.body()).as("no printed date, byline, related links or footer").containsExactly(
                "A two-year trial of tidal turbines began off Inishcorr island on Tuesday, with the first of four units lowered into the sound.",
                "The turbines, built in Galway, could supply up to 600 homes if the trial succeeds, the developer said.",
                "Fishermen's concerns",
                "Local fishermen have asked for an exclusion zone to be kept small, saying the sound is one of their best grounds.");
    }

    @Test
    void readsSchemaOrgMicrodata() {
        ParsedArticle article = parse("microdata.html");

        assertThat(article.headline()).isEqualTo("Night trains return to the Danube line");
        assertThat(article.byline()).isEqualTo("Jakob Wenzl");
        assertThat(article.firstCreated()).as("time itemprop=datePublished").isEqualTo(Instant.parse("2026-12-01T05:00:00Z"));
        assertThat(article.versionCreated()).as("meta itemprop=dateModified").isEqualTo(Instant.parse("2026-12-01T07:15:00Z"));
        assertThat(article.language()).isEqualTo("de-AT");
        assertThat(article.body()).containsExactly(
                "Night trains will run again between Linz and Budapest from March, the rail operator said on Tuesday.",
                "The service was cut in 2020. Sleeper cars will be refurbished in Vienna, and tickets go on sale in January.",
                "Operators across Europe have been adding night routes as demand for rail travel grows.");
    }

    @Test
    void readsDatelineLanguageAndKeywordsFromAJsonLdGraph() {
        ParsedArticle article = parse("jsonld-dateline.html");

        assertThat(article.id()).isEqualTo("https://alpinecourier.example/2026/12/glacier-railway");
        assertThat(article.provider()).isEqualTo("Alpine Courier");
        assertThat(article.dateline()).isEqualTo("ZERMATTEN, Dec. 1");
        assertThat(article.language()).isEqualTo("en-CH");
        assertThat(article.keywords()).containsExactly("rail", "tourism", "Alps");
        assertThat(article.byline()).isEqualTo("Marco Steiner, Lea Imhof");
        assertThat(article.firstCreated()).as("no zone: UTC").isEqualTo(Instant.parse("2026-12-01T16:45:00Z"));
        assertThat(article.body()).containsExactly(
                "The rack railway up to the Weiss glacier will close from January for a full renovation, its operator said on Tuesday.",
                "Replacement buses will run to the middle station, but not to the summit.");
    }
}
