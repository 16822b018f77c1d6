package io.wirestream.cli;

import io.wirestream.ingest.IngestResult;
import io.wirestream.ingest.format.Origin;
import io.wirestream.pipeline.Pipeline;
import io.wirestream.pipeline.PipelineSettings;
import io.wirestream.pipeline.Stage;
import io.wirestream.pipeline.TopicSetup;
import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wirestream replay-dead-letters --stage ingest}: re-submits dead letters' original bytes. */
@Command(name = "replay-dead-letters", mixinStandardHelpOptions = true,
        description = {"Send the original bytes of dead letters through their stage again.", "",
                "Reads the dead-letter topic up to its current end (read_committed) and",
                "ingests each ingest dead letter's bytes under its original name. The dead",
                "letters stay; an input that fails again becomes a new dead letter."})
final class ReplayDeadLettersCommand implements Callable<Integer> {

    @Option(names = "--stage", required = true, paramLabel = "STAGE", description = "ingest (the only one so far).")
    Stage stage;

    @Option(names = "--since", paramLabel = "ISO", description = "Only dead letters that failed at or after this instant.")
    Instant since;

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
        Topics topics = new Topics(settings.values().getOrDefault("topic.prefix", ""));
        List<DeadLetter> letters = read(bootstrap, topics.deadLetters().name());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int published = 0;
        int again = 0;
        int skipped = 0;
        try (Pipeline pipeline = Pipeline.start(settings, EnumSet.of(Stage.INGEST),
                new TopicSetup(partitions, (short) 1))) {
            for (DeadLetter letter : letters) {
                if (letter.getPayload() == null || letter.getPayloadTruncated()) {
                    skipped++;
                    err.println("wirestream replay-dead-letters: skipped " + Texts.cut(letter.getOrigin())
                            + ": only part of its bytes was kept");
                    continue;
                }
                IngestResult result = pipeline.ingestor().ingest(TopicReader.bytes(letter.getPayload()),
                        new Origin(letter.getOrigin(), null, Instant.now()));
                if (result.failed()) {
                    again++;
                    err.println("wirestream replay-dead-letters: " + Texts.rejection(letter.getOrigin(), result.reason()));
                } else {
                    published += result.published();
                }
            }
        }
        out.printf("replayed %d dead letter(s): %d stories published, %d rejected again, %d skipped%n",
                letters.size(), published, again, skipped);
        out.flush();
        err.flush();
        return again == 0 && skipped == 0 ? 0 : 1;
    }

    /** The ingest dead letters up to the topic's end now, oldest first per partition. */
    private List<DeadLetter> read(String bootstrap, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topics.MAX_RECORD_BYTES);
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> ends = consumer.endOffsets(parts);
            while (parts.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() >= ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    DeadLetter letter = Topics.deadLetterSerde().decode(record.value());
                    if ("ingest".equals(letter.getStage())
                            && (since == null || !letter.getFailedAt().isBefore(since))) {
                        letters.add(letter);
                    }
                }
            }
        }
        return letters;
    }
}
