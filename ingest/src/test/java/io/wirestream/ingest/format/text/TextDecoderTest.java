package io.wirestream.ingest.format.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void readsValidUtf8AsUtf8() {
        TextDecoder.Decoded decoded = TextDecoder.decode("Müller – 5 €".getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.text()).isEqualTo("Müller – 5 €");
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.hadBom()).isFalse();
    }

    @Test
    void stripsAUtf8ByteOrderMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "Ærø".getBytes(StandardCharsets.UTF_8));

        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);

        assertThat(decoded.text()).isEqualTo("Ærø");
        assertThat(decoded.hadBom()).isTrue();
    }

    @Test
    void readsUtf16ByItsByteOrderMarkEitherWay() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Zürich".getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Zürich".getBytes(StandardCharsets.UTF_16BE));

        assertThat(TextDecoder.decode(le).text()).isEqualTo("Zürich");
        assertThat(TextDecoder.decode(le).charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(TextDecoder.decode(be).text()).isEqualTo("Zürich");
        assertThat(TextDecoder.decode(be).charset()).isEqualTo(StandardCharsets.UTF_16BE);
    }

    @Test
    void recognisesUtf16WithoutAMarkByItsZeroBytes() {
        byte[] le = "Headline of the day\r\nBody".getBytes(StandardCharsets.UTF_16LE);

        assertThat(TextDecoder.decode(le).text()).isEqualTo("Headline of the day\r\nBody");
    }

    @Test
    void readsLatin1WithoutC1BytesAsIso88591() {
        byte[] bytes = "Thomas Müller, Ærø, ß".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(TextDecoder.decode(bytes).text()).isEqualTo("Thomas Müller, Ærø, ß");
        assertThat(TextDecoder.decode(bytes).charset()).isEqualTo(StandardCharsets.ISO_8859_1);
    }

    @Test
    void readsBytesInTheC1RangeAsWindows1252Punctuation() {
        Charset cp1252 = TextDecoder.WINDOWS_1252;
        byte[] bytes = "„Café“ – 5 €".getBytes(cp1252);

        assertThat(TextDecoder.decode(bytes).text()).isEqualTo("„Café“ – 5 €");
        assertThat(TextDecoder.decode(bytes).charset()).isEqualTo(cp1252);
    }

    @Test
    void readsA4NextToAnAmountAsTheEuroOfIso885915() {
        byte[] bytes = "Prix: 12 € pour l'œuvre".getBytes(TextDecoder.ISO_8859_15);

        assertThat(TextDecoder.decode(bytes).text()).isEqualTo("Prix: 12 € pour l'œuvre");
        assertThat(TextDecoder.decode(bytes).charset()).isEqualTo(TextDecoder.ISO_8859_15);
    }

    @Test
    void keepsAHeadCutInsideAMultiByteCharacterAsUtf8() {
        byte[] full = "Straße".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(full, full.length - 2); // "Stra" + first byte of "ß"

        TextDecoder.Decoded head = TextDecoder.decodeHead(cut);

        assertThat(head.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(head.text()).isEqualTo("Stra");
        // As a complete input the same bytes are not UTF-8.
        assertThat(TextDecoder.decode(cut).charset()).isNotEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void decodesEmptyInputAsEmptyText() {
        assertThat(TextDecoder.decode(new byte[0]).text()).isEmpty();
    }
}
