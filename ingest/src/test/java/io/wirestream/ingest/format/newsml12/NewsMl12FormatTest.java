package io.wirestream.ingest.format.newsml12;

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

class NewsMl12FormatTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-05T11:00:00Z");
    private final NewsMl12Format format = new NewsMl12Format();

    private List<ParsedArticle> parse(String fixture) {
        return format.parse(Fixtures.bytes("newsml-1.2/" + fixture), Origin.of("in/" + fixture, RECEIVED));
    }

    @Test
    void readsAMinimalItem() {
        ParsedArticle article = parse("minimal.xml").get(0);

        assertThat(article.id()).isEqualTo("urn:newsml:example.org:20260305:M-1");
        assertThat(article.rawId()).isEqualTo("urn:newsml:example.org:20260305:M-1:1");
        assertThat(article.version()).isEqualTo(1);
        assertThat(article.headline()).isEqualTo("Snow closes mountain pass");
        assertThat(article.body()).containsExactly("The northern pass closed overnight after heavy snow.");
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2026-03-05T07:00:00Z"));
    }

    @Test
    void readsEveryFieldOfAFullItemWithAnNitfBody() {
        ParsedArticle article = parse("full.xml").get(0);

        assertThat(article.id()).isEqualTo("urn:newsml:agencia.example:20260305:TX-MAD-42");
        assertThat(article.version()).isEqualTo(3);
        assertThat(article.signals()).containsExactly("update", "correction");
        assertThat(article.pubStatus()).isEqualTo(PubStatus.USABLE);
        assertThat(article.embargoedUntil()).isEqualTo(Instant.parse("2026-03-05T12:00:00Z"));
        assertThat(article.firstCreated()).isEqualTo(Instant.parse("2026-03-05T07:00:00Z"));
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2026-03-05T09:10:00Z"));
        assertThat(article.urgency()).isEqualTo(3);
        assertThat(article.priority()).isEqualTo(2);
        assertThat(article.headline()).isEqualTo("El Ayuntamiento aprueba el presupuesto de 2026");
        assertThat(article.subheadline()).isEqualTo("Más inversión en transporte público");
        assertThat(article.byline()).isEqualTo("Por Lucía Fernández");
        assertThat(article.bylines()).containsExactly(new ParsedArticle.Person("Lucía Fernández", "author", null));
        assertThat(article.dateline()).isEqualTo("MADRID, 5 mar");
        assertThat(article.metadata()).containsEntry("slugline", "Madrid-presupuesto");
        assertThat(article.copyrightNotice()).isEqualTo("(c) Agencia Ejemplo 2026");
        assertThat(article.usageTerms()).isEqualTo("Solo para clientes");
        assertThat(article.provider()).isEqualTo("Agencia Ejemplo");
        assertThat(article.language()).isEqualTo("es");
        assertThat(article.subjects()).extracting(ParsedArticle.Subject::code).containsExactly("11000000", "11006000");
        assertThat(article.places()).containsExactly(new ParsedArticle.Place("Madrid", "country", "ESP", "located"));
        assertThat(article.keywords()).containsExactly("presupuesto", "transporte");
        assertThat(article.section()).isEqualTo("Current");
        assertThat(article.body()).containsExactly(
                "MADRID (AE) - El pleno aprobó el martes un presupuesto de 5.200 millones de euros.",
                "La partida de transporte crece un 12 %, según la concejala de Hacienda.");
        assertThat(article.associations()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo("picture");
            assertThat(a.renditions()).singleElement().satisfies(r -> {
                assertThat(r.href()).isEqualTo("https://media.example.org/madrid.jpg");
                assertThat(r.mimeType()).isEqualTo("image/jpeg");
            });
        });
    }

    @Test
    void readsIso8859_15AndOneArticlePerLanguageComponent() {
        List<ParsedArticle> articles = parse("iso8859-15.xml");

        assertThat(articles).extracting(ParsedArticle::id)
                .containsExactly("urn:newsml:nieuws.example:77001#nl", "urn:newsml:nieuws.example:77001#fr");
        ParsedArticle nl = articles.get(0);
        assertThat(nl.headline()).isEqualTo("Café in Gent vraagt 5 € voor koffie");
        assertThat(nl.body()).containsExactly("De uitbater van café Œuvre verhoogt zijn prijzen.", "Klanten reageren geërgerd.");
        assertThat(nl.language()).isEqualTo("nl");
        assertThat(nl.version()).isEqualTo(2);
        assertThat(articles.get(1).body()).containsExactly("Le patron du café relève ses prix.");
        assertThat(articles.get(1).language()).isEqualTo("fr");
    }

    @Test
    void rejectsATruncatedDocument() {
        assertThatThrownBy(() -> parse("truncated.xml"))
                .isInstanceOf(WireFormatException.class)
                .hasMessageStartingWith("newsml-1.2: truncated XML at line");
    }

    @Test
    void rejectsAnItemWithoutHeadline() {
        byte[] doc = ("<NewsML Version=\"1.2\"><NewsItem><Identification><NewsIdentifier><ProviderId>p</ProviderId><NewsItemId>1</NewsItemId>"
                + "</NewsIdentifier></Identification><NewsComponent><NewsLines><SlugLine>SLUG</SlugLine></NewsLines></NewsComponent></NewsItem></NewsML>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> format.parse(doc, Origin.of("in/x.xml", RECEIVED)))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("no NewsComponent with a HeadLine in NewsItem urn:newsml:p:1");
    }

    @Test
    void detectsNewsMlWithAndWithoutVersion() {
        assertThat(format.detect(Fixtures.bytes("newsml-1.2/full.xml"))).isEqualTo(Detection.CERTAIN);
        assertThat(format.detect(Fixtures.bytes("newsml-1.2/iso8859-15.xml"))).isEqualTo(Detection.LIKELY);
        assertThat(format.detect(Fixtures.bytes("newsml-g2/full.xml"))).isEqualTo(Detection.NO_MATCH);
    }

    @Test
    void readsTheTextStoryOfANestedTextAndPhotoComponent() {
        List<ParsedArticle> articles = parse("nested-photo.xml");

        assertThat(articles).as("the photo's caption headline makes no story of its own").hasSize(1);
        ParsedArticle article = articles.get(0);
        assertThat(article.id()).isEqualTo("urn:newsml:alpennews.example:20261201:AN-5521");
        assertThat(article.version()).isEqualTo(2);
        assertThat(article.signals()).containsExactly("update");
        assertThat(article.headline()).isEqualTo("Avalanche closes pass road above Valmorin");
        assertThat(article.byline()).isEqualTo("By Claire Mettraux");
        assertThat(article.bylines()).containsExactly(new ParsedArticle.Person("Claire Mettraux", "author", null));
        assertThat(article.dateline()).isEqualTo("VALMORIN, Dec 1");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.provider()).isEqualTo("Alpen News");
        assertThat(article.priority()).isEqualTo(3);
        assertThat(article.urgency()).isEqualTo(4);
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2026-12-01T13:25:12Z"));
        assertThat(article.subjects()).extracting(ParsedArticle.Subject::code).containsExactly("17000000", "17003001");
        assertThat(article.body()).containsExactly(
                "An avalanche buried the pass road above Valmorin on Tuesday morning. Nobody was hurt.",
                "Police said the road would stay closed at least until Thursday.");
        assertThat(article.associations()).singleElement().satisfies(photo -> {
            assertThat(photo.type()).isEqualTo("picture");
            assertThat(photo.uri()).isEqualTo("https://photos.alpennews.example/AN-5521-1.jpg");
            assertThat(photo.caption()).isEqualTo("Snow covers the pass road");
        });
    }

    @Test
    void readsACanceledItemWithPlainTextContent() {
        ParsedArticle article = parse("killed-text.xml").get(0);

        assertThat(article.id()).isEqualTo("urn:newsml:baltpress.example:20261130:0987");
        assertThat(article.version()).isEqualTo(3);
        assertThat(article.pubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(article.signals()).as("Update N is a new item, no update").isEmpty();
        assertThat(article.headline()).isEqualTo("KILL: Port strike called off");
        assertThat(article.versionCreated()).isEqualTo(Instant.parse("2026-11-30T09:15:00Z"));
        assertThat(article.body()).containsExactly("Editors: please kill this story.", "It was sent in error.");
    }

    @Test
    void rejectsAnItemWithAnUnknownStatus() {
        String xml = """
                <NewsML Version="1.2"><NewsItem>
                  <Identification><NewsIdentifier><ProviderId>x.example</ProviderId><DateId>20261201</DateId>
                    <NewsItemId>9</NewsItemId><RevisionId>1</RevisionId></NewsIdentifier></Identification>
                  <NewsManagement><Status FormalName="Suspended"/></NewsManagement>
                  <NewsComponent><NewsLines><HeadLine>Ferry timetable changes</HeadLine></NewsLines></NewsComponent>
                </NewsItem></NewsML>
                """;

        assertThatThrownBy(() -> format.parse(xml.getBytes(StandardCharsets.UTF_8), Origin.of("in/status.xml", RECEIVED)))
                .isInstanceOf(WireFormatException.class)
                .hasMessage("newsml-1.2: unknown Status 'Suspended' in NewsItem urn:newsml:x.example:9 (in/status.xml)");
    }
}
