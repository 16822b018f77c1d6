package io.wirestream.cli;

import io.wirestream.config.ClusterSettings;
import io.wirestream.ingest.IngestResult;
import io.wirestream.ingest.Ingestor;
import io.wirestream.ingest.InputRecords;
import io.wirestream.ingest.format.Origin;
import io.wirestream.pipeline.Pipeline;
import io.wirestream.pipeline.PipelineSettings;
import io.wirestream.pipeline.Stage;
import io.wirestream.pipeline.TopicSetup;
import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.deadletter.DeadLetters;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code wirestream replay-dead-letters --stage ingest}: re-submits dead letters' original bytes.
 *
 * <p>A run is bounded and repeatable. It reads the dead-letter topic only up to the end offsets it
 * finds at its start ({@code read_committed}). A dead letter it writes for an input that fails again
 * carries the header {@value #REPLAY_OF_HEADER}: the coordinates ({@code topic-partition@offset}) of
 * the dead letter it replays. Such a replay product is never replayed itself, and an original that
 * already has one is skipped unless {@code --again} is given; so a second run in a row adds no dead
 * letter. The Avro {@code DeadLetter} is unchanged: the link lives in the record header only.
 */
@Command(name = "replay-dead-letters", mixinStandardHelpOptions = true,
        description = {"Send the original bytes of dead letters through their stage again.", "",
                "Reads the dead-letter topic up to its end at the start of the run",
                "(read_committed) and ingests each ingest dead letter's bytes under its",
                "original name. The dead letters stay; an input that fails again becomes a",
                "new dead letter whose header " + ReplayDeadLettersCommand.REPLAY_OF_HEADER + " names the",
                "one it replays (topic-partition@offset). Dead letters made by a replay are",
                "never replayed, and one that a replay already retried is skipped unless",
                "--again is given: a second run in a row adds no dead letter.",
                "Exit code 1 if any input failed again or was skipped as truncated."})
final class ReplayDeadLettersCommand implements Callable<Integer> {

    /** Record header of a dead letter written by a replay: UTF-8 {@code topic-partition@offset} of its original. */
    static final String REPLAY_OF_HEADER = "wirestream.replay-of";

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);

    @Option(names = "--stage", required = true, paramLabel = "STAGE", description = "ingest (the only one so far).")
    Stage stage;

    @Option(names = "--since", paramLabel = "ISO", description = "Only dead letters that failed at or after this instant.")
    Instant since;

    @Option(names = "--again", description = "Also replay dead letters that an earlier replay already retried"
            + " (their replays' own dead letters are still not replayed).")
    boolean again;

    @Option(names = "--partitions", defaultValue = "3", paramLabel = "N",
            description = "Partitions of topics this command creates (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Mixin
    KafkaOptions kafka;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PipelineSettings settings = kafka.settings();
        String bootstrap = settings.values().get("bootstrap.servers");
        if (bootstrap == null) {
            throw new ParameterException(spec.commandLine(),
                    "no Kafka cluster: give --bootstrap-servers or set KAFKA_BOOTSTRAP_SERVERS");
        }
        if (stage != Stage.INGEST) {
            throw new ParameterException(spec.commandLine(), "only --stage ingest can be replayed so far");
        }
        IngestLogging.quietRejections(); // each rejection is printed below, once
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Tally tally = new Tally();
        try (Pipeline pipeline = Pipeline.start(settings, EnumSet.of(Stage.INGEST),
                new TopicSetup(partitions, (short) 1))) {
            String topic = pipeline.topics().deadLetters().name();
            Snapshot snapshot = read(pipeline.cluster(), topic);
            tally.products = snapshot.products();
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig(pipeline.cluster()),
                    new ByteArraySerializer(), new ByteArraySerializer())) {
                List<Future<RecordMetadata>> sent = new ArrayList<>();
                for (Letter letter : snapshot.originals()) {
                    if (!again && snapshot.replayed().contains(letter.coordinates())) {
                        tally.alreadyReplayed++;
                        continue;
                    }
                    replay(pipeline.ingestor(), letter, topic, producer, sent, tally, err);
                }
                producer.flush();
                for (Future<RecordMetadata> future : sent) {
                    await(future);
                }
            }
        }
        out.printf("replayed %d dead letter(s): %d stories published, %d rejected again, %d skipped (truncated);"
                        + " skipped %d already replayed%s; %d made by earlier replays not replayed%n",
                tally.replayed, tally.published, tally.rejected, tally.truncated, tally.alreadyReplayed,
                tally.alreadyReplayed > 0 ? " (--again retries them)" : "", tally.products);
        out.flush();
        err.flush();
        return tally.rejected == 0 && tally.truncated == 0 ? 0 : 1;
    }

    /**
     * Ingests one dead letter's bytes again. A success goes through the ingest sink like any input;
     * a failure's new dead letter is written here, with {@value #REPLAY_OF_HEADER}, because the sink
     * writes no headers.
     */
    private static void replay(Ingestor ingestor, Letter letter, String topic, KafkaProducer<byte[], byte[]> producer,
                               List<Future<RecordMetadata>> sent, Tally tally, PrintWriter err) {
        DeadLetter original = letter.value();
        if (original.getPayload() == null || original.getPayloadTruncated()) {
            tally.truncated++;
            err.println("wirestream replay-dead-letters: skipped " + Texts.cut(original.getOrigin())
                    + ": only part of its bytes was kept");
            return;
        }
        tally.replayed++;
        InputRecords input = ingestor.prepare(TopicReader.bytes(original.getPayload()),
                new Origin(original.getOrigin(), null, Instant.now()), null);
        if (input.result().ok()) {
            IngestResult result = await(ingestor.submit(input));
            tally.published += result.published();
            return;
        }
        tally.rejected++;
        err.println("wirestream replay-dead-letters: " + Texts.rejection(original.getOrigin(), input.result().reason()));
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, DeadLetters.recordKey(input.deadLetter()),
                Topics.deadLetterSerde().encode(input.deadLetter()));
        record.headers().add(REPLAY_OF_HEADER, letter.coordinates().getBytes(StandardCharsets.UTF_8));
        sent.add(producer.send(record));
    }

    private static Map<String, Object> producerConfig(ClusterSettings cluster) {
        return cluster.producerConfig(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_RECORD_BYTES,
                ProducerConfig.CLIENT_ID_CONFIG, "wirestream-replay-dead-letters"));
    }

    /** The dead letters up to the topic's end now, oldest first per partition, sorted into originals and products. */
    private Snapshot read(ClusterSettings cluster, String topic) {
        Map<String, Object> props = cluster.consumerConfig(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topics.MAX_RECORD_BYTES));
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<Letter> originals = new ArrayList<>();
        Set<String> replayed = new HashSet<>();
        int products = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            // With read_committed these are the last stable offsets: what this run replays is fixed
            // here, whatever it (or anyone) writes to the topic meanwhile.
            Map<TopicPartition, Long> ends = consumer.endOffsets(parts);
            while (parts.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    DeadLetter letter = Topics.deadLetterSerde().decode(record.value());
                    if (!Ingestor.STAGE.equals(letter.getStage())) {
                        continue;
                    }
                    Header replayOf = record.headers().lastHeader(REPLAY_OF_HEADER);
                    if (replayOf != null) {
                        products++;
                        replayed.add(new String(replayOf.value(), StandardCharsets.UTF_8));
                    } else if (since == null || !letter.getFailedAt().isBefore(since)) {
                        originals.add(new Letter(coordinates(record), letter));
                    }
                }
            }
        }
        return new Snapshot(originals, replayed, products);
    }

    /** {@code topic-partition@offset}, as dead letters name a record's origin. */
    static String coordinates(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new KafkaException(e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaException("no answer from Kafka within " + SEND_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted", e);
        }
    }

    /** A dead letter and where it is on the topic. */
    private record Letter(String coordinates, DeadLetter value) {
    }

    /**
     * What a run found on the topic.
     *
     * @param originals ingest dead letters not made by a replay (and at or after {@code --since})
     * @param replayed coordinates of the dead letters that a replay product names
     * @param products how many dead letters a replay made
     */
    private record Snapshot(List<Letter> originals, Set<String> replayed, int products) {
    }

    /** Counts for the summary line. */
    private static final class Tally {
        int replayed;
        int published;
        int rejected;
        int truncated;
        int alreadyReplayed;
        int products;
    }
}
