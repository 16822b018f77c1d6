package io.wirestream.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void takesTheNearestRankOfTheSortedSamples() {
        // 1..100 shuffled: the p-th percentile by nearest rank is p itself.
        long[] samples = LongStream.rangeClosed(1, 100).map(i -> (i * 37) % 100 + 1).toArray();

        Percentiles p = Percentiles.of(samples);

        assertThat(p).isEqualTo(new Percentiles(100, 50, 95, 99, 100));
    }

    @Test
    void givesTheOnlySampleForEveryPercentile() {
        assertThat(Percentiles.of(new long[] {42})).isEqualTo(new Percentiles(1, 42, 42, 42, 42));
    }

    @Test
    void roundsTheRankUpOnFewSamples() {
        // 10 samples: p95 is rank ceil(9.5) = 10, p50 rank 5.
        Percentiles p = Percentiles.of(new long[] {10, 20, 30, 40, 50, 60, 70, 80, 90, 1000});

        assertThat(p.p50()).isEqualTo(50);
        assertThat(p.p95()).isEqualTo(1000);
        assertThat(p.p99()).isEqualTo(1000);
    }

    @Test
    void leavesTheSamplesAlone() {
        long[] samples = {3, 1, 2};

        Percentiles.of(samples);

        assertThat(samples).containsExactly(3, 1, 2);
    }

    @Test
    void refusesNoSamples() {
        assertThatThrownBy(() -> Percentiles.of(new long[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsWithTheUnit() {
        assertThat(new Percentiles(7, 1, 2, 3, 4).format("ms")).isEqualTo("p50 1 ms, p95 2 ms, p99 3 ms, max 4 ms (n=7)");
    }
}
