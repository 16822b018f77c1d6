package io.wirestream.ingest.format.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.ingest.Fixtures;
import io.wirestream.ingest.format.Detection;
import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.ParsedArticle;
import io.wirestream.ingest.format.WireFormatException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedFormatTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-05T11:00:00Z");
    private final FeedFormat format = new FeedFormat();

    private List<ParsedArticle> parse(String fixture) {
        return format.parse(Fixtures.bytes("feed/" + fixture), Origin.of("in/" + fixture, RECEIVED));
    }

    @Test
    void readsAMinimalRssFeedWithALeadingNewlineAndNoDeclaration() {
        ParsedArticle article = parse("rss-minimal.xml").get(0);

        assertThat(article.id()).isEqualTo("crier.example.org:4411");
        assertThat(article.headline()).isEqualTo("Market hall reopens");
        assertThat(article.provider()).isEqualTo("Town Crier");
        assertThat(article.body()).containsExactly("The market hall reopened on Saturday after repairs.");
        assertThat(article.metadata()).containsEntry("link", "https://crier.example.org/market-hall");
    }

    @Test
    void readsEveryFieldOfAFullRssItemAndSkipsItemsWithoutId() {
        List<ParsedArticle> articles = parse("rss-full.xml");

        assertThat(articles).extracting(ParsedArticle::id)
                .containsExactly("https://gazette.example.com/2026/03/apples", "gazette.example.com:gz-2");
        ParsedArticle apples = articles.get(0);
        assertThat(apples.headline()).isEqualTo("Orchard growers expect record apple harvest");
        assertThat(apples.subheadline()).isEqualTo("Growers say a mild spring helped.");
        assertThat(apples.body()).containsExactly(
                "Orchard growers in the valley expect a record harvest, the growers’ association said.",
                "Picking starts in late August.");
        assertThat(apples.byline()).isEqualTo("Priya Natarajan");
        assertThat(apples.firstCreated()).isEqualTo(Instant.parse("2026-03-04T19:30:00Z"));
        assertThat(apples.versionCreated()).isEqualTo(Instant.parse("2026-03-04T19:30:00Z"));
        assertThat(apples.keywords()).containsExactly("Agriculture", "Business");
        assertThat(apples.language()).isEqualTo("en-CA");
        assertThat(apples.copyrightNotice()).isEqualTo("(c) Valley Gazette");
        assertThat(apples.associations()).hasSize(2);
        assertThat(apples.associations().get(0).type()).isEqualTo("audio");
        assertThat(apples.associations().get(0).renditions().get(0).sizeInBytes()).isEqualTo(123456L);
        assertThat(apples.associations().get(1).type()).isEqualTo("picture");
        assertThat(apples.associations().get(1).caption()).isEqualTo("An orchard in bloom.");
        assertThat(apples.associations().get(1).renditions().get(0).width()).isEqualTo(1024);
        assertThat(articles.get(1).byline()).isEqualTo("Gazette Desk");
    }

    @Test
    void readsAnAtomFeedWithXhtmlContentAndHtmlSummary() {
        List<ParsedArticle> articles = parse("atom-full.xml");

        ParsedArticle first = articles.get(0);
        assertThat(first.id()).isEqualTo("urn:example:bergbote:1001");
        assertThat(first.headline()).isEqualTo("Neue Seilbahn am Grünberg");
        assertThat(first.subheadline()).isEqualTo("Die Bahn fährt ab Mai.");
        assertThat(first.body()).containsExactly("Die neue Seilbahn am Grünberg fährt ab Mai.", "Sie ersetzt den alten Sessellift.");
        assertThat(first.byline()).isEqualTo("Jörg Müller");
        assertThat(first.firstCreated()).isEqualTo(Instant.parse("2026-03-04T07:00:00Z"));
        assertThat(first.versionCreated()).isEqualTo(Instant.parse("2026-03-05T08:30:00Z"));
        assertThat(first.keywords()).containsExactly("Verkehr");
        assertThat(first.language()).isEqualTo("de");
        assertThat(first.provider()).isEqualTo("Bergbote Redaktion");
        assertThat(first.copyrightNotice()).isEqualTo("© Bergbote");
        assertThat(first.metadata()).containsEntry("link", "https://bergbote.example.de/seilbahn");
        assertThat(first.associations()).singleElement().satisfies(a -> assertThat(a.type()).isEqualTo("picture"));

        ParsedArticle second = articles.get(1);
        assertThat(second.body()).containsExactly("Erster Absatz.", "Zweiter Absatz.");
        assertThat(second.byline()).as("the feed's author applies").isEqualTo("Bergbote Redaktion");
    }

    @Test
    void prefersALongerVendorNamespaceBodyWithItsLeadOverAPlaceholderContent() {
        List<ParsedArticle> articles = parse("atom-vendor-body.xml");

        assertThat(articles.get(0).body()).containsExactly(
                "Organisers of the Portmere Harbour Festival have added a third night after both advertised evenings"
                        + " sold out within an hour on Friday (27Nov26).",
                "The extra concert will take place on the Sunday, with the same line-up, a spokeswoman said.",
                "Ticket holders for the cancelled fireworks display will be offered seats first.");
        assertThat(articles.get(1).body()).as("a shorter vendor body does not replace real content")
                .singleElement().asString().startsWith("The Valley Voices choir");
    }

    @Test
    void decodesUndeclaredWindows1252() {
        ParsedArticle article = parse("cp1252-undeclared.xml").get(0);

        assertThat(article.headline()).isEqualTo("Café “Chez Zoé” ferme");
        assertThat(article.body()).containsExactly("Le café de la rue Pasteur ferme après 40 ans – les habitués sont tristes.");
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2026-03-05T08:00:00Z"));
    }

    @Test
    void rejectsATruncatedFeed() {
        assertThatThrownBy(() -> parse("truncated.xml"))
                .isInstanceOf(WireFormatException.class)
                .hasMessageStartingWith("feed: truncated XML at line");
    }

    @Test
    void rejectsAFeedWithoutUsableItems() {
        byte[] doc = "<rss version=\"2.0\"><channel><title>Empty</title><item><description>x</description></item></channel></rss>"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> format.parse(doc, Origin.of("in/e.xml", RECEIVED)))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("no item or entry with a title and an id");
    }

    @Test
    void detectsRssAndAtom() {
        assertThat(format.detect(Fixtures.bytes("feed/rss-minimal.xml"))).isEqualTo(Detection.CERTAIN);
        assertThat(format.detect(Fixtures.bytes("feed/atom-full.xml"))).isEqualTo(Detection.CERTAIN);
        assertThat(format.detect("<feed><entry/></feed>".getBytes(StandardCharsets.UTF_8))).isEqualTo(Detection.LIKELY);
        assertThat(format.detect(Fixtures.bytes("nitf/full.xml"))).isEqualTo(Detection.NO_MATCH);
    }

    @Test
    void readsRssDatesInTheFormsFeedsReallySend() {
        List<ParsedArticle> articles = parse("rss-odd-dates.xml");

        assertThat(articles).extracting(ParsedArticle::firstCreated).containsExactly(
                Instant.parse("2026-12-01T10:00:00Z"),
                Instant.parse("2026-12-01T08:15:00Z"),
                Instant.parse("2026-12-01T13:00:00Z"),
                Instant.parse("2026-12-01T12:05:00Z"));
        assertThat(articles).extracting(ParsedArticle::language).containsOnly("en-ca");
    }

    @Test
    void readsAnRssItemWhoseOnlyTextIsHtmlInDescription() {
        ParsedArticle article = parse("rss-odd-dates.xml").get(0);

        assertThat(article.id()).isEqualTo("www.riverbend-courier.example:8812");
        assertThat(article.headline()).isEqualTo("Library extends weekend hours");
        assertThat(article.byline()).isEqualTo("Marguerite Oduya");
        assertThat(article.subheadline()).as("the description is the body").isNull();
        assertThat(article.body()).containsExactly(
                "The central library will open on Sundays from January, the city said.",
                "The change costs $40,000 a year.");
        assertThat(article.keywords()).containsExactly("Community");
        assertThat(article.associations()).singleElement().satisfies(image -> {
            assertThat(image.type()).isEqualTo("picture");
            assertThat(image.caption()).isEqualTo("The central library");
        });
    }

    @Test
    void readsAnAtomEntryWithXhtmlContentAndAnEscapedHtmlTitle() {
        ParsedArticle article = parse("atom-xhtml.xml").get(0);

        assertThat(article.id()).isEqualTo("tag:keawire.example,2026:story-3391");
        assertThat(article.headline()).isEqualTo("Tui & kerer\u016b counts rise");
        assertThat(article.subheadline()).isEqualTo("Bird counts rose for a third year.");
        assertThat(article.byline()).isEqualTo("Hemi Tane");
        assertThat(article.language()).isEqualTo("en-NZ");
        assertThat(article.firstCreated()).isEqualTo(Instant.parse("2026-12-01T07:30:00Z"));
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2026-12-01T07:45:10.500Z"));
        assertThat(article.keywords()).containsExactly("Environment");
        assertThat(article.body()).containsExactly(
                "Volunteers counted more tui and kerer\u016b in Wellington gardens this year than in any year since 2015.",
                "The count is run by the city council and a conservation trust.",
                "Tui: 4,120",
                "Kerer\u016b: 610");
    }

    @Test
    void headlinesAnUntitledRssItemWithTheFirstSentenceOfItsDescription() {
        ParsedArticle article = parse("rss-untitled.xml").get(0);

        assertThat(article.id()).isEqualTo("https://quick.example/n/1");
        assertThat(article.headline()).isEqualTo("Power was restored to 3,000 homes in Eastvale on Tuesday after a storm.");
        assertThat(article.body()).containsExactly(
                "Power was restored to 3,000 homes in Eastvale on Tuesday after a storm. Crews worked overnight.");
        assertThat(article.metadata()).containsEntry("headlineSource", "description");
        assertThat(article.firstCreated()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
    }

    @Test
    void takesAMediaGroupAsOnePictureWithTheGroupsCaption() {
        ParsedArticle article = parse("rss-odd-dates.xml").get(1);

        assertThat(article.associations()).singleElement().satisfies(picture -> {
            assertThat(picture.type()).isEqualTo("picture");
            assertThat(picture.uri()).isEqualTo("https://img.riverbend-courier.example/lanes-large.jpg");
            assertThat(picture.caption()).isEqualTo("Painted lanes on King Street.");
        });
    }

    @Test
    void rejoinsHardWrappedAtomTextContent() {
        ParsedArticle article = parse("atom-text-wrapped.xml").get(0);

        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2026-12-01T10:40:00Z"));
        assertThat(article.provider()).isEqualTo("Lowland Wire");
        assertThat(article.body()).containsExactly(
                "Repairs to the sea dyke near Westkerk were finished two weeks early, the water board said on Tuesday.",
                "The work cost 14 million euros.");
    }
}
