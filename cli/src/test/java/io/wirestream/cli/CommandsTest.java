package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The offline commands, run through picocli as a user would, output captured. */
class CommandsTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = WirestreamCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path sample(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/io/wirestream/cli/samples/" + name)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private static List<JsonNode> documents(String out) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        var parser = new ObjectMapper().getFactory().createParser(out);
        ObjectMapper mapper = new ObjectMapper();
        while (parser.nextToken() != null) {
            docs.add(mapper.readTree(parser));
        }
        return docs;
    }

    private static List<JsonNode> uncheckedDocuments(String out) {
        try {
            return documents(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void enrichPrintsCleanBodyAndEntitiesWithOffsetsIntoIt() throws IOException {
        Run run = run("enrich", sample("01-balkan-wire-kfor.txt").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode story = documents(run.out()).get(0);
        assertThat(story.get("guid").asText()).isEqualTo("balkan-wire-agency:nato-chief-to-reassure-kosovo-over-kfor-ea76e221b6d9");
        assertThat(story.get("version").asLong()).isEqualTo(1);
        assertThat(story.get("pubStatus").asText()).isEqualTo("usable");
        assertThat(story.get("language").asText()).isEqualTo("en");
        assertThat(story.get("readingTimeMinutes").asInt()).isPositive();
        String body = story.get("body").asText();
        assertThat(body).startsWith("NATO Secretary General Mark Rutte arrives in Pristina")
                .doesNotContain("All rights reserved", "co-financed", "maintained and managed", "reserves all copyright",
                        "The link was copied", "Read about")
                .endsWith("talks with Serbian leaders.");
        long words = java.util.Arrays.stream(body.split("\\s+")).filter(w -> w.matches(".*[\\p{L}\\p{N}].*")).count();
        assertThat(story.get("wordCount").asInt()).isEqualTo((int) words);
        List<String> names = new ArrayList<>();
        for (JsonNode entity : story.get("entities")) {
            names.add(entity.get("type").asText() + ":" + entity.get("name").asText());
            for (JsonNode m : entity.get("mentions")) {
                assertThat(body.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
            }
        }
        assertThat(names).contains("ORGANIZATION:NATO", "ORGANIZATION:KFOR", "ORGANIZATION:EUFOR",
                "PERSON:Mark Rutte", "PERSON:Ivan Vejvoda", "LOCATION:Kosovo", "LOCATION:Pristina",
                "LOCATION:Serbia", "LOCATION:Bosnia and Herzegovina");
    }

    @Test
    void parsePrintsOneObjectPerInputAndFailsOnGarbage() throws IOException {
        Path garbage = Files.write(dir.resolve("noise.bin"), new byte[] {0, 1, 2, (byte) 0xff, 0x1b});
        Run run = run("parse", sample("02-harbour-ninjs-v1.json").toString(), garbage.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        List<JsonNode> docs = documents(run.out());
        assertThat(docs).hasSize(1);
        JsonNode parsed = docs.get(0);
        assertThat(parsed.get("format").asText()).isEqualTo("ninjs");
        JsonNode article = parsed.get("articles").get(0);
        assertThat(article.get("guid").asText()).isEqualTo("urn:newsml:northsea-press.example:20260311:harbour-storm");
        assertThat(article.get("headline").asText()).isEqualTo("Storm closes Rotterdam harbour entrance");
        assertThat(article.get("bodyParagraphs")).hasSize(2);
        assertThat(run.err()).startsWith("wirestream parse: rejected: ").contains("noise.bin");
    }

    @Test
    void parseAndEnrichRejectABadFileTheSameWayInOneLineOnStderrWithoutDeadLetterLogs() throws IOException {
        Path cut = Files.writeString(dir.resolve("cut.json"), "{\"uri\": \"urn:test:cut\", \"headline\": \"Fer");
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(logs);
        try {
            for (String command : List.of("parse", "enrich")) {
                Run run = run(command, cut.toString());

                assertThat(run.exitCode()).as(command).isEqualTo(1);
                assertThat(run.out()).as(command).isBlank();
                assertThat(run.err().lines().toList()).as(command).singleElement().satisfies(line -> {
                    assertThat(line).startsWith("wirestream " + command + ": rejected: ");
                    assertThat(line.split(java.util.regex.Pattern.quote(cut.toString()), -1)).hasSize(2);
                });
            }
        } finally {
            root.detachAppender(logs);
        }
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneMatch(message -> message.contains("Dead-letter"));
    }

    @Test
    void parseAndEnrichOverManyFilesEndWithASummaryLineOnStderr() throws IOException {
        Path cut = Files.writeString(dir.resolve("cut.json"), "{\"uri\": \"urn:test:cut\", \"headline\": \"Fer");
        String harbour = sample("02-harbour-ninjs-v1.json").toString();
        String ferry = sample("04-ferry-ninjs-v1.json").toString();
        for (String command : List.of("parse", "enrich")) {
            Run run = run(command, harbour, cut.toString(), ferry);

            assertThat(run.exitCode()).as(command).isEqualTo(1);
            assertThat(run.err().lines().toList()).as(command).last().asString()
                    .matches(command + ": 3 files, 2 stories, 1 rejected in [0-9.]+ s \\([0-9.]+ files/s, [0-9.]+ stories/s\\)");
        }
    }

    @Test
    void parseAndEnrichTakeAFolderAsItsInputFilesAndNameAMissingFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("wire/sub"));
        Files.copy(sample("02-harbour-ninjs-v1.json"), folder.resolve("harbour.json"));
        Files.copy(sample("04-ferry-ninjs-v1.json"), folder.getParent().resolve("ferry.json"));
        Files.writeString(folder.resolve("half.json.part"), "{\"uri\": ");
        for (String command : List.of("parse", "enrich")) {
            Run run = run(command, folder.getParent().toString());

            assertThat(run.exitCode()).as(command).isZero();
            assertThat(documents(run.out())).as(command).hasSize(2);
        }
        Run missing = run("parse", dir.resolve("nothing-here.txt").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("rejected: no such file: ").contains("nothing-here.txt");
    }

    @Test
    void parseAndEnrichShareTheirLayoutFlags() throws IOException {
        Path story = sample("02-harbour-ninjs-v1.json");
        for (String command : List.of("parse", "enrich")) {
            Run piped = run(command, story.toString());
            Run pretty = run(command, "--pretty", story.toString());
            Run compact = run(command, "--compact", story.toString());

            // Not a terminal here: the default is one object per line, as with --compact.
            assertThat(piped.out().strip().lines()).as(command).hasSize(1);
            assertThat(compact.out().strip().lines()).as(command).hasSize(1);
            assertThat(pretty.out().strip().lines().count()).as(command).isGreaterThan(3);
            assertThat(documents(pretty.out()).get(0).fieldNames()).toIterable()
                    .containsExactlyElementsOf(() -> uncheckedDocuments(compact.out()).get(0).fieldNames());
            assertThat(run(command, "--pretty", "--compact", story.toString()).err()).contains("exclude each other");
        }
    }

    @Test
    void helpDescriptionsFitTheUsageWidthWithoutBreakingALine() {
        CommandLine cli = WirestreamCommand.commandLine();
        for (var entry : cli.getSubcommands().entrySet()) {
            if (entry.getKey().equals("help")) {
                continue; // picocli's own
            }
            StringWriter out = new StringWriter();
            entry.getValue().usage(new PrintWriter(out));
            for (String line : entry.getValue().getCommandSpec().usageMessage().description()) {
                assertThat(out.toString()).as(entry.getKey()).contains(line);
            }
        }
    }

    @Test
    void runRefusesToStartWithoutACluster() {
        Run run = run("run", "--stage", "enrich", "--bootstrap-servers", "");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no Kafka cluster");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("demo", "parse", "enrich", "run")) {
            Run run = run(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: wirestream " + command);
        }
    }

    @Test
    void aFailureWhoseMessageSaysLittleNamesItsCauses() {
        Exception wrapped = new IllegalStateException("Failed to create new KafkaAdminClient",
                new IllegalArgumentException("No resolvable bootstrap urls given in bootstrap.servers"));

        assertThat(WirestreamCommand.reason(wrapped))
                .isEqualTo("Failed to create new KafkaAdminClient: No resolvable bootstrap urls given in bootstrap.servers");
        assertThat(WirestreamCommand.reason(new IllegalStateException("topic x is missing",
                new RuntimeException("topic x is missing")))).isEqualTo("topic x is missing");
    }

    @Test
    void aFailingCommandSaysWhyInOneLineAndExitsWithOne() {
        Run run = run("run", "--stage", "enrich", "--bootstrap-servers", "localhost:1",
                "--config", dir.resolve("missing.properties").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("wirestream run: cannot read --config").doesNotContain("\tat ");
    }
}
