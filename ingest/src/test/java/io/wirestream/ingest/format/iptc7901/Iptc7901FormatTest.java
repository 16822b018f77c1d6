package io.wirestream.ingest.format.iptc7901;

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

class Iptc7901FormatTest {

    private static final Instant RECEIVED = Instant.parse("2025-03-25T12:00:00Z");

    private final Iptc7901Format format = new Iptc7901Format();

    private List<ParsedArticle> parse(String fixture) {
        return format.parse(Fixtures.bytes("iptc7901/" + fixture), Origin.of("in/" + fixture, RECEIVED));
    }

    @Test
    void parsesAMinimalMessage() {
        ParsedArticle article = parse("minimal.txt").get(0);

        assertThat(article.headline()).isEqualTo("Harbour of Calmara reopens after storm");
        assertThat(article.id()).isEqualTo("lna:2025-03-10:calmara-harbour");
        assertThat(article.rawId()).isEqualTo("abc001");
        assertThat(article.version()).isEqualTo(1);
        assertThat(article.pubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(article.provider()).isEqualTo("lna");
        assertThat(article.dateline()).isEqualTo("Calmara");
        assertThat(article.urgency()).isEqualTo(4);
        assertThat(article.section()).isEqualTo("i");
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2025-03-10T10:15:00Z"));
        assertThat(article.body()).containsExactly(
                "Calmara (lna) - The harbour of Calmara reopened on Monday after three days of closure, the port authority said.");
    }

    @Test
    void splitsAStreamIntoItsStories() {
        List<ParsedArticle> articles = parse("full.txt");

        assertThat(articles).extracting(ParsedArticle::headline).containsExactly(
                "Isola Brava votes on new island council after long campaign", "Fire at Calmara fish market");
        assertThat(articles).extracting(ParsedArticle::id).doesNotHaveDuplicates();
    }

    @Test
    void readsVersionBylineNotesAndTablesOfAFullStory() {
        ParsedArticle article = parse("full.txt").get(0);

        assertThat(article.version()).isEqualTo(3);
        assertThat(article.signals()).containsExactly("update");
        assertThat(article.metadata()).containsEntry("takeKey", "2ND LEAD").containsEntry("editors", "lna mv jp");
        assertThat(article.metadata().get("editorialNote")).startsWith("# lna Notebook").contains("not for publication");
        assertThat(article.byline()).isEqualTo("By Marta Vidal, lna");
        assertThat(article.bylines()).containsExactly(new ParsedArticle.Person("Marta Vidal", "author", "lna"));
        assertThat(article.keywords()).containsExactly("Isola-politics", "Brava", "elections");
        assertThat(article.dateline()).isEqualTo("Porto Brava");
        assertThat(article.urgency()).isEqualTo(3);
        assertThat(article.body()).containsExactly(
                "Porto Brava (lna) - Voters on Isola Brava chose a new island council on Sunday after a campaign dominated by the ferry service.",
                "Turnout was 61 per cent, the electoral office said, up from 54 per cent four years ago.",
                "Results by district:",
                "North      1,204   38.2%",
                "South        987   31.3%",
                "The new council meets for the first time on Friday.");
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2025-03-24T18:42:00Z"));
    }

    @Test
    void keepsTheIdAcrossLeadsOfTheSameStory() {
        String first = "\u0001lna200 4 p 50 x\r\nIsola-politics/Brava/elections/\r\n\u0002Isola Brava votes =\r\n\r\n"
                + "   Porto Brava (lna) - Voting began on Sunday.\r\n\u0003240900 GMT Mar 25\r\n\u0004";
        ParsedArticle original = format.parse(first.getBytes(StandardCharsets.ISO_8859_1), Origin.of("a", RECEIVED)).get(0);
        ParsedArticle lead = parse("full.txt").get(0);

        assertThat(original.id()).isEqualTo(lead.id());
        assertThat(original.version()).isLessThan(lead.version());
        assertThat(original.rawId()).isNotEqualTo(lead.rawId());
    }

    @Test
    void decodesLatin1AndTheEuroOfIso885915WithCrLineEnds() {
        ParsedArticle article = parse("odd-charset.txt").get(0);

        assertThat(article.headline()).isEqualTo("Zürich café prices rise by a fifth");
        assertThat(article.dateline()).isEqualTo("Zürich");
        assertThat(article.body()).singleElement().asString()
                .contains("costs 5 € on average")
                .contains("Émile Duval");
    }

    @Test
    void toleratesAStreamThatLostItsSohEtxAndEot() {
        ParsedArticle article = parse("damaged.txt").get(0);

        assertThat(article.headline()).isEqualTo("Snow closes the mountain road to Selva");
        assertThat(article.body()).containsExactly("Selva (lna) - Snow closed the mountain road to Selva on Tuesday, the road authority said.");
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2025-01-23T14:00:00Z"));
    }

    @Test
    void rejectsATruncatedMessageWithoutText() {
        assertThatThrownBy(() -> parse("truncated.txt"))
                .isInstanceOf(WireFormatException.class)
                .hasMessage("iptc7901: no text after the headline in the message (abc004) (in/truncated.txt)");
    }

    @Test
    void rejectsAMessageWithoutAHeaderNamingIt() {
        byte[] stream = ("\u0001abc001 4 i 10 x\r\nK/\r\n\u0002Headline =\r\n\r\n   Body text here.\r\n\u0003\u0004"
                + "\u0001garbage\r\n\u0004").getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> format.parse(stream, Origin.of("s", RECEIVED)))
                .isInstanceOf(WireFormatException.class)
                .hasMessage("iptc7901: no IPTC 7901 header line in message 2 of 2 (s)");
    }

