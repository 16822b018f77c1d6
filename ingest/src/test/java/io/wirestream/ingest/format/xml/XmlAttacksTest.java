package io.wirestream.ingest.format.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.ParsedArticle;
import io.wirestream.ingest.format.WireFormat;
import io.wirestream.ingest.format.WireFormatException;
import io.wirestream.ingest.format.feed.FeedFormat;
import io.wirestream.ingest.format.newsml12.NewsMl12Format;
import io.wirestream.ingest.format.newsmlg2.NewsMlG2Format;
import io.wirestream.ingest.format.nitf.NitfFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every XML format meets every attack through its own parse. */
class XmlAttacksTest {

    private static final Origin ORIGIN = Origin.of("in/attack.xml", Instant.parse("2026-01-01T00:00:00Z"));
    private static final Duration FAST = Duration.ofSeconds(3);

    @TempDir
    Path dir;

    /** Each format with its root name and a document template whose body text is {@code @TEXT@}. */
    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of(new NitfFormat(), "nitf",
                        "<nitf><head><docdata><doc-id id-string=\"a-1\"/></docdata></head><body><body.head><hedline>"
                                + "<hl1>Attack</hl1></hedline></body.head><body.content><p>@TEXT@</p></body.content></body></nitf>"),
                Arguments.of(new NewsMlG2Format(), "newsItem",
                        "<newsItem guid=\"g-1\"><contentMeta><headline>Attack</headline></contentMeta><contentSet>"
                                + "<inlineXML contenttype=\"application/xhtml+xml\"><html><body><p>@TEXT@</p></body></html>"
                                + "</inlineXML></contentSet></newsItem>"),
                Arguments.of(new NewsMl12Format(), "NewsML",
                        "<NewsML Version=\"1.2\"><NewsItem><Identification><NewsIdentifier><ProviderId>p</ProviderId>"
                                + "<NewsItemId>1</NewsItemId></NewsIdentifier></Identification><NewsComponent><NewsLines>"
                                + "<HeadLine>Attack</HeadLine></NewsLines><ContentItem><DataContent><p>@TEXT@</p></DataContent>"
                                + "</ContentItem></NewsComponent></NewsItem></NewsML>"),
                Arguments.of(new FeedFormat(), "rss",
                        "<rss version=\"2.0\"><channel><title>T</title><item><title>Attack</title><guid>urn:a:1</guid>"
                                + "<description>@TEXT@</description></item></channel></rss>"),
                Arguments.of(new FeedFormat(), "feed",
                        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>urn:a:2</id><title>Attack</title>"
                                + "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>@TEXT@</p></div></content>"
                                + "</entry></feed>"));
    }

    private static String text(List<ParsedArticle> articles) {
        return articles.stream().map(a -> a.headline() + " " + String.join(" ", a.body())).reduce("", String::concat);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("formats")
    void leavesXxeToALocalFileUnexpanded(WireFormat format, String root, String template) {
        Path secret = XmlAttacks.secretFile(dir);

        assertThat(text(format.parse(XmlAttacks.xxe(root, secret, template), ORIGIN))).doesNotContain(XmlAttacks.SECRET);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("formats")
    void neverReadsAnExternalDtd(WireFormat format, String root, String template) {
        Path secret = XmlAttacks.secretFile(dir);
        byte[] doc = XmlAttacks.externalDtd(root, secret, template);
        try {
            assertThat(text(format.parse(doc, ORIGIN))).doesNotContain(XmlAttacks.SECRET);
        } catch (WireFormatException e) {
            assertThat(e.getMessage()).doesNotContain(XmlAttacks.SECRET);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("formats")
    void failsFastOnBillionLaughs(WireFormat format, String root, String template) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> format.parse(XmlAttacks.billionLaughs(root, template), ORIGIN))
                .isInstanceOf(WireFormatException.class).hasMessageContaining("entity expansion limit");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("formats")
    void failsFastOnQuadraticBlowUp(WireFormat format, String root, String template) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> format.parse(XmlAttacks.quadratic(root, template), ORIGIN))
                .isInstanceOf(WireFormatException.class).hasMessageContaining("entity size limit");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("formats")
    void failsFastOnDeepNesting(WireFormat format, String root, String template) {
        long start = System.nanoTime();
        assertThatThrownBy(() -> format.parse(XmlAttacks.deepNesting(template), ORIGIN))
                .isInstanceOf(WireFormatException.class).hasMessageContaining("element depth limit");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAST);
    }
}
