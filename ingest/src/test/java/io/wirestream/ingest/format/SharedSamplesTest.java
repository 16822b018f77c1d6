package io.wirestream.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wirestream.ingest.Fixtures;
import io.wirestream.ingest.format.agencytext.AgencyTextFormat;
import io.wirestream.ingest.format.feed.FeedFormat;
import io.wirestream.ingest.format.newsml12.NewsMl12Format;
import io.wirestream.ingest.format.newsmlg2.NewsMlG2Format;
import io.wirestream.ingest.format.ninjs.NinjsFormat;
import io.wirestream.ingest.format.nitf.NitfFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parses the real agency samples kept outside the repository ({@code ../shared/samples}). Skipped
 * when a checkout does not have them; their text is not copied into the project.
 */
class SharedSamplesTest {

    private static final Instant RECEIVED = Instant.parse("2025-04-10T08:00:00Z");

    private final FormatDetector detector = FormatDetector.standard();
    private Path samples;

    @BeforeEach
    void requireSamples() {
        samples = Fixtures.sharedSamples().orElse(null);
        assumeTrue(samples != null, "no shared samples next to the repository");
    }

    private ParsedArticle parseDetected(String file, String expectedFormat) throws IOException {
        byte[] content = Files.readAllBytes(samples.resolve(file));
        WireFormat format = detector.detect(content).orElseThrow();
        assertThat(format.id()).isEqualTo(expectedFormat);
        List<ParsedArticle> articles = format.parse(content, Origin.of(samples.resolve(file).toString(), RECEIVED));
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }

    @Test
    void parsesTheKosovaPressSampleKeepingItsFooter() throws IOException {
        ParsedArticle article = parseDetected("kosovapress-nato-kfor.txt", AgencyTextFormat.ID);

        assertThat(article.headline()).isEqualTo("NATO chief's visit reaffirms presence of European forces in Kosovo");
        assertThat(article.section()).isEqualTo("NEWS");
        assertThat(article.subheadline()).isEqualTo("Mark Rutte: NATO will work with whoever leads Kosovo");
        assertThat(article.metadata())
                .containsEntry("readingTime", "Read about: 4 min.")
                .containsEntry("relativeDate", "1 months ago");
        assertThat(article.firstCreated()).isEqualTo(Instant.parse("2025-03-10T08:00:00Z"));
        assertThat(article.body()).hasSize(17);
        assertThat(article.body().get(14)).startsWith("This website is maintained and managed by KosovaPress");
        assertThat(article.body().get(16)).startsWith("All rights reserved by APL KosovaPress");
        assertThat(article.body()).noneMatch(p -> p.equals("The link was copied"));
        assertThat(article.provider()).isEqualTo("KosovaPress News Agency");
        assertThat(article.id()).matches("kosovapress-news-agency:nato-chief-s-visit-reaffirms-presence-of-[0-9a-f]{12}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "wire/ninjs-1.4-businesswire.json, http://www.businesswire.com/news/home/20130731006140/en, 1",
            "wire/ninjs-1.x-ap-mediaapi.json, 5ee9b4b40ea5fe9c9ca60f890fb2e1d9, 0",
            "wire/ninjs-2.1-dpa.json, urn:newsml:dpa.com:20090101:190510-99-167362, 2",
            "wire/ninjs-3.0-tt.json, http://tt.se/media/text/210526-militarovning-a0f2d045, 1"})
    void parsesEachNinjsSample(String file, String id, long version) throws IOException {
        ParsedArticle article = parseDetected(file, NinjsFormat.ID);

        assertThat(article.id()).isEqualTo(id);
        assertThat(article.version()).isEqualTo(version);
        assertThat(article.headline()).isNotBlank();
    }

    @Test
    void takesTheDpaBodyFromHtmlAndTheTtBodyFromPlainText() throws IOException {
        ParsedArticle dpa = parseDetected("wire/ninjs-2.1-dpa.json", NinjsFormat.ID);
        ParsedArticle tt = parseDetected("wire/ninjs-3.0-tt.json", NinjsFormat.ID);

        assertThat(dpa.body()).hasSize(9).noneMatch(p -> p.contains("<"));
        assertThat(dpa.provider()).isEqualTo("dpa");
        assertThat(tt.body()).hasSize(4).noneMatch(p -> p.contains("<"));
        assertThat(tt.provider()).isEqualTo("TT");
    }

