package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.embedded.KafkaCluster;
import io.wirestream.testkit.SharedKafkaExtension;
import io.wirestream.testkit.TopicNames;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code wirestream consume}: what ingest wrote, read back as JSON lines. */
@ExtendWith(SharedKafkaExtension.class)
class ConsumeCommandIT {

    @TempDir
    Path in;

    private static List<JsonNode> consume(String... args) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = WirestreamCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute(args)).as(err.toString()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().lines().toList()) {
            lines.add(new ObjectMapper().readTree(line));
        }
        return lines;
    }

    @Test
    void printsRawArticlesAndDeadLettersWithTheirOriginalText(KafkaCluster kafka, TestInfo info) throws Exception {
        String prefix = TopicNames.unique(info) + ".";
        Path good = Files.writeString(in.resolve("pier.json"), """
                {"uri": "urn:consume-it:pier", "version": "2", "pubstatus": "usable",
                 "headline": "Old pier reopens in Split", "body_text": "Crowds came on Sunday."}
                """);
        Path other = Files.writeString(in.resolve("bridge.json"), """
                {"uri": "urn:consume-it:bridge", "version": "1", "pubstatus": "usable",
                 "headline": "Bridge tolls fall in Rijeka", "body_text": "Drivers pay less from May."}
                """);
        Path bad = Files.writeString(in.resolve("cut.json"), "{\"uri\": \"urn:consume-it:cut\", \"head");
        CommandLine ingest = WirestreamCommand.commandLine();
        ingest.setOut(new PrintWriter(new StringWriter()));
        ingest.setErr(new PrintWriter(new StringWriter()));
        assertThat(ingest.execute("run", "--stage", "ingest", "--bootstrap-servers", kafka.bootstrapServers(),
                "--topic-prefix", prefix, "--partitions", "1", good.toString(), other.toString(), bad.toString()))
                .isEqualTo(1);
        String[] cluster = {"--bootstrap-servers", kafka.bootstrapServers(), "--topic-prefix", prefix};

        List<JsonNode> raw = consume(concat(new String[] {"consume", "raw"}, cluster));
        assertThat(raw).extracting(line -> line.get("key").asText())
                .containsExactlyInAnyOrder("urn:consume-it:pier", "urn:consume-it:bridge"); // read in parallel
        assertThat(raw).allSatisfy(line -> assertThat(line.get("topic").asText()).isEqualTo(prefix + "news.raw.v1"));
        assertThat(raw).extracting(line -> line.get("value").get("headline").asText())
                .contains("Old pier reopens in Split");

        List<JsonNode> one = consume(concat(new String[] {"tail", "raw", "--key", "urn:consume-it:bridge"}, cluster));
        assertThat(one).singleElement().satisfies(line ->
                assertThat(line.get("value").get("headline").asText()).isEqualTo("Bridge tolls fall in Rijeka"));
        assertThat(consume(concat(new String[] {"consume", "raw", "--max", "1"}, cluster))).hasSize(1);
        assertThat(consume(concat(new String[] {"consume", "raw", "--from", "end"}, cluster))).isEmpty();

        List<JsonNode> dead = consume(concat(new String[] {"consume", "dlq"}, cluster));
        assertThat(dead).singleElement().satisfies(line -> {
            JsonNode letter = line.get("value");
            assertThat(letter.get("stage").asText()).isEqualTo("ingest");
            assertThat(letter.get("origin").asText()).isEqualTo(bad.toString());
            assertThat(letter.get("reason").asText()).isNotBlank();
            assertThat(letter.get("payload").asText()).isEqualTo("{\"uri\": \"urn:consume-it:cut\", \"head");
        });
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
