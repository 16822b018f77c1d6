package io.wirestream.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigReferenceTest {

    private static final String START = "<!-- config-table:start (generated: ./wirestream config) -->\n";
    private static final String END = "<!-- config-table:end -->";

    @Test
    void theReadmeTableIsTheOneTheConfigDefsMake() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("README has the generated table markers").isNotNegative();
        assertThat(readme.substring(start + START.length(), end))
                .as("README configuration table; regenerate with ./wirestream config")
                .isEqualTo(ConfigReference.markdown());
    }

    @Test
    void sharedKeysAreUnprefixedAndStageKeysPrefixed() {
        List<String> keys = ConfigReference.rows().stream().map(ConfigReference.Row::key).toList();
        assertThat(keys).contains("bootstrap.servers", "topic.prefix", "state.dir", "commit.interval.ms",
                "enrich.application.id", "publish.application.id", "publish.desk.rules.file",
                "ingest.drop.folder", "ingest.max.input.bytes")
                .doesNotContain("application.id", "ingest.bootstrap.servers");
    }
}