    private List<ParsedArticle> parseAll(String file, String expectedFormat) throws IOException {
        Path path = samples.resolve(file);
        assumeTrue(Files.exists(path), file + " not present");
        byte[] content = Files.readAllBytes(path);
        WireFormat format = detector.detect(content).orElseThrow();
        assertThat(format.id()).isEqualTo(expectedFormat);
        return format.parse(content, Origin.of(path.toString(), RECEIVED));
    }

    @Test
    void parsesTheApNitfSample() throws IOException {
        ParsedArticle ap = parseAll("wire/nitf-ap.xml", NitfFormat.ID).get(0);

        assertThat(ap.headline()).isEqualTo("Can trading pollution like stocks help fight climate change?");
        assertThat(ap.subheadline()).isNull();
        assertThat(ap.id()).isEqualTo("ap:nitf-ap");
        assertThat(ap.byline()).isEqualTo("By BERNARD CONDON, AP Business Writer");
        assertThat(ap.bylines()).containsExactly(new ParsedArticle.Person("BERNARD CONDON", "author", "AP Business Writer"));
        assertThat(ap.dateline()).isEqualTo("NEW YORK");
        assertThat(ap.versionCreated()).isEqualTo(Instant.parse("2015-12-10T19:10:44Z"));
        assertThat(ap.body()).hasSize(28);
        assertThat(ap.body().get(0)).startsWith("NEW YORK (AP) \u2014 The gas produced by hog manure");
        assertThat(ap.body().get(27)).startsWith("Bernard Condon can be reached at");
        assertThat(ap.copyrightHolder()).isEqualTo("AP");
    }

    @Test
    void parsesTheNtbLatin1NitfSample() throws IOException {
        ParsedArticle ntb = parseAll("wire/nitf-ntb-iso8859.xml", NitfFormat.ID).get(0);

        assertThat(ntb.id()).isEqualTo("20160512:RTZ:8883:0");
        assertThat(ntb.version()).isEqualTo(4);
        assertThat(ntb.headline()).startsWith("*En 41-\u00e5rig mand");
        assertThat(ntb.urgency()).isEqualTo(3);
        assertThat(ntb.dateline()).isEqualTo("Stockholm");
        assertThat(ntb.versionCreated()).isEqualTo(Instant.parse("2016-05-11T22:05:13Z"));
        assertThat(ntb.body()).hasSize(4);
        assertThat(ntb.body().get(0)).startsWith("K\u00f8benhavn /ritzau/:").contains("b\u00f8rnehave");
        assertThat(ntb.subjects()).extracting(ParsedArticle.Subject::code).containsExactly("15000000", "15073031", "15054000");
        assertThat(ntb.copyrightHolder()).isEqualTo("Ritzau");
    }

    @Test
    void parsesTheSttNewsItemSample() throws IOException {
        ParsedArticle stt = parseAll("wire/newsmlg2-newsitem-stt.xml", NewsMlG2Format.ID).get(0);

        assertThat(stt.id()).isEqualTo("urn:newsml:stt.fi::102736761");
        assertThat(stt.version()).isEqualTo(2);
        assertThat(stt.headline()).isEqualTo("Mikko Moilanen siirtyy Revenion toimitusjohtajaksi");
        assertThat(stt.pubStatus()).isEqualTo(io.wirestream.schemas.PubStatus.USABLE);
        assertThat(stt.signals()).contains("update");
        // STT sends Helsinki time without an offset (UTC+3 in April).
        assertThat(stt.versionCreated()).isEqualTo(Instant.parse("2019-04-15T10:49:15Z"));
        assertThat(stt.language()).isEqualTo("fi-FI");
        assertThat(stt.dateline()).isEqualTo("Helsinki");
        assertThat(stt.byline()).isNull();
        assertThat(stt.body()).hasSize(4);
        assertThat(stt.body().get(0)).startsWith("Diplomi-insin\u00f6\u00f6ri Mikko Moilanen siirtyy").contains("Revenio Groupin");
        assertThat(stt.subjects()).contains(new ParsedArticle.Subject("sttsubj", "04016028", "Yritysjohto"));
    }

