package io.wirestream.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one scenario: what was done to the pipeline and how it came out. */
final class Figures {

    private final String scenario;
    private final long startedNanos = System.nanoTime();
    private final Map<String, Integer> kills = new LinkedHashMap<>();
    private final Map<String, List<Duration>> recoveries = new LinkedHashMap<>();
    private int stories;
    private int files;
    private int restarts;
    private final List<String> notes = new ArrayList<>();

    Figures(String scenario) {
        this.scenario = scenario;
    }

    void stories(int stories, int files) {
        this.stories = stories;
        this.files = files;
    }

    void kill(String what) {
        kills.merge(what, 1, Integer::sum);
    }

    void restart() {
        restarts++;
    }

    void recovery(String what, Duration time) {
        recoveries.computeIfAbsent(what, k -> new ArrayList<>()).add(time);
    }

    void note(String note) {
        notes.add(note);
    }

    List<Duration> recoveries(String what) {
        return recoveries.getOrDefault(what, List.of());
    }

    /** Prints the figures and appends them to {@code chaos-figures.txt} in {@code dir}. */
    String report(Verdict verdict, Path dir) {
        StringBuilder s = new StringBuilder();
        s.append("==== chaos ").append(scenario).append(" (").append(Instant.now()).append(", ")
                .append(Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds()).append(" s, load ")
                .append(load()).append(")\n");
        s.append(String.format("  stories %d (%d files), kills %s, restarts %d, lost %d, duplicated %d, stale %d%n",
                stories, files, kills, restarts, verdict.lost(), verdict.duplicated(), verdict.stale));
        recoveries.forEach((what, list) -> s.append(String.format("  recovery %-8s n=%d  min %.1f s  median %.1f s  max %.1f s%n",
                what, list.size(), seconds(list, 0), seconds(list, 50), seconds(list, 100))));
        notes.forEach(n -> s.append("  ").append(n).append('\n'));
        s.append(verdict);
        String text = s.toString();
        System.out.print(text);
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("chaos-figures.txt"), text, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text;
    }

    private static double seconds(List<Duration> list, int percentile) {
        List<Duration> sorted = list.stream().sorted().toList();
        int index = Math.min(sorted.size() - 1, (int) Math.round(percentile / 100.0 * (sorted.size() - 1)));
        return sorted.get(index).toMillis() / 1000.0;
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }
}
