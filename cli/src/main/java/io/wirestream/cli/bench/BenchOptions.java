package io.wirestream.cli.bench;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code wirestream bench pipeline} runs.
 *
 * @param stories       stories of the full-load phase
 * @param warmUp        stories sent (and waited for) before anything is measured
 * @param rate          offered stories per second of the latency phase
 * @param seconds       length of the latency phase
 * @param dropFiles     files renamed into the drop folder one at a time (0: skip)
 * @param partitions    partitions of every topic
 * @param processes     each stage as its own OS process instead of all in this JVM
 * @param childJavaOptions JVM options of each stage process
 * @param settings      pipeline settings over the defaults ({@code commit.interval.ms}, {@code enrich.streams.*}, ...)
 * @param seed          article generator seed
 */
public record BenchOptions(int stories, int warmUp, double rate, double seconds, int dropFiles, int partitions,
                           boolean processes, List<String> childJavaOptions, Map<String, String> settings, long seed) {

    public BenchOptions {
        positive("stories", stories);
        positive("partitions", partitions);
        if (warmUp < 0 || dropFiles < 0) {
            throw new IllegalArgumentException("--warm-up and --drop-files must not be negative");
        }
        if (!(rate > 0) || !(seconds > 0)) {
            throw new IllegalArgumentException("--rate and --seconds must be positive");
        }
        childJavaOptions = List.copyOf(childJavaOptions);
        settings = Map.copyOf(Objects.requireNonNull(settings, "settings"));
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("--" + name + " must be positive: " + value);
        }
    }

    /** Stories of the latency phase. */
    public int rateStories() {
        return (int) Math.max(1, Math.round(rate * seconds));
    }
}