    @Test
    void parsesEveryItemOfTheApNewsMessageSample() throws IOException {
        List<ParsedArticle> items = parseAll("wire/newsmlg2-newsmessage-ap-nitf.xml", NewsMlG2Format.ID);

        assertThat(items).hasSize(3);
        ParsedArticle first = items.get(0);
        assertThat(first.id()).isEqualTo("tag:ap.org,2011:5e565888b587889c5c8bd62b6164118c-text");
        assertThat(first.version()).isEqualTo(2);
        assertThat(first.headline()).isEqualTo("Nutrisystem beats 4Q earnings and revenue expectations");
        assertThat(first.metadata()).containsEntry("slugline", "BC-US--Earns-Nutrisystem, 1st Ld-Writethru");
        assertThat(first.dateline()).isEqualTo("FORT WASHINGTON, Pa.");
        assertThat(first.versionCreated()).isEqualTo(Instant.parse("2018-02-26T21:20:34Z"));
        assertThat(first.language()).isEqualTo("en");
        assertThat(first.body()).hasSize(10);
        assertThat(first.body().get(0)).startsWith("FORT WASHINGTON, Pa. (AP) _ Nutrisystem Inc. (NTRI)");
        assertThat(first.body()).noneMatch(p -> p.equals(first.headline()));
        assertThat(items).extracting(ParsedArticle::headline).doesNotHaveDuplicates();
    }

    @Test
    void rejectsTheReutersPackageWhoseTextItemsAreSeparateFiles() throws IOException {
        Path path = samples.resolve("wire/newsmlg2-package-reuters.xml");
        assumeTrue(Files.exists(path));
        byte[] content = Files.readAllBytes(path);

        assertThat(detector.detect(content).map(WireFormat::id)).contains(NewsMlG2Format.ID);
        assertThatThrownBy(() -> new NewsMlG2Format().parse(content, Origin.of(path.toString(), RECEIVED)))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("tag_reuters.com_2014_newsml_KBN0FL0NN");
    }

    @Test
    void parsesTheAfpNewsMl12Sample() throws IOException {
        ParsedArticle afp = parseAll("wire/newsml12-afp.xml", NewsMl12Format.ID).get(0);

        assertThat(afp.id()).isEqualTo("urn:newsml:afp.com:20140829T135002Z:TX-PAR-FXW86");
        assertThat(afp.version()).isEqualTo(1);
        assertThat(afp.headline()).isEqualTo("Sweden court accepts receivership for Saab carmaker");
        assertThat(afp.metadata()).containsEntry("slugline", "Sweden-SAAB");
        assertThat(afp.pubStatus()).isEqualTo(io.wirestream.schemas.PubStatus.USABLE);
        assertThat(afp.versionCreated()).isEqualTo(Instant.parse("2014-08-29T13:49:51Z"));
        assertThat(afp.language()).isEqualTo("en");
        assertThat(afp.dateline()).isEqualTo("STOCKHOLM, Aug 29, 2014 (AFP) -");
        assertThat(afp.body()).hasSize(10);
        assertThat(afp.body().get(0)).startsWith("A Chinese-owned company set up to take over Saab's assets");
        assertThat(afp.usageTerms()).isEqualTo("NO ARCHIVAL USE");
    }

    @Test
    void parsesBothLanguageComponentsOfTheBelgaSample() throws IOException {
        List<ParsedArticle> belga = parseAll("wire/newsml12-belga-iso8859-15.xml", NewsMl12Format.ID);

        assertThat(belga).extracting(ParsedArticle::id)
                .containsExactly("urn:newsml:belga.be:98055798#nl", "urn:newsml:belga.be:98055798#fr");
        assertThat(belga).allSatisfy(a -> {
            assertThat(a.headline()).isEqualTo("Mediawatch dinsdag 29/01/2019 - VTM Nieuws - 13 uur");
            assertThat(a.version()).isEqualTo(4);
            // Belga sends Brussels time without an offset (UTC+1 in January).
            assertThat(a.versionCreated()).isEqualTo(Instant.parse("2019-01-29T12:34:00Z"));
        });
        assertThat(belga.get(0).body()).containsExactly(
                "Steven Van Geel gaf zich op 31 mei 2014 aan bij de politie van zijn thuisstad Leuven.",
                "Praesent sapien massa, convallis a pellentesque nec, egestas non nisi.");
        assertThat(belga.get(1).body()).hasSize(30).contains("- ziekenhuis Zottegem deels ge\u00ebvacueerd na brandje");
        assertThat(belga.get(0).places()).extracting(ParsedArticle.Place::code).containsExactly("Belgi\u00eb");
    }

