package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.Topics;
import io.wirestream.testkit.Await;
import io.wirestream.embedded.KafkaCluster;
import io.wirestream.testkit.SharedKafkaExtension;
import io.wirestream.testkit.TopicNames;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code wirestream run --stage ingest FILE...} against a cluster: publishes, reports rejects, exits. */
@ExtendWith(SharedKafkaExtension.class)
class RunCommandIT {

    @TempDir
    Path in;

    @Test
    void ingestStagePublishesGoodFilesAndExitsWithOneWhenAFileIsRejected(KafkaCluster kafka, TestInfo info)
            throws Exception {
        String prefix = TopicNames.unique(info) + ".";
        Path good = Files.writeString(in.resolve("quay.json"), """
                {"uri": "urn:run-it:quay", "version": "4", "pubstatus": "usable",
                 "headline": "Quay repairs finish early in Dubrovnik", "body_text": "Work ended on Monday."}
                """);
        Path bad = Files.writeString(in.resolve("cut.json"), "{\"uri\": \"urn:run-it:cut\", \"head");
        StringWriter err = new StringWriter();
        CommandLine cli = WirestreamCommand.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));

        int code = cli.execute("run", "--stage", "ingest", "--bootstrap-servers", kafka.bootstrapServers(),
                "--topic-prefix", prefix, "--partitions", "1", "--http-port", "0", good.toString(), bad.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("wirestream run: rejected: ").contains(bad.toString());
        assertThat(out.toString()).containsPattern("serving http://[0-9.:]+/metrics and http://[0-9.:]+/health");
        // No ingest.http.token: pushes are refused, not accepted unauthenticated, and the run ends with its files.
        assertThat(out.toString()).doesNotContain("accepting pushes");
        Topics topics = new Topics(prefix);
        try (KafkaConsumer<String, RawArticle> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, prefix + "reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), topics.raw().valueSerde().deserializer())) {
            consumer.subscribe(List.of(topics.raw().name()));
            List<ConsumerRecord<String, RawArticle>> records = Await.records(consumer, 1, Duration.ofSeconds(30));
            assertThat(records).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo("urn:run-it:quay");
                assertThat(r.value().getVersion()).isEqualTo(4L);
                assertThat(r.value().getFormat()).isEqualTo("ninjs");
            });
        }
    }
}
