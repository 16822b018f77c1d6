package io.wirestream.ingest.format.agencytext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.ingest.Fixtures;
import io.wirestream.ingest.format.Detection;
import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.ParsedArticle;
import io.wirestream.ingest.format.WireFormatException;
import io.wirestream.schemas.PubStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyTextFormatTest {

    private static final Instant RECEIVED = Instant.parse("2025-03-11T12:00:00Z");

    private final AgencyTextFormat format = new AgencyTextFormat();

    private ParsedArticle parseOne(String fixture, Origin origin) {
        List<ParsedArticle> articles = format.parse(Fixtures.bytes(fixture), origin);
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }

    @Test
    void extractsTheHeaderAndKeepsTheFooterInTheBody() {
        ParsedArticle article = parseOne("agency-text/full.txt", Origin.of("in/agency/full.txt", RECEIVED));

        assertThat(article.headline()).isEqualTo("Flood wall on the Keltra river opens two years behind schedule");
        assertThat(article.section()).isEqualTo("REGION");
        assertThat(article.subheadline()).isEqualTo("Engineers say the barrier will protect some 4,000 homes in the lower town");
        assertThat(article.metadata()).containsExactly(
                java.util.Map.entry("readingTime", "Read about: 3 min."),
                java.util.Map.entry("readingTimeMinutes", "3"),
                java.util.Map.entry("relativeDate", "3 hours ago"));
        assertThat(article.firstCreated()).isEqualTo(RECEIVED.minus(Duration.ofHours(3)));
        assertThat(article.body()).hasSize(7);
        assertThat(article.body().get(0)).isEqualTo("The municipality of Vellmira on Tuesday opened the flood wall"
                + " along the Keltra river, two years after the date promised when work began.");
        assertThat(article.body().get(3)).startsWith("Opposition councillor Dren Halili");
        assertThat(article.body().subList(4, 7)).satisfiesExactly(
                p -> assertThat(p).startsWith("This website is maintained and managed by Liburna News Agency."),
                p -> assertThat(p).startsWith("This application was built with a grant"),
                p -> assertThat(p).isEqualTo("All rights reserved by Liburna Media © 2004-2025"));
        assertThat(article.body()).noneMatch(p -> p.contains("link was copied"));
    }

    @Test
    void guessesTheProviderFromTheFooterAndDerivesTheIdFromItAndTheHeadline() {
        ParsedArticle article = parseOne("agency-text/full.txt", Origin.of("in/agency/full.txt", RECEIVED));

        assertThat(article.provider()).isEqualTo("Liburna News Agency");
        assertThat(article.id()).matches("liburna-news-agency:flood-wall-on-the-keltra-river-opens-two-[0-9a-f]{12}");
        assertThat(article.version()).isEqualTo(1);
        assertThat(article.pubStatus()).isEqualTo(PubStatus.USABLE);
    }

    @Test
    void prefersTheOriginsProviderHintOverTheFooter() {
        ParsedArticle article = parseOne("agency-text/full.txt", new Origin("drop/Flood Wall.txt", "Liburna", RECEIVED));

        assertThat(article.provider()).isEqualTo("Liburna");
        assertThat(article.id()).matches("liburna:flood-wall-on-the-keltra-river-opens-two-[0-9a-f]{12}");
    }

    @Test
    void keepsTheIdWhenACorrectedFileArrivesUnderTheSameName() {
        String first = "Bridge closes for repairs\nNEWS\n1 hour ago\n\nThe bridge closes on Monday.\n";
        String corrected = "Bridge closes for repairs\nNEWS\n10 minutes ago\n\nThe bridge closes on Tuesday, not Monday.\n";

        ParsedArticle a = format.parse(bytes(first), new Origin("in/2025-03-11/bridge.txt", "Liburna", RECEIVED)).get(0);
        ParsedArticle b = format.parse(bytes(corrected), new Origin("retry/bridge.txt", "Liburna", RECEIVED.plusSeconds(600))).get(0);

        assertThat(a.id()).startsWith("liburna:bridge-closes-for-repairs-").isEqualTo(b.id());
        assertThat(a.body()).isNotEqualTo(b.body());
    }

    @Test
    void givesADifferentStoryThatReusesAFileNameItsOwnId() {
        String first = "Bridge closes for repairs\nNEWS\n1 hour ago\n\nThe bridge closes on Monday.\n";
        String second = "Ferry strike ends\nNEWS\n1 hour ago\n\nFerries sail again.\n";

        ParsedArticle a = format.parse(bytes(first), new Origin("in/story.txt", "Liburna", RECEIVED)).get(0);
        ParsedArticle b = format.parse(bytes(second), new Origin("in/story.txt", "Liburna", RECEIVED.plusSeconds(60))).get(0);

        assertThat(a.id()).startsWith("liburna:bridge-closes-for-repairs-").isNotEqualTo(b.id());
        assertThat(b.id()).startsWith("liburna:ferry-strike-ends-");
    }

    @Test
    void givesTheSameStoryTheSameIdWhateverItArrivedAs() {
        String story = "Bridge closes for repairs\nNEWS\n1 hour ago\n\nThe bridge closes on Monday.\n";

        ParsedArticle file = format.parse(bytes(story), new Origin("drop/bridge.txt", "Liburna", RECEIVED)).get(0);
        ParsedArticle pushed = format.parse(bytes(story),
                new Origin("http:10.0.0.7/3f2a9c1e-request", "Liburna", RECEIVED.plusSeconds(5))).get(0);

        assertThat(pushed.id()).isEqualTo(file.id());
    }

    @Test
    void keepsTheIdOfTheSameStoryReSentWhateverItsRelativeDateLineSays() {
        String story = "Bridge closes for repairs\nNEWS\n%s\n\nThe bridge closes on Monday.\n";

        ParsedArticle a = format.parse(bytes(String.format(story, "1 hour ago")), new Origin("bridge.txt", "Liburna", RECEIVED)).get(0);
        ParsedArticle b = format.parse(bytes(String.format(story, "3 hours ago")),
                new Origin("bridge.txt", "Liburna", RECEIVED.plusSeconds(7200))).get(0);

        assertThat(a.id()).isEqualTo(b.id());
    }

    @Test
    void separatesTheSameHeadlineOnAnotherAbsoluteDay() {
        assertThat(AgencyTextFormat.storyKey("Weather  forecast", "11 March 2025"))
                .isEqualTo(AgencyTextFormat.storyKey("weather forecast", "11 March 2025"))
                .isNotEqualTo(AgencyTextFormat.storyKey("Weather forecast", "12 March 2025"))
                .hasSize(12);
        assertThat(AgencyTextFormat.storyKey("Weather forecast", "2 hours ago"))
                .isEqualTo(AgencyTextFormat.storyKey("Weather forecast", null));
    }

    @Test
    void readsTheMinimalShapeWithoutSubheadlineOrFooter() {
        ParsedArticle article = parseOne("agency-text/minimal.txt", Origin.of("minimal.txt", RECEIVED));

        assertThat(article.headline()).isEqualTo("Ferry to Isola Brava sails again after storm");
        assertThat(article.section()).isEqualTo("NEWS");
        assertThat(article.subheadline()).isNull();
        assertThat(article.firstCreated()).isEqualTo(Instant.parse("2025-03-09T12:00:00Z"));
        assertThat(article.metadata()).containsOnlyKeys("relativeDate");
        assertThat(article.body()).containsExactly(
                "The ferry between the port of Calmara and the island of Isola Brava resumed service on Monday morning.");
        assertThat(article.provider()).isEqualTo(AgencyTextFormat.UNKNOWN_PROVIDER);
        assertThat(article.id()).matches("unknown:ferry-to-isola-brava-sails-again-after-[0-9a-f]{12}");
    }

    @Test
    void handlesCrlfABomAndAShareWidgetVariant() {
        ParsedArticle article = parseOne("agency-text/odd-crlf-bom.txt", Origin.of("odd-crlf-bom.txt", RECEIVED));

        assertThat(article.headline()).isEqualTo("Night trains return to the Vardo valley line");
        assertThat(article.section()).isEqualTo("TRANSPORT");
        assertThat(article.subheadline()).isEqualTo("A timetable change brings back two sleeper services a week");
        assertThat(article.metadata()).containsEntry("relativeDate", "yesterday").doesNotContainKey("readingTime");
        assertThat(article.firstCreated()).isEqualTo(Instant.parse("2025-03-10T12:00:00Z"));
        assertThat(article.body()).hasSize(3).noneMatch(p -> p.contains("\r") || p.contains("\uFEFF"));
        assertThat(article.provider()).isEqualTo("Vardo Daily");
    }

    @Test
    void treatsEveryLineAsBodyWhenNoHeaderLineIsRecognised() {
        ParsedArticle article = parseOne("agency-text/no-header.txt", Origin.of("no-header.txt", RECEIVED));

        assertThat(article.headline()).isEqualTo("Volunteers plant 3,000 trees on Mount Selva");
        assertThat(article.subheadline()).isNull();
        assertThat(article.section()).isNull();
        assertThat(article.firstCreated()).isNull();
        assertThat(article.body()).hasSize(2).first().asString().startsWith("More than two hundred volunteers");
    }

    @Test
    void endsTheHeaderAtASecondUnrecognisedLine() {
        String copy = "Headline here\nNEWS\nThe teaser line\nFirst body line, no blank line before it.\nSecond body line.\n";

        ParsedArticle article = format.parse(bytes(copy), Origin.of("x.txt", RECEIVED)).get(0);

        assertThat(article.subheadline()).isEqualTo("The teaser line");
        assertThat(article.body()).containsExactly("First body line, no blank line before it.", "Second body line.");
    }

    @Test
    void leavesFirstCreatedEmptyWithoutADateLine() {
        String copy = "Headline\nSPORT\nRead about: 1 min.\n\nBody.\n";

        ParsedArticle article = format.parse(bytes(copy), Origin.of("x.txt", RECEIVED)).get(0);

        assertThat(article.firstCreated()).isNull();
        assertThat(article.metadata()).containsEntry("readingTimeMinutes", "1");
    }

    @Test
    void doesNotTakeAProviderFromBodyTextBeforeTheFooter() {
        String copy = "Port changes hands\nNEWS\n1 hour ago\n\n"
                + "The port is managed by Adriatic Holdings, whose website is maintained by Harbour Digital.\n"
                + "p2\np3\np4\np5\np6\n";

        ParsedArticle article = format.parse(bytes(copy), Origin.of("port.txt", RECEIVED)).get(0);

        assertThat(article.provider()).isEqualTo(AgencyTextFormat.UNKNOWN_PROVIDER);
    }

    @Test
    void rejectsCopyWithoutABody() {
        assertThatThrownBy(() -> format.parse(Fixtures.bytes("agency-text/truncated.txt"), Origin.of("in/truncated.txt", RECEIVED)))
                .isInstanceOf(WireFormatException.class)
                .hasMessage("agency-text: no body after the header of 'Council approves budget for the new' (in/truncated.txt)");
    }

    @Test
    void decodesLatin1CopyWithoutMojibake() {
        ParsedArticle article = format.parse(Fixtures.bytes("agency-text/latin1.txt"), Origin.of("in/latin1.txt", RECEIVED)).get(0);

        assertThat(article.headline()).isEqualTo("Café owners in Calmara protest new terrace fees");
        assertThat(article.body()).allMatch(p -> !p.contains("\uFFFD") && !p.contains("Ã"));
    }

    @Test
    void rejectsAListOfFileNamesAsNoStory() {
        assertThatThrownBy(() -> format.parse(bytes("files.txt\nin/a.xml\nin/b.xml\nin/c.json\n"), Origin.of("in/list.txt", RECEIVED)))
                .isInstanceOf(WireFormatException.class)
                .hasMessage("agency-text: not a story: 4 of 4 lines are file names (in/list.txt)");
    }

    @Test
    void rejectsBinaryInput() {
        assertThatThrownBy(() -> format.parse(Fixtures.bytes("agency-text/garbage.bin"), Origin.of("g.bin", RECEIVED)))
                .isInstanceOf(WireFormatException.class)
                .hasMessageStartingWith("agency-text: ");
    }

    @Test
    void rejectsControlCharactersInOtherwiseValidText() {
        assertThatThrownBy(() -> format.parse(bytes("Headline\n\nBody\u0001text\n"), Origin.of("c.txt", RECEIVED)))
                .isInstanceOf(WireFormatException.class)
                .hasMessage("agency-text: control character U+0001 on line 3 (c.txt)");
    }

    @Test
    void rejectsEmptyInput() {
        assertThatThrownBy(() -> format.parse(bytes(" \n\r\n "), Origin.of("e.txt", RECEIVED)))
                .isInstanceOf(WireFormatException.class)
                .hasMessage("agency-text: empty input (e.txt)");
    }

    @Test
    void detectsNothingInAOneLineFileOrAVeryLongFirstLine() {
        assertThat(format.detect(bytes("Just one line\n"))).isEqualTo(Detection.NO_MATCH);
        assertThat(format.detect(bytes("x".repeat(AgencyTextFormat.MAX_HEADLINE_CHARS + 1) + "\nsecond\n")))
                .isEqualTo(Detection.NO_MATCH);
    }

    @Test
    void detectsTextWhoseHeadEndsInsideAMultiByteCharacter() {
        byte[] text = bytes("Headline\nNEWS\n3 hours ago\n\nCafé");
        byte[] cut = java.util.Arrays.copyOf(text, text.length - 1);

        assertThat(format.detect(cut)).isEqualTo(Detection.LIKELY);
    }

    @Test
    void keepsABracketedHeadlineButNotAJsonArray() {
        assertThat(format.detect(bytes("[PHOTOS] Harbour festival\nSecond line\n"))).isEqualTo(Detection.WEAK);
        assertThat(format.detect(bytes("[\n  \"a\",\n  \"b\"\n]\n"))).isEqualTo(Detection.NO_MATCH);
    }

    @Test
    void slugsAreLowerCaseAsciiAndNeverEmpty() {
        assertThat(AgencyTextFormat.slug("Agjencia Kosovë-Press ©")).isEqualTo("agjencia-kosove-press");
        assertThat(AgencyTextFormat.slug("新闻社")).matches("x[0-9a-f]{16}");
        assertThat(AgencyTextFormat.slug("新闻社")).isNotEqualTo(AgencyTextFormat.slug("通讯社"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsACreditLineInTheHeaderAsTheByline() {
        ParsedArticle article = parseOne("agency-text/byline.txt", Origin.of("in/agency/byline.txt", RECEIVED));

        assertThat(article.headline()).isEqualTo("Council backs new tram depot in the east");
        assertThat(article.section()).isEqualTo("POLITICS");
        assertThat(article.byline()).isEqualTo("By Arben Kola and Dita Marku, Liburna");
        assertThat(article.bylines()).extracting(ParsedArticle.Person::name).containsExactly("Arben Kola", "Dita Marku");
        assertThat(article.subheadline()).isNull();
        assertThat(article.firstCreated()).isEqualTo(Instant.parse("2026-12-01T14:05:00Z"));
        assertThat(article.body()).as("a paragraph opening 'By Tuesday' is copy").containsExactly(
                "The city council on Tuesday approved a new tram depot in the eastern district, ending two years of argument over its cost.",
                "By Tuesday evening the opposition had asked for a review of the tender.",
                "Work starts in spring.");
    }

    @Test
    void readsABylineOnlyHeaderWithCarriageReturnLineEnds() {
        ParsedArticle article = parseOne("agency-text/cr-byline.txt", Origin.of("in/agency/cr-byline.txt", RECEIVED));

        assertThat(article.headline()).isEqualTo("Night bus network extended to the airport");
        assertThat(article.byline()).isEqualTo("By Lule Gashi");
        assertThat(article.body()).containsExactly(
                "Three night bus lines will run to the airport from January, the transport company said.",
                "Tickets cost the same as by day.");
    }
}