    @Test
    void parsesTheDpaIptc7901SamplesWithoutNotesAndWithTheirUmlaut() throws IOException {
        ParsedArticle plain = parseAll("wire/iptc7901-dpa.txt", "iptc7901").get(0);
        ParsedArticle lead = parseAll("wire/iptc7901-dpa-latin1.txt", "iptc7901").get(0);

        assertThat(plain.headline()).isEqualTo("Germany Social Democrats: Coalition talks with Merkel could fail");
        assertThat(plain.id()).isEqualTo("dpa:2013-11-13:germany-politics");
        assertThat(plain.version()).isEqualTo(1);
        assertThat(plain.dateline()).isEqualTo("Berlin");
        assertThat(plain.versionCreated()).isEqualTo(Instant.parse("2013-11-13T11:37:00Z"));
        assertThat(plain.body()).hasSize(5).noneMatch(p -> p.contains("NOTEBOOK") || p.contains("not for publication"));
        assertThat(lead.headline()).isEqualTo("German football saddened by illness to striker legend Mueller");
        assertThat(lead.version()).isEqualTo(2);
        assertThat(lead.byline()).isEqualTo("By Manuel Schwarz, dpa");
        assertThat(lead.body()).hasSize(21).anyMatch(p -> p.contains("Thomas M\u00fcller, and"));
    }

    @Test
    void parsesTheApAnpaSamplesKeepingTheAgateTable() throws IOException {
        ParsedArticle story = parseAll("wire/anpa1312-ap.tst", "anpa1312").get(0);
        ParsedArticle agate = parseAll("wire/anpa1312-ap-agate.tst", "anpa1312").get(0);

        assertThat(story.headline()).isEqualTo("Deng has 30 points, short-handed Heat beat Hawks 115-111");
        assertThat(story.id()).isEqualTo("ap:2016-02-20:bkn-heat-hawks");
        assertThat(story.version()).isEqualTo(2);
        assertThat(story.byline()).isEqualTo("By CHARLES ODUM");
        assertThat(story.dateline()).isEqualTo("ATLANTA");
        assertThat(story.versionCreated()).isEqualTo(Instant.parse("2016-02-20T03:37:00Z"));
        assertThat(story.body()).hasSize(19).first().asString().startsWith("ATLANTA (AP) _ Luol Deng scored 30 points");
        assertThat(agate.headline()).isEqualTo("Baseball Expanded Standings");
        assertThat(agate.body()).contains("Baltimore\t23\t13\t.639\t_\t_\t8-2\tL-1\t16-6\t7-7", "Tampa Bay\t17\t19\t.472\t6\t3\u00bd\t5-5\tW-1\t10-11\t7-8");
    }

    @Test
    void extractsTheBbcArticleText() throws IOException {
        ParsedArticle bbc = parseAll("wire/html-article-bbc.html", "html").get(0);

        assertThat(bbc.headline()).isEqualTo("Obama admits US gun laws are his 'biggest frustration'");
        assertThat(bbc.id()).isEqualTo("http://www.bbc.com/news/world-us-canada-33646704");
        assertThat(bbc.language()).isEqualTo("en");
        assertThat(bbc.firstCreated()).isEqualTo(Instant.parse("2015-07-24T04:36:09Z"));
        assertThat(bbc.body().get(0)).startsWith("President Barack Obama has admitted");
        assertThat(bbc.body().get(bbc.body().size() - 1)).startsWith("Mr Obama will become the first US president to address the African Union");
        assertThat(bbc.body()).noneMatch(p -> p.contains("Share this") || p.contains("Media caption") || p.contains("comments"));
    }

