package io.wirestream.ingest.format.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XmlDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2016-05-12T00:05:13+02:00        | 2016-05-11T22:05:13Z
            2018-03-01T18:34:39.924Z         | 2018-03-01T18:34:39.924Z
            2019-04-15T13:49:15              | 2019-04-15T13:49:15Z
            20151210T191044Z                 | 2015-12-10T19:10:44Z
            20140829T134951+0000             | 2014-08-29T13:49:51Z
            20190129T133400                  | 2019-01-29T13:34:00Z
            20190129                         | 2019-01-29T00:00:00Z
            Tue, 17 Oct 2017 22:17:00 +0000  | 2017-10-17T22:17:00Z
            Tue, 17 Oct 2017 18:17:00 EDT    | 2017-10-17T22:17:00Z
            17 Oct 2017 22:17 GMT            | 2017-10-17T22:17:00Z
            Tue, 1 Dec 2026 10:00:00 GMT     | 2026-12-01T10:00:00Z
            01 Dec 2026 09:15:00 +0100       | 2026-12-01T08:15:00Z
            Mon, 01 Dec 2026 08:00:00 EST    | 2026-12-01T13:00:00Z
            Tuesday, 01 Dec 2026 08:00 +01:00 | 2026-12-01T07:00:00Z
            Tue, 1 Dec 2026 7:05 -0500       | 2026-12-01T12:05:00Z
            Tue, 01 Dec 2026 10:00:00        | 2026-12-01T10:00:00Z
            Tue, 01 Dec 26 10:00:00 +0000    | 2026-12-01T10:00:00Z
            """)
    void readsWireFormatTimestamps(String text, String expected) {
        assertThat(XmlDates.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "2019-13-45T99:00:00Z", "''"})
    void givesNullForUnreadableTimestamps(String text) {
        assertThat(XmlDates.parse(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2026-07-01T09:30:00        | 2026-07-01T06:30:00Z
            2026-01-15T09:30:00        | 2026-01-15T07:30:00Z
            20260115T093000            | 2026-01-15T07:30:00Z
            2026-07-01T09:30:00+00:00  | 2026-07-01T09:30:00Z
            2026-07-01                 | 2026-06-30T21:00:00Z
            """)
    void readsZoneLessTimesInTheGivenZoneAndKeepsExplicitOffsets(String text, String expected) {
        assertThat(XmlDates.parse(text, java.time.ZoneId.of("Europe/Helsinki"))).isEqualTo(Instant.parse(expected));
    }
}
