package io.wirestream.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.embedded.BrokerSecurity;
import io.wirestream.embedded.EmbeddedKafka;
import io.wirestream.ingest.source.FileResult;
import io.wirestream.testkit.TopicNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a cluster that requires SASL/PLAIN, as a managed Kafka does: with the
 * credentials in a properties file it runs end to end; without them, or with a wrong password, it
 * fails at start with a message that says what to set.
 *
 * <p>This class starts a broker of its own (the shared one is plaintext); it is stopped after the class.
 */
class SecuredClusterIT {

    private static final String USER = "newsroom";
    private static final String PASSWORD = "wire-" + UUID.randomUUID();
    private static EmbeddedKafka secured;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSecuredBroker() {
        secured = EmbeddedKafka.start(BrokerSecurity.saslPlain(Map.of(USER, PASSWORD)), Map.of());
    }

    @AfterAll
    static void stopSecuredBroker() {
        if (secured != null) {
            secured.close();
        }
    }

    private Path settingsFile(String jaasPassword, TestInfo info) throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder props = new StringBuilder()
                .append("bootstrap.servers=").append(secured.bootstrapServers()).append('\n')
                .append("topic.prefix=").append(TopicNames.unique(info)).append(".\n")
                .append("state.dir=").append(dir.resolve("state")).append('\n')
                .append("commit.interval.ms=100\n")
                .append("enrich.application.id=secured-enrich-").append(run).append('\n')
                .append("publish.application.id=secured-publish-").append(run).append('\n')
                // Fail fast in the refusal tests instead of the clients' one-minute defaults.
                .append("admin.default.api.timeout.ms=8000\n")
                .append("admin.request.timeout.ms=4000\n");
        if (jaasPassword != null) {
            BrokerSecurity.clientConfig(USER, jaasPassword).forEach((key, value) ->
                    props.append("kafka.").append(key).append('=').append(value.replace("\\", "\\\\")).append('\n'));
        }
        return Files.writeString(dir.resolve("wirestream.properties"), props);
    }

    @Test
    void runsEndToEndWithCredentialsFromAPropertiesFile(TestInfo info) throws Exception {
        PipelineSettings settings = PipelineSettings.load(settingsFile(PASSWORD, info));
        Path story = dir.resolve("story.txt");
        Files.copy(BundledSamples.kforStory(), story);

        try (Pipeline pipeline = Pipeline.startAll(settings, new TopicSetup(1, (short) 1))) {
            List<FileResult> results = pipeline.ingest(List.of(story));
            assertThat(results).singleElement().satisfies(r -> assertThat(r.result().ok()).isTrue());

            Map<String, String> client = BrokerSecurity.clientConfig(USER, PASSWORD);
            try (var json = new TopicReader<>(secured.bootstrapServers(), client,
                    pipeline.topics().enrichedJson().name(), Serdes.String().deserializer(),
                    Serdes.String().deserializer())) {
                assertThat(json.until("story on the JSON topic", r -> !r.isEmpty()))
                        .singleElement().satisfies(r -> assertThat(r.value()).contains("\"NATO\""));
            }
        }
    }

    @Test
    void withoutCredentialsItFailsSayingWhatToSet(TestInfo info) throws Exception {
        PipelineSettings settings = PipelineSettings.load(settingsFile(null, info));

        assertThatThrownBy(() -> Pipeline.startAll(settings, new TopicSetup(1, (short) 1)).close())
                .isInstanceOf(KafkaException.class)
                .hasMessageContaining(secured.bootstrapServers())
                .hasMessageContaining("kafka.security.protocol");
    }

    @Test
    void aWrongPasswordIsReportedAsAnAuthenticationFailure(TestInfo info) throws Exception {
        PipelineSettings settings = PipelineSettings.load(settingsFile("not-the-password", info));

        assertThatThrownBy(() -> Pipeline.startAll(settings, new TopicSetup(1, (short) 1)).close())
                .isInstanceOf(KafkaException.class)
                .hasMessageContaining("Authentication failed")
                .hasMessageContaining("kafka.sasl.jaas.config");
    }
}
