package io.wirestream.ingest.format.agencytext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderLineTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            NEWS                                  | SECTION
            WORLD & REGION                        | SECTION
            ECONOMY                               | SECTION
            Read about: 4 min.                    | READING_TIME
            Reading time: 12 minutes              | READING_TIME
            5 min read                            | READING_TIME
            1 months ago                          | DATE
            yesterday                             | DATE
            2025-03-11                            | DATE
            The link was copied                   | SHARE_WIDGET
            Link copied!                          | SHARE_WIDGET
            Share this article                    | SHARE_WIDGET
            By Arben Kola                         | BYLINE
            By Ana Lis and Jon Ree, Liburna       | BYLINE
            BY DREN HALILI                        | BYLINE
            By Tuesday the council had voted      | OTHER
            Mayor says the wall will hold         | OTHER
            NATO: a statement                     | OTHER
            """)
    void classifiesLinesByShape(String line, HeaderLine expected) {
        assertThat(HeaderLine.classify(line)).isEqualTo(expected);
    }
}
