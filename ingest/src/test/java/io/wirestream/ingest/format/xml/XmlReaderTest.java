package io.wirestream.ingest.format.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.WireFormatException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class XmlReaderTest {

    private static final Origin ORIGIN = Origin.of("in/x.xml", Instant.parse("2026-01-01T00:00:00Z"));
    private static final String INNER = "<r><p>@TEXT@</p></r>";

    @TempDir
    Path dir;

    private static Document parse(byte[] bytes) {
        return XmlReader.parse(bytes, "test", ORIGIN);
    }

    @Test
    void leavesAnExternalEntityToALocalFileUnexpanded() {
        Path secret = XmlAttacks.secretFile(dir);

        Document doc = parse(XmlAttacks.xxe("r", secret, INNER));

        assertThat(doc.getDocumentElement().getTextContent()).doesNotContain(XmlAttacks.SECRET);
    }

    @Test
    void neverLoadsAnExternalDtdOrParameterEntity() {
        Path secret = XmlAttacks.secretFile(dir);
        byte[] doc = XmlAttacks.externalDtd("r", secret, INNER);

        // Either it parses without the DTD's entity or it is refused; the secret never shows.
        try {
            assertThat(parse(doc).getDocumentElement().getTextContent()).doesNotContain(XmlAttacks.SECRET);
        } catch (WireFormatException e) {
            assertThat(e.getMessage()).doesNotContain(XmlAttacks.SECRET);
        }
    }

    @Test
    void parsesANitfDoctypeWithoutFetchingItsDtd() {
        byte[] doc = ("<!DOCTYPE nitf PUBLIC \"-//IPTC//DTD NITF 3.4//EN\" \"http://192.0.2.1/nitf-3-4.dtd\">"
                + "<nitf><body/></nitf>").getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();

        assertThat(parse(doc).getDocumentElement().getLocalName()).isEqualTo("nitf");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void stopsBillionLaughsAtTheEntityExpansionLimit() {
        assertThatThrownBy(() -> parse(XmlAttacks.billionLaughs("r", INNER)))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("entity expansion limit");
    }

    @Test
    void stopsAQuadraticBlowUpAtTheTotalEntitySizeLimit() {
        assertThatThrownBy(() -> parse(XmlAttacks.quadratic("r", INNER)))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("entity size limit");
    }

    @Test
    void stopsDeepNestingAtTheDepthLimit() {
        assertThatThrownBy(() -> parse(XmlAttacks.deepNesting(INNER)))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("element depth limit");
    }

    @Test
    void stopsAnElementWithTooManyAttributes() {
        StringBuilder attrs = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            attrs.append(" a").append(i).append("=\"v\"");
        }
        assertThatThrownBy(() -> parse(("<r" + attrs + "/>").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("attribute limit");
    }

    @Test
    void reportsTruncationWithTheLine() {
        assertThatThrownBy(() -> parse("<r>\n<p>cut".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("truncated XML at line 2");
    }

    @Test
    void rejectsEmptyInput() {
        assertThatThrownBy(() -> parse("  \n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(WireFormatException.class)
                .hasMessageContaining("empty input");
    }

    @Test
    void readsHtmlNamedEntitiesWhoseDtdIsNeverLoaded() {
        byte[] withDoctype = ("<!DOCTYPE nitf SYSTEM \"nitf-3-4.dtd\"><nitf>Caf&eacute;&nbsp;&amp; &ldquo;bar&rdquo;</nitf>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] without = "<nitf>Caf&eacute;</nitf>".getBytes(StandardCharsets.UTF_8);

        assertThat(parse(withDoctype).getDocumentElement().getTextContent()).isEqualTo("Café\u00a0& “bar”");
        assertThat(parse(without).getDocumentElement().getTextContent()).isEqualTo("Café");
    }

    @Test
    void toleratesWhitespaceBeforeTheDeclaration() {
        byte[] doc = "\n  <?xml version=\"1.0\" encoding=\"UTF-8\"?><r>ok</r>".getBytes(StandardCharsets.UTF_8);

        assertThat(parse(doc).getDocumentElement().getTextContent()).isEqualTo("ok");
    }

    @Test
    void decodesDeclaredIso8859_1AsWindows1252() {
        byte[] doc = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r>Bjørn – æ</r>".getBytes(Charset.forName("windows-1252"));

        assertThat(parse(doc).getDocumentElement().getTextContent()).isEqualTo("Bjørn – æ");
    }

    @Test
    void decodesDeclaredIso8859_15() {
        byte[] doc = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><r>5 € Œuvre</r>".getBytes(Charset.forName("ISO-8859-15"));

        assertThat(parse(doc).getDocumentElement().getTextContent()).isEqualTo("5 € Œuvre");
    }

    @Test
    void decodesUndeclaredLatin1BytesThatAreNotUtf8AsWindows1252() {
        byte[] doc = "<r>Müller sagt „ja“</r>".getBytes(Charset.forName("windows-1252"));

        assertThat(parse(doc).getDocumentElement().getTextContent()).isEqualTo("Müller sagt „ja“");
    }

    @Test
    void readsUtf8DeclaredButLatin1BytesWithoutMojibake() {
        byte[] doc = "<?xml version=\"1.0\" encoding=\"utf-8\"?><r>Zürich</r>".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(parse(doc).getDocumentElement().getTextContent()).isEqualTo("Zürich");
    }

    @Test
    void honoursAUtf8BomAndAUtf16Bom() {
        byte[] utf8 = ("\uFEFF<?xml version=\"1.0\"?><r>Ærø</r>").getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><r>Ærø</r>").getBytes(StandardCharsets.UTF_16BE);
        byte[] utf16le = ("\uFEFF<r>Ærø</r>").getBytes(StandardCharsets.UTF_16LE);

        assertThat(parse(utf8).getDocumentElement().getTextContent()).isEqualTo("Ærø");
        assertThat(parse(utf16).getDocumentElement().getTextContent()).isEqualTo("Ærø");
        assertThat(parse(utf16le).getDocumentElement().getTextContent()).isEqualTo("Ærø");
    }

    @Test
    void rejectsAnUnknownDeclaredEncodingNamingIt() {
        byte[] doc = "<?xml version=\"1.0\" encoding=\"x-klingon\"?><r/>".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> parse(doc)).isInstanceOf(WireFormatException.class).hasMessageContaining("x-klingon");
    }

    @Test
    void sniffsTheRootPastDeclarationCommentsAndDoctype() {
        byte[] head = ("\n<?xml version=\"1.0\"?><!-- c --><!DOCTYPE nitf SYSTEM \"nitf.dtd\" [<!ENTITY a \"b\">]>"
                + "<ns:nitf xmlns:ns=\"urn:x\" version=\"3.4\">").getBytes(StandardCharsets.UTF_8);

        XmlHead sniffed = XmlHead.of(head).orElseThrow();

        assertThat(sniffed.localName()).isEqualTo("nitf");
        assertThat(sniffed.prefix()).isEqualTo("ns");
        assertThat(sniffed.declares("urn:x")).isTrue();
        assertThat(sniffed.doctype()).contains("nitf.dtd");
        assertThat(XmlHead.of("{\"json\":1}".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(XmlHead.of(new byte[0])).isEmpty();
    }
}
