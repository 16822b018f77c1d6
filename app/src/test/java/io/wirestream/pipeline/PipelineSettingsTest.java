package io.wirestream.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.enrich.EnrichConfig;
import io.wirestream.ingest.IngestConfig;
import io.wirestream.publish.PublishConfig;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class PipelineSettingsTest {

    private static final Map<Stage, org.apache.kafka.common.config.ConfigDef> DEFS = PipelineSettings.definitions(
            IngestConfig.configDef(), EnrichConfig.definition(), PublishConfig.definition());

    @Test
    void ingestReadsTheCommonSettingsNotEnrichs() {
        PipelineSettings settings = new PipelineSettings(Map.of("bootstrap.servers", "k:9092",
                "topic.prefix", "common.", "enrich.topic.prefix", "other.", "ingest.drop.folder", "/in"));

        IngestConfig ingest = IngestConfig.from(settings.forStage(Stage.INGEST, IngestConfig.configDef()));
        EnrichConfig enrich = EnrichConfig.from(settings.forStage(Stage.ENRICH, EnrichConfig.definition()));

        assertThat(ingest.topics().raw().name()).isEqualTo("common.news.raw.v1");
        assertThat(ingest.dropFolder()).hasToString("/in");
        assertThat(enrich.topics().raw().name()).isEqualTo("other.news.raw.v1");
    }

    @Test
    void ingestTopicPrefixIsAccepted() {
        PipelineSettings settings = new PipelineSettings(Map.of("bootstrap.servers", "k:9092",
                "ingest.topic.prefix", "lab."));
        settings.checkCommonKeys(DEFS);
        IngestConfig ingest = IngestConfig.from(settings.forStage(Stage.INGEST, IngestConfig.configDef()));
        assertThat(ingest.topics().raw().name()).isEqualTo("lab.news.raw.v1");
    }

    @Test
    void commonKeysOfOtherStagesDoNotTripAStage() {
        PipelineSettings settings = new PipelineSettings(Map.of("bootstrap.servers", "k:9092",
                "state.dir", "/var/lib/wirestream", "commit.interval.ms", "100"));
        settings.checkCommonKeys(DEFS);
        IngestConfig ingest = IngestConfig.from(settings.forStage(Stage.INGEST, IngestConfig.configDef()));
        EnrichConfig enrich = EnrichConfig.from(settings.forStage(Stage.ENRICH, EnrichConfig.definition()));
        assertThat(ingest.cluster().bootstrapServers()).isEqualTo("k:9092");
        assertThat(enrich.streams().stateDir()).hasToString("/var/lib/wirestream");
    }

    @Test
    void aTypoInAnyStageKeyIsRejected() {
        for (String key : new String[] {"enrich.aplication.id", "publish.desk.rule.file", "ingest.dropfolder"}) {
            PipelineSettings settings = new PipelineSettings(Map.of("bootstrap.servers", "k:9092", key, "x"));
            Stage stage = Stage.valueOf(key.substring(0, key.indexOf('.')).toUpperCase(java.util.Locale.ROOT));
            org.apache.kafka.common.config.ConfigDef def = DEFS.get(stage);
            assertThatThrownBy(() -> {
                Map<String, String> view = settings.forStage(stage, def);
                switch (stage) {
                    case INGEST -> IngestConfig.from(view);
                    case ENRICH -> EnrichConfig.from(view);
                    case PUBLISH -> PublishConfig.from(view);
                }
            }).as(key).isInstanceOf(ConfigException.class).hasMessageContaining(key.substring(key.indexOf('.') + 1));
        }
    }

    @Test
    void anUnknownCommonKeyIsRejected() {
        PipelineSettings settings = new PipelineSettings(Map.of("bootstrap.servers", "k:9092", "topic.prefx", "a."));
        assertThatThrownBy(() -> settings.checkCommonKeys(DEFS))
                .isInstanceOf(ConfigException.class).hasMessageContaining("topic.prefx");
    }

    @Test
    void clientSettingsPassThroughCommonAndPerStage() {
        PipelineSettings settings = new PipelineSettings(Map.of("bootstrap.servers", "k:9092",
                "kafka.security.protocol", "SASL_PLAINTEXT", "enrich.streams.num.stream.threads", "3"));
        settings.checkCommonKeys(DEFS);
        EnrichConfig enrich = EnrichConfig.from(settings.forStage(Stage.ENRICH, EnrichConfig.definition()));
        PublishConfig publish = PublishConfig.from(settings.forStage(Stage.PUBLISH, PublishConfig.definition()));

        assertThat(enrich.streams().toProperties()).containsEntry("security.protocol", "SASL_PLAINTEXT")
                .containsEntry("num.stream.threads", "3")
                .containsEntry("processing.guarantee", "exactly_once_v2");
        assertThat(publish.streams().toProperties()).containsEntry("security.protocol", "SASL_PLAINTEXT")
                .doesNotContainKey("num.stream.threads");
    }
}
