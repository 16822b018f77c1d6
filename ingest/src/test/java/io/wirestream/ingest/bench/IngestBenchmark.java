package io.wirestream.ingest.bench;

import io.wirestream.config.CommonConfig;
import io.wirestream.ingest.IngestConfig;
import io.wirestream.ingest.Ingestor;
import io.wirestream.ingest.format.FormatDetector;
import io.wirestream.ingest.kafka.BatchLimits;
import io.wirestream.ingest.kafka.KafkaIngestSink;
import io.wirestream.ingest.source.FileResult;
import io.wirestream.ingest.source.FileSource;
import io.wirestream.schemas.Topics;
import io.wirestream.embedded.EmbeddedKafka;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Ingest throughput against the broker's raw ceiling, in one run on one embedded broker.
 *
 * <p>Writes N generated agency-text files of about 4 KB into a temporary folder, ingests them with
 * {@link FileSource} into a {@link KafkaIngestSink} (transactional, batching) and reports stories
 * per second from the first file read to the last commit. Then sends N records of the same bytes
 * with a plain idempotent producer ({@code acks=all}, no transactions, nothing parsed) and reports
 * records per second: the ceiling ingest is measured against. Prints both, their ratio and the
 * system load before and after, since the machine may be shared.
 *
 * <p>Run (from the repository root):
 * <pre>
 * ./mvnw -B -ntp -q -pl ingest -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
 * java -cp ingest/target/test-classes:ingest/target/classes:$(cat ingest/target/bench.classpath) \
 *     io.wirestream.ingest.bench.IngestBenchmark [files=20000] [source-threads=#cpus] [producers=3] [linger-ms=50]
 * </pre>
 * Not a test: nothing runs it in the build.
 */
public final class IngestBenchmark {

    private static final int FILE_BYTES = 4096;
    private static final int WARM_UP_FILES = 5_000;

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        int producers = args.length > 2 ? Integer.parseInt(args[2]) : KafkaIngestSink.DEFAULT_PRODUCERS;
        BatchLimits limits = args.length > 3
                ? new BatchLimits(BatchLimits.DEFAULTS.maxInputs(), BatchLimits.DEFAULTS.maxBytes(),
                        java.time.Duration.ofMillis(Long.parseLong(args[3])))
                : BatchLimits.DEFAULTS;
        System.out.printf(Locale.ROOT, "batch limits: %s%n", limits);
        System.out.printf(Locale.ROOT, "load before: %s%n", load());
        Path root = Files.createTempDirectory("wirestream-bench-");
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            Path warmUp = generate(root.resolve("warm-up"), WARM_UP_FILES, "warm");
            Path input = generate(root.resolve("input"), files, "bench");

            ingest(kafka, new Topics("warm."), warmUp, threads, producers, limits);
            Result ingest = ingest(kafka, new Topics("bench."), input, threads, producers, limits);
            ceiling(kafka, "warm.ceiling", warmUp);
            Result raw = ceiling(kafka, "bench.ceiling", input);

            System.out.printf(Locale.ROOT, "ingest (FileSource -> transactional sink): %,d stories in %.2f s = %,.0f stories/s"
                    + " (%d source threads, %d producers; %s)%n", ingest.count(), ingest.seconds(), ingest.rate(), threads,
                    producers, ingest.note());
            System.out.printf(Locale.ROOT, "raw ceiling (idempotent producer, acks=all): %,d records in %.2f s = %,.0f records/s%n",
                    raw.count(), raw.seconds(), raw.rate());
            System.out.printf(Locale.ROOT, "ratio: %.1f %% of the raw ceiling%n", 100 * ingest.rate() / raw.rate());
            System.out.printf(Locale.ROOT, "load after: %s%n", load());
        } finally {
            delete(root);
        }
    }

    private record Result(long count, double seconds, String note) {
        double rate() {
            return count / seconds;
        }
    }

    /** {@code files} agency-text stories of about {@value #FILE_BYTES} bytes, each with its own headline. */
    static Path generate(Path dir, int files, String name) throws IOException {
        Files.createDirectories(dir);
        String paragraph = "The harbour authority said on Tuesday that the eastern breakwater would reopen to"
                + " shipping after three weeks of repairs, and that ferries would resume their normal timetable.";
        for (int i = 0; i < files; i++) {
            StringBuilder text = new StringBuilder()
                    .append("Harbour update ").append(name).append(' ').append(i).append(": breakwater reopens\n")
                    .append("NEWS\n2025-03-11\n\n");
            while (text.length() < FILE_BYTES - paragraph.length() - 40) {
                text.append(paragraph).append(" (").append(i).append(")\n\n");
            }
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "%s-%06d.txt", name, i)), text, StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static Result ingest(EmbeddedKafka kafka, Topics topics, Path dir, int threads, int producers,
                                 BatchLimits limits) {
        kafka.createTopics(3, topics.raw().name());
        kafka.createTopics(1, topics.deadLetters().name());
        Map<String, Object> client = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (KafkaIngestSink sink = new KafkaIngestSink(client, topics, topics.prefix() + "bench-ingest",
                limits, producers)) {
            Ingestor ingestor = new Ingestor(FormatDetector.standard(), sink, IngestConfig.MAX_INPUT_BYTES_DEFAULT,
                    Clock.systemUTC());
            FileSource source = new FileSource(ingestor, IngestConfig.from(Map.of(CommonConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(), IngestConfig.PROVIDER_CONFIG, "Bench Wire")),
                    Clock.systemUTC(), threads);
            long start = System.nanoTime();
            List<FileResult> results = source.ingest(List.of(dir));
            double seconds = (System.nanoTime() - start) / 1e9;
            long stories = results.stream().mapToLong(r -> r.result().published()).sum();
            long failed = results.stream().filter(r -> r.result().failed()).count();
            if (failed > 0) {
                throw new IllegalStateException(failed + " file(s) failed, e.g. " + results.stream()
                        .filter(r -> r.result().failed()).findFirst().orElseThrow());
            }
            KafkaIngestSink.Stats stats = sink.stats();
            return new Result(stories, seconds, String.format(Locale.ROOT, "%d transactions of %.0f inputs on average,"
                    + " %.1f s in commits", stats.transactions(), (double) stats.inputs() / Math.max(1, stats.transactions()),
                    stats.commitTime().toMillis() / 1e3));
        }
    }

    private static Result ceiling(EmbeddedKafka kafka, String topic, Path dir) throws IOException {
        kafka.createTopics(3, topic);
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.sorted().toList();
        }
        byte[][] values = new byte[files.size()][];
        for (int i = 0; i < values.length; i++) {
            values[i] = Files.readAllBytes(files.get(i));
        }
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            long start = System.nanoTime();
            for (int i = 0; i < values.length; i++) {
                producer.send(new ProducerRecord<>(topic, files.get(i).getFileName().toString()
                        .getBytes(StandardCharsets.UTF_8), values[i]));
            }
            producer.flush();
            return new Result(values.length, (System.nanoTime() - start) / 1e9, "");
        }
    }

    /** Like {@code uptime}: the 1, 5 and 15 minute load averages and the processor count. */
    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return String.format(Locale.ROOT, "load average: %s, %s, %s (%d cpus)", parts[0], parts[1], parts[2],
                    Runtime.getRuntime().availableProcessors());
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "load average: %.2f (%d cpus)",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
