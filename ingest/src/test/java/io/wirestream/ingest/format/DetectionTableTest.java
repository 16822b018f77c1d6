package io.wirestream.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.ingest.Fixtures;
import io.wirestream.ingest.format.agencytext.AgencyTextFormat;
import io.wirestream.ingest.format.ninjs.NinjsFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every fixture through every format's detect, and the winner the standard detector picks. */
class DetectionTableTest {

    private final FormatDetector detector = FormatDetector.standard();

    @ParameterizedTest(name = "{0}: agency-text {1}, ninjs {2} -> {3}")
    @CsvSource(textBlock = """
            # fixture,                      agency-text, ninjs,    winner
            agency-text/full.txt,           LIKELY,      NO_MATCH, agency-text
            agency-text/minimal.txt,        LIKELY,      NO_MATCH, agency-text
            agency-text/odd-crlf-bom.txt,   LIKELY,      NO_MATCH, agency-text
            agency-text/no-header.txt,      WEAK,        NO_MATCH, agency-text
            agency-text/truncated.txt,      LIKELY,      NO_MATCH, agency-text
            agency-text/latin1.txt,         LIKELY,      NO_MATCH, agency-text
            agency-text/garbage.bin,        NO_MATCH,    NO_MATCH, none
            ninjs/1x-full.json,             NO_MATCH,    CERTAIN,  ninjs
            ninjs/1x-minimal.json,          NO_MATCH,    LIKELY,   ninjs
            ninjs/2x-html.json,             NO_MATCH,    LIKELY,   ninjs
            ninjs/3x-plain.json,            NO_MATCH,    LIKELY,   ninjs
            ninjs/ap-envelope.json,         NO_MATCH,    LIKELY,   ninjs
            ninjs/ap-feed.json,             NO_MATCH,    LIKELY,   ninjs
            ninjs/canceled.json,            NO_MATCH,    LIKELY,   ninjs
            ninjs/odd-bom-crlf.json,        NO_MATCH,    LIKELY,   ninjs
            ninjs/no-headline.json,         NO_MATCH,    LIKELY,   ninjs
            ninjs/truncated.json,           NO_MATCH,    LIKELY,   ninjs
            ninjs/array.json,               NO_MATCH,    NO_MATCH, none
            """)
    void gradesEachFixtureAndPicksTheWinner(String fixture, Detection agencyText, Detection ninjs, String winner) {
        byte[] content = Fixtures.bytes(fixture);

        assertThat(new AgencyTextFormat().detect(content)).as("agency-text").isEqualTo(agencyText);
        assertThat(new NinjsFormat().detect(content)).as("ninjs").isEqualTo(ninjs);
        assertThat(detector.detect(content).map(WireFormat::id).orElse("none")).isEqualTo(winner);
    }
}
