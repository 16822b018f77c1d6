package io.wirestream.ingest.format.teletype;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TakeKeyTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
            "'',                1, '',                false",
            "1stLd-Writethru,   2, update,            false",
            "1ST LEAD,          2, update,            false",
            "3rd Ld,            4, update,            false",
            "2nd Add,           3, '',                false",
            "Correction,        2, correction,        false",
            "2ndLd-Correction,  3, update correction, false",
            "Kill,              1, '',                true"})
    void readsVersionSignalsAndKills(String text, long version, String signals, boolean kill) {
        TakeKey key = TakeKey.parse(text);

        assertThat(key.version()).isEqualTo(version);
        assertThat(String.join(" ", key.signals().stream().sorted((a, b) -> a.equals("update") ? -1 : 1).toList()))
                .isEqualTo(signals);
        assertThat(key.kill()).isEqualTo(kill);
    }

    @ParameterizedTest
    @CsvSource({"1ST LEAD, true", "URGENT, true", "KILL, true", "Germany Social Democrats: talks could fail =, false",
            "Fire at the fish market, false"})
    void tellsVersionLinesFromHeadlines(String line, boolean expected) {
        assertThat(TakeKey.isVersionLine(line)).isEqualTo(expected);
    }
}
