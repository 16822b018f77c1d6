package io.wirestream.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    private static BenchOptions options(int stories, double rate, double seconds) {
        return new BenchOptions(stories, 0, rate, seconds, 0, 1, false, List.of(), Map.of(), 1);
    }

    @Test
    void offersRateTimesSecondsStories() {
        assertThat(options(10, 100, 20).rateStories()).isEqualTo(2000);
        assertThat(options(10, 0.1, 1).rateStories()).isEqualTo(1);
    }

    @Test
    void refusesNonPositiveCountsAndRatesNamingTheOption() {
        assertThatThrownBy(() -> options(0, 100, 20)).hasMessageContaining("--stories");
        assertThatThrownBy(() -> options(10, 0, 20)).hasMessageContaining("--rate");
        assertThatThrownBy(() -> options(10, 100, Double.NaN)).hasMessageContaining("--seconds");
        assertThatThrownBy(() -> new BenchOptions(1, -1, 1, 1, 0, 1, false, List.of(), Map.of(), 1))
                .hasMessageContaining("--warm-up");
    }
}
