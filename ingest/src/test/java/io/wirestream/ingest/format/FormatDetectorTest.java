package io.wirestream.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {

    /** A format that always answers the same grade and records how many bytes it was shown. */
    private record Fixed(String id, Detection grade, AtomicInteger headLength) implements WireFormat {
        Fixed(String id, Detection grade) {
            this(id, grade, new AtomicInteger(-1));
        }

        @Override
        public Detection detect(byte[] head) {
            headLength.set(head.length);
            return grade;
        }

        @Override
        public List<ParsedArticle> parse(byte[] content, Origin origin) {
            throw new UnsupportedOperationException();
        }
    }

    private static final byte[] INPUT = "anything".getBytes(StandardCharsets.UTF_8);

    @Test
    void picksTheStrongestGradeWhateverItsPosition() {
        FormatDetector detector = new FormatDetector(List.of(
                new Fixed("weak", Detection.WEAK), new Fixed("certain", Detection.CERTAIN), new Fixed("likely", Detection.LIKELY)));

        assertThat(detector.detect(INPUT)).map(WireFormat::id).contains("certain");
    }

    @Test
    void breaksTiesByListOrder() {
        FormatDetector detector = new FormatDetector(List.of(
                new Fixed("first", Detection.LIKELY), new Fixed("second", Detection.LIKELY)));

        assertThat(detector.detect(INPUT)).map(WireFormat::id).contains("first");
    }

    @Test
    void findsNothingWhenEveryFormatSaysNoMatch() {
        FormatDetector detector = new FormatDetector(List.of(new Fixed("a", Detection.NO_MATCH), new Fixed("b", Detection.NO_MATCH)));

        assertThat(detector.detect(INPUT)).isEmpty();
    }

    @Test
    void showsFormatsOnlyTheHead() {
        Fixed format = new Fixed("a", Detection.WEAK);
        new FormatDetector(List.of(format)).detect(new byte[FormatDetector.HEAD_BYTES * 3]);

        assertThat(format.headLength()).hasValue(FormatDetector.HEAD_BYTES);
    }

    @Test
    void rejectsTwoFormatsWithTheSameId() {
        assertThatThrownBy(() -> new FormatDetector(List.of(new Fixed("x", Detection.WEAK), new Fixed("x", Detection.LIKELY))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x");
    }

    @Test
    void rejectsAnEmptyList() {
        assertThatThrownBy(() -> new FormatDetector(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requireNamesTheKnownFormatsForAnUnknownId() {
        assertThatThrownBy(() -> FormatDetector.standard().require("no-such-format"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'no-such-format'")
                .hasMessageContaining("ninjs, nitf, newsml-g2, newsml-1.2, feed, iptc7901, anpa1312, html, agency-text");
    }

    @Test
    void standardListsSpecificFormatsBeforeTheTextFallback() {
        assertThat(FormatDetector.standard().ids())
                .containsExactly("ninjs", "nitf", "newsml-g2", "newsml-1.2", "feed", "iptc7901", "anpa1312", "html", "agency-text");
    }
}
