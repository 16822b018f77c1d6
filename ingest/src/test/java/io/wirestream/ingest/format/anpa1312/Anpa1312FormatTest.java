package io.wirestream.ingest.format.anpa1312;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.ingest.Fixtures;
import io.wirestream.ingest.format.Detection;
import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.ParsedArticle;
import io.wirestream.ingest.format.WireFormatException;
import io.wirestream.ingest.format.iptc7901.Iptc7901Format;
import io.wirestream.schemas.PubStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class Anpa1312FormatTest {

    private static final Instant RECEIVED = Instant.parse("2025-03-11T08:00:00Z");

    private final Anpa1312Format format = new Anpa1312Format();

    private List<ParsedArticle> parse(String fixture) {
        return format.parse(Fixtures.bytes("anpa1312/" + fixture), Origin.of("in/" + fixture, RECEIVED));
    }

    @Test
    void parsesAMinimalStory() {
        ParsedArticle article = parse("minimal.anpa").get(0);

        assertThat(article.headline()).isEqualTo("Ferry crews on Isola Brava strike for a day");
        assertThat(article.id()).isEqualTo("lna:2025-03-10:ferry-strike");
        assertThat(article.rawId()).isEqualTo("a0101");
        assertThat(article.version()).isEqualTo(1);
        assertThat(article.pubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(article.provider()).isEqualTo("LNA");
        assertThat(article.urgency()).isEqualTo(5);
        assertThat(article.dateline()).isEqualTo("PORTO BRAVA");
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2025-03-10T09:15:00Z"));
        assertThat(article.body()).containsExactly(
                "PORTO BRAVA (LNA) _ Ferry crews walked out on Monday, stranding hundreds of travellers.");
    }

    @Test
    void readsAWriteThruWithNotesSummaryAndByline() {
        ParsedArticle article = parse("full.anpa").get(0);

        assertThat(article.headline()).isEqualTo("Ferry strike on Isola Brava ends after talks");
        assertThat(article.id()).isEqualTo("lna:2025-03-10:ferry-strike");
        assertThat(article.version()).isEqualTo(3);
        assertThat(article.signals()).containsExactly("update");
        assertThat(article.urgency()).isEqualTo(3);
        assertThat(article.subheadline()).isEqualTo("Crews returned to work after the port authority agreed to talks on pay.");
        assertThat(article.metadata()).containsEntry("editorialNote", "Eds: Updates with end of strike. With LNA Photos.")
                .containsEntry("takeKey", "2ndLd-Writethru").containsEntry("cycle", "AM");
        assertThat(article.byline()).isEqualTo("By MARTA VIDAL");
        assertThat(article.bylines()).containsExactly(new ParsedArticle.Person("MARTA VIDAL", "author", "Associated Lagoon Press Writer"));
        assertThat(article.body()).containsExactly(
                "PORTO BRAVA (LNA) _ Ferry crews on Isola Brava ended their strike on Monday evening after the port authority agreed to talks.",
                "``We got what we came for,'' a union spokesman said.",
                "___",
                "Vidal reported from Calmara.");
    }

    @Test
    void keepsTabularCopyLineByLineWithColumns() {
        ParsedArticle table = parse("full.anpa").get(1);

        assertThat(table.headline()).isEqualTo("Island League Table");
        assertThat(table.byline()).isEqualTo("By The Lagoon Press");
        assertThat(table.metadata()).containsEntry("tabular", "true");
        assertThat(table.body()).containsExactly(
                "Division One", "\tP\tW\tPts", "Porto Brava\t10\t7\t22", "Calmara\t10\t6\t19½");
        assertThat(table.id()).isEqualTo("lna:2025-03-10:soc-island-table");
    }

    @Test
    void decodesLatin1Text() {
        ParsedArticle article = parse("odd-charset.anpa").get(0);

        assertThat(article.headline()).isEqualTo("Zürich café owners protest rents");
        assertThat(article.dateline()).isEqualTo("ZÜRICH");
        assertThat(article.body()).containsExactly("ZÜRICH (LNA) _ Café owners in Zürich marched on Tuesday; Émile Duval led them.");
    }

    @Test
    void rejectsATruncatedStoryWithoutText() {
        assertThatThrownBy(() -> parse("truncated.anpa"))
                .isInstanceOf(WireFormatException.class)
                .hasMessage("anpa1312: no text after the headline in the message (a0105) (in/truncated.anpa)");
    }

    @Test
    void rejectsAMessageWithoutASlugLine() {
        byte[] broken = "\u0016\u0016\u0001a0001\u001f---\nnonsense here\n\u0002^Head<\n\tBody.\n\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> format.parse(broken, Origin.of("b", RECEIVED)))
                .isInstanceOf(WireFormatException.class)
                .hasMessage("anpa1312: no priority/category slug line in the message (a0001) (b)");
    }

    @Test
    void detectsBySynSynSohAndLeavesIptc7901Alone() {
        assertThat(format.detect(Fixtures.bytes("anpa1312/minimal.anpa"))).isEqualTo(Detection.CERTAIN);
        assertThat(format.detect(Fixtures.bytes("iptc7901/minimal.txt"))).isEqualTo(Detection.NO_MATCH);
        assertThat(new Iptc7901Format().detect(Fixtures.bytes("anpa1312/minimal.anpa"))).isEqualTo(Detection.NO_MATCH);
        assertThat(format.detect("a0101\u001f---\nr a\u0013\u0011 BC-X 03-10\n".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo(Detection.LIKELY);
    }

    @Test
    void readsCrCrLfCopyWithoutEtxAndRejoinsWrappedParagraphs() {
        ParsedArticle article = parse("crcrlf-no-etx.anpa").get(0);

        assertThat(article.headline()).isEqualTo("Repairs to Clearwater dam to take two years");
        assertThat(article.id()).isEqualTo("lp:2026-12-01:dam-repairs");
        assertThat(article.version()).isEqualTo(2);
        assertThat(article.byline()).isEqualTo("By DONNA PELLHAM");
        assertThat(article.bylines()).containsExactly(new ParsedArticle.Person("DONNA PELLHAM", "author", "Lakeshore Press Writer"));
        assertThat(article.dateline()).isEqualTo("CLEARWATER");
        assertThat(article.provider()).isEqualTo("LP");
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2026-12-01T17:02:00Z"));
        assertThat(article.body()).as("the trailer is no paragraph, a wrapped line no paragraph of its own").containsExactly(
                "CLEARWATER, Ore. (LP) _ Repairs to the Clearwater dam will take two years, state engineers said Tuesday.",
                "The work will cost $84 million.");
        assertThat(article.metadata()).containsEntry("trailer", "LP-WS-12-01-26 1702GMT");
    }

    @Test
    void readsABulletinWhosePriorityLineIsNoHeadline() {
        ParsedArticle article = parse("bulletin.anpa").get(0);

        assertThat(article.headline()).isEqualTo(
                "NORTHPORT, Alaska (LP) _ A strong earthquake shook southern Alaska on Tuesday, the geological survey said.");
        assertThat(article.dateline()).isEqualTo("NORTHPORT");
        assertThat(article.urgency()).isEqualTo(1);
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2026-12-01T22:10:00Z"));
        assertThat(article.metadata()).containsEntry("editorialNote", "BULLETIN");
    }
}
