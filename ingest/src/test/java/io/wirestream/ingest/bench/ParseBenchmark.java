package io.wirestream.ingest.bench;

import io.wirestream.ingest.format.FormatDetector;
import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.WireFormat;
import io.wirestream.ingest.format.WireFormatException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Parse rate per wire format on the test fixtures: documents per second, single thread, after a
 * warm-up. A benchmark to run by hand, not a timed test (its name does not end in Test):
 *
 * <pre>
 * ./mvnw -q -pl ingest -am test-compile
 * java -cp ingest/target/test-classes:ingest/target/classes:$(deps) io.wirestream.ingest.bench.ParseBenchmark [seconds]
 * </pre>
 *
 * <p>For each standard format it takes the fixtures under {@code fixtures/<format id>/} that the
 * format parses (truncated and hostile ones are left out), detects and parses them in turn, and
 * prints documents/s and articles/s.
 */
public final class ParseBenchmark {

    private ParseBenchmark() {
    }

    public static void main(String[] args) throws IOException, URISyntaxException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3.0;
        FormatDetector detector = FormatDetector.standard();
        Path fixtures = Path.of(ParseBenchmark.class.getResource("/fixtures").toURI());
        Origin origin = Origin.of("bench", Instant.parse("2026-01-01T00:00:00Z"));
        System.out.printf(Locale.ROOT, "%-12s %5s %10s %12s %12s%n", "format", "docs", "avg bytes", "docs/s", "articles/s");
        for (WireFormat format : detector.formats()) {
            Path dir = fixtures.resolve(format.id());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<byte[]> docs = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    byte[] bytes = Files.readAllBytes(file);
                    try {
                        format.parse(bytes, origin);
                        docs.add(bytes);
                    } catch (WireFormatException e) {
                        // Truncated and broken fixtures measure nothing useful.
                    }
                }
            }
            if (docs.isEmpty()) {
                continue;
            }
            run(detector, docs, origin, seconds / 2);
            long start = System.nanoTime();
            long[] counts = run(detector, docs, origin, seconds);
            double elapsed = (System.nanoTime() - start) / 1e9;
            long avg = docs.stream().mapToLong(d -> d.length).sum() / docs.size();
            System.out.printf(Locale.ROOT, "%-12s %5d %10d %12.0f %12.0f%n", format.id(), docs.size(), avg,
                    counts[0] / elapsed, counts[1] / elapsed);
        }
    }

    /** Detects and parses the documents round-robin for {@code seconds}; returns {docs, articles}. */
    private static long[] run(FormatDetector detector, List<byte[]> docs, Origin origin, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long documents = 0;
        long articles = 0;
        while (System.nanoTime() < deadline) {
            for (byte[] doc : docs) {
                articles += detector.detect(doc).orElseThrow().parse(doc, origin).size();
                documents++;
            }
        }
        return new long[] {documents, articles};
    }
}
