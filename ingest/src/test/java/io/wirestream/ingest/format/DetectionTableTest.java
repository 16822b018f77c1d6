package io.wirestream.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.ingest.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every fixture through every standard format's detect: the format named in the row gives the
 * grade in the row, every other format gives NO_MATCH, and the standard detector picks the winner.
 * A new format is checked against every existing fixture just by being registered.
 */
class DetectionTableTest {

    private final FormatDetector detector = FormatDetector.standard();

    @ParameterizedTest(name = "{0}: {1} {2} -> {3}")
    @CsvSource(textBlock = """
            # fixture,                      format,      grade,    winner
            agency-text/full.txt,           agency-text, LIKELY,   agency-text
            agency-text/minimal.txt,        agency-text, LIKELY,   agency-text
            agency-text/odd-crlf-bom.txt,   agency-text, LIKELY,   agency-text
            agency-text/no-header.txt,      agency-text, WEAK,     agency-text
            agency-text/truncated.txt,      agency-text, LIKELY,   agency-text
            agency-text/latin1.txt,         agency-text, LIKELY,   agency-text
            agency-text/garbage.bin,        agency-text, NO_MATCH, none
            ninjs/1x-full.json,             ninjs,       CERTAIN,  ninjs
            ninjs/1x-minimal.json,          ninjs,       LIKELY,   ninjs
            ninjs/2x-html.json,             ninjs,       LIKELY,   ninjs
            ninjs/3x-plain.json,            ninjs,       LIKELY,   ninjs
            ninjs/ap-envelope.json,         ninjs,       LIKELY,   ninjs
            ninjs/ap-feed.json,             ninjs,       LIKELY,   ninjs
            ninjs/canceled.json,            ninjs,       LIKELY,   ninjs
            ninjs/odd-bom-crlf.json,        ninjs,       LIKELY,   ninjs
            ninjs/no-headline.json,         ninjs,       LIKELY,   ninjs
            ninjs/truncated.json,           ninjs,       LIKELY,   ninjs
            ninjs/array.json,               ninjs,       NO_MATCH, none
            nitf/minimal.xml,               nitf,        LIKELY,   nitf
            nitf/full.xml,                  nitf,        CERTAIN,  nitf
            nitf/latin1.xml,                nitf,        CERTAIN,  nitf
            nitf/truncated.xml,             nitf,        CERTAIN,  nitf
            newsml-g2/minimal.xml,          newsml-g2,   LIKELY,   newsml-g2
            newsml-g2/full.xml,             newsml-g2,   CERTAIN,  newsml-g2
            newsml-g2/utf16-bom.xml,        newsml-g2,   CERTAIN,  newsml-g2
            newsml-g2/truncated.xml,        newsml-g2,   CERTAIN,  newsml-g2
            newsml-g2/package-unresolved.xml, newsml-g2, CERTAIN,  newsml-g2
            newsml-1.2/minimal.xml,         newsml-1.2,  CERTAIN,  newsml-1.2
            newsml-1.2/full.xml,            newsml-1.2,  CERTAIN,  newsml-1.2
            newsml-1.2/iso8859-15.xml,      newsml-1.2,  LIKELY,   newsml-1.2
            newsml-1.2/truncated.xml,       newsml-1.2,  CERTAIN,  newsml-1.2
            iptc7901/minimal.txt,           iptc7901,    CERTAIN,  iptc7901
            iptc7901/full.txt,              iptc7901,    CERTAIN,  iptc7901
            iptc7901/odd-charset.txt,       iptc7901,    CERTAIN,  iptc7901
            iptc7901/damaged.txt,           iptc7901,    LIKELY,   iptc7901
            iptc7901/truncated.txt,         iptc7901,    CERTAIN,  iptc7901
            anpa1312/minimal.anpa,          anpa1312,    CERTAIN,  anpa1312
            anpa1312/full.anpa,             anpa1312,    CERTAIN,  anpa1312
            anpa1312/odd-charset.anpa,      anpa1312,    CERTAIN,  anpa1312
            anpa1312/truncated.anpa,        anpa1312,    CERTAIN,  anpa1312
            html/minimal.html,              html,        CERTAIN,  html
            html/full.html,                 html,        CERTAIN,  html
            html/odd-charset.html,          html,        CERTAIN,  html
            html/truncated.html,            html,        CERTAIN,  html
            ninjs/1x-tt-html5.json,         ninjs,       LIKELY,   ninjs
            ninjs/2x-roles.json,            ninjs,       LIKELY,   ninjs
            ninjs/picture.json,             ninjs,       LIKELY,   ninjs
            ninjs/ap-profile.json,          ninjs,       LIKELY,   ninjs
            feed/rss-minimal.xml,           feed,        CERTAIN,  feed
            feed/rss-full.xml,              feed,        CERTAIN,  feed
            feed/atom-full.xml,             feed,        CERTAIN,  feed
            feed/cp1252-undeclared.xml,     feed,        CERTAIN,  feed
            feed/truncated.xml,             feed,        CERTAIN,  feed
            """)
    void gradesEachFixtureAndPicksTheWinner(String fixture, String owner, Detection grade, String winner) {
        byte[] content = Fixtures.bytes(fixture);

        for (WireFormat format : detector.formats()) {
            Detection expected = format.id().equals(owner) ? grade : Detection.NO_MATCH;
            assertThat(format.detect(content.clone())).as(format.id()).isEqualTo(expected);
        }
        assertThat(detector.detect(content).map(WireFormat::id).orElse("none")).isEqualTo(winner);
    }
}
