package io.wirestream.ingest.format.agencytext;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateLineTest {

    private static final Instant RECEIVED = Instant.parse("2025-03-31T12:00:00Z");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3 hours ago          | 2025-03-31T09:00:00Z
            1 hour ago           | 2025-03-31T11:00:00Z
            an hour ago          | 2025-03-31T11:00:00Z
            45 minutes ago       | 2025-03-31T11:15:00Z
            2 days ago           | 2025-03-29T12:00:00Z
            1 months ago         | 2025-02-28T12:00:00Z
            2 weeks ago          | 2025-03-17T12:00:00Z
            a year ago           | 2024-03-31T12:00:00Z
            About 5 hours ago    | 2025-03-31T07:00:00Z
            yesterday            | 2025-03-30T12:00:00Z
            Today                | 2025-03-31T12:00:00Z
            just now             | 2025-03-31T12:00:00Z
            2025-03-11           | 2025-03-11T00:00:00Z
            2025-03-11 14:30     | 2025-03-11T14:30:00Z
            11.03.2025           | 2025-03-11T00:00:00Z
            11.03.2025, 14:30    | 2025-03-11T14:30:00Z
            11 March 2025        | 2025-03-11T00:00:00Z
            March 11, 2025       | 2025-03-11T00:00:00Z
            Mar 11, 2025         | 2025-03-11T00:00:00Z
            """)
    void resolvesAgainstTheReceiptTime(String line, String expected) {
        assertThat(DateLine.matches(line)).isTrue();
        assertThat(DateLine.resolve(line, RECEIVED)).contains(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NEWS", "The link was copied", "2025 was a year", "31.02.2025", "3 hours later", "Read about: 4 min."})
    void rejectsLinesThatAreNotDates(String line) {
        assertThat(DateLine.matches(line)).isFalse();
        assertThat(DateLine.resolve(line, RECEIVED)).isEmpty();
    }
}