    @Test
    void keepsTheStableApItemIdAndTheTtBodyWithoutItsCreditLine() throws IOException {
        ParsedArticle ap = parseAll("wire/ninjs-1.x-ap-mediaapi.json", NinjsFormat.ID).get(0);
        ParsedArticle tt = parseAll("wire/ninjs-3.0-tt.json", NinjsFormat.ID).get(0);

        assertThat(ap.id()).isEqualTo("5ee9b4b40ea5fe9c9ca60f890fb2e1d9");
        assertThat(ap.rawId()).startsWith("https://d.e.f/media/v/content/5ee9b4b40ea5fe9c9ca60f890fb2e1d9?");
        assertThat(tt.body().get(0)).startsWith("Pandemin satte stopp");
        assertThat(tt.metadata()).containsEntry("bodyCredit", "F\u00f6rsvar TT");
    }

    @Test
    void parsesBothItemsOfTheHuffPostRssSample() throws IOException {
        List<ParsedArticle> items = parseAll("wire/rss2-huffpost-canada.xml", FeedFormat.ID);

        assertThat(items).hasSize(2);
        ParsedArticle first = items.get(0);
        assertThat(first.id()).isEqualTo("www.huffingtonpost.ca:23246627");
        assertThat(first.headline()).isEqualTo("Winnipeg High School Orders Custom Hijabs For Muslim Athletes");
        assertThat(first.byline()).isEqualTo("Canadian Press");
        assertThat(first.versionCreated()).isEqualTo(Instant.parse("2017-10-17T22:17:32Z"));
        assertThat(first.language()).isEqualTo("en");
        assertThat(first.body().get(0)).startsWith("Winnipeg high school student Nusaybah Mohamed's basketball uniform");
        assertThat(first.body()).hasSize(12).noneMatch(p -> p.contains("<") || p.endsWith(":"))
                .noneMatch(p -> p.contains("Stunning Cosplay"));
        assertThat(items.get(1).headline()).isEqualTo("The Once-In-A-Lifetime Thrill Of Opening For Tom Petty");
    }

    @Test
    void parsesTheWennAtomSample() throws IOException {
        List<ParsedArticle> entries = parseAll("wire/atom-wenn.xml", FeedFormat.ID);

        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).id()).isEqualTo("urn:feed-wenn-com:newsfeedarticle:2:2222:1");
        assertThat(entries.get(0).headline()).isEqualTo("Suge Knight involved in fatal hit and run incident");
        // The Atom content is a placeholder; the story is in WENN's own namespace, lead first.
        assertThat(entries.get(0).body().get(0)).startsWith("Police officials in Los Angeles");
        assertThat(entries.get(0).body()).hasSizeGreaterThan(2).noneMatch(p -> p.contains("body content"));
        assertThat(entries.get(0).versionCreated()).isEqualTo(Instant.parse("2015-01-30T00:33:06Z"));
        assertThat(entries.get(0).language()).isEqualTo("en");
        assertThat(entries.get(0).byline()).isEqualTo("WENN Newsdesk");
    }

    /** The generic text format must not claim wire formats it does not parse. */
    @ParameterizedTest
    @ValueSource(strings = {
            "wire/anpa1312-ap.tst", "wire/anpa1312-ap-agate.tst", "wire/iptc7901-dpa.txt", "wire/iptc7901-dpa-latin1.txt",
            "wire/nitf-ap.xml", "wire/nitf-ntb-iso8859.xml", "wire/newsml12-afp.xml", "wire/newsml12-belga-iso8859-15.xml",
            "wire/newsmlg2-newsitem-stt.xml", "wire/newsmlg2-newsmessage-ap-nitf.xml", "wire/newsmlg2-package-reuters.xml",
            "wire/rss2-huffpost-canada.xml", "wire/atom-wenn.xml", "wire/html-article-bbc.html"})
    void leavesOtherWireFormatsUnclaimed(String file) throws IOException {
        Path path = samples.resolve(file);
        assumeTrue(Files.exists(path), file + " not present");
        byte[] content = Files.readAllBytes(path);
        byte[] head = java.util.Arrays.copyOf(content, Math.min(content.length, FormatDetector.HEAD_BYTES));

        assertThat(new AgencyTextFormat().detect(head)).isEqualTo(Detection.NO_MATCH);
        assertThat(new NinjsFormat().detect(head)).isEqualTo(Detection.NO_MATCH);
    }
}