    @Test
    void marksAKillAsCanceled() {
        byte[] kill = "\u0001lna300 1 i 10 x\r\nCalmara-fire/\r\n\u0002KILL\r\nFire at Calmara fish market =\r\n\r\n   Editors: the story is withdrawn.\r\n\u0003\u0004"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(format.parse(kill, Origin.of("k", RECEIVED)).get(0).pubStatus()).isEqualTo(PubStatus.CANCELED);
    }

    @Test
    void detectsByTheSohHeaderAndLeavesAnpaAlone() {
        assertThat(format.detect(Fixtures.bytes("iptc7901/minimal.txt"))).isEqualTo(Detection.CERTAIN);
        assertThat(format.detect(Fixtures.bytes("iptc7901/damaged.txt"))).isEqualTo(Detection.LIKELY);
        assertThat(format.detect("\u0016\u0016\u0001z6715\u001f-----\nr z".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo(Detection.NO_MATCH);
        assertThat(format.detect("Plain headline\nBody".getBytes(StandardCharsets.UTF_8))).isEqualTo(Detection.NO_MATCH);
    }

    @Test
    void readsCrCrLfLineEndsAsOneLineEndEach() {
        ParsedArticle article = parse("crcrlf.txt").get(0);

        assertThat(article.headline()).isEqualTo("Rail freight tunnel under Hradek approved");
        assertThat(article.byline()).isEqualTo("By Jana Voralova, kpa");
        assertThat(article.bylines()).extracting(ParsedArticle.Person::name).containsExactly("Jana Voralova");
        assertThat(article.dateline()).isEqualTo("Hradek");
        assertThat(article.provider()).isEqualTo("kpa");
        assertThat(article.keywords()).containsExactly("Moravia-transport", "rail");
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2026-12-01T12:14:00Z"));
        assertThat(article.body()).containsExactly(
                "Hradek (kpa) - The regional council approved a freight tunnel under Hradek on Tuesday, "
                        + "ending a ten-year dispute over lorry traffic through the old town.",
                "Work is due to start in 2028 and cost about 900 million crowns, a council spokesman said.");
        assertThat(article.metadata()).containsEntry("editors", "kpa jv tm");
    }

    @Test
    void readsABareLfMessageWithoutEtxOrEot() {
        ParsedArticle article = parse("lf-no-etx.txt").get(0);

        assertThat(article.headline()).isEqualTo("Storm closes Vesterhavn airport");
        assertThat(article.dateline()).isEqualTo("Vesterhavn");
        assertThat(article.urgency()).isEqualTo(3);
        assertThat(article.versionCreated()).as("trailer-shaped last line").isEqualTo(Instant.parse("2026-12-01T15:30:00Z"));
        assertThat(article.body()).containsExactly(
                "Vesterhavn (ops) - Gales closed the airport at Vesterhavn on Tuesday afternoon and flights were diverted to Nordby.",
                "Forecasters expect the wind to ease overnight.");
    }

    @Test
    void readsATrailerStampedInCentralEuropeanTime() {
        ParsedArticle article = parse("local-zone-trailer.txt").get(0);

        assertThat(article.versionCreated()).as("011030 MEZ is 09:30 UTC").isEqualTo(Instant.parse("2026-12-01T09:30:00Z"));
        assertThat(article.id()).as("the trailer's day, not the day of receipt").isEqualTo("apx:2026-12-01:austria-economy");
        assertThat(article.headline()).isEqualTo("Inflation in Austria eases to 2.9 percent");
        assertThat(article.body()).containsExactly(
                "Vienna (apx) - Consumer prices rose 2.9 percent in November, the statistics office said on Tuesday.",
                "Food prices fell for the second month.");
    }
}
