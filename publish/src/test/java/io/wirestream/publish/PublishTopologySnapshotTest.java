package io.wirestream.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.publish.route.DeskRules;
import io.wirestream.schemas.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Topology stability (issue 12, scenario 9): the publish topology's {@code describe()} with the
 * default topics and the bundled desk rules must equal the committed snapshot. A renamed
 * processor, store or topic orphans state and changelogs in a running deployment, so such a
 * change must be deliberate: update the snapshot with {@code -Dwirestream.topology.update=true}
 * and say why in the commit.
 */
class PublishTopologySnapshotTest {

    private static final Path SNAPSHOT = Path.of("src/test/resources/io/wirestream/publish/topology-snapshot.txt");

    @Test
    void describeMatchesTheCommittedSnapshot() throws IOException {
        String actual = new PublishTopology(Topics.defaults(), DeskRules.defaults())
                .build().describe().toString().strip() + "\n";
        if (Boolean.getBoolean("wirestream.topology.update")) {
            Files.writeString(SNAPSHOT, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("publish topology vs %s (an intended change: -Dwirestream.topology.update=true)", SNAPSHOT)
                .isEqualTo(Files.readString(SNAPSHOT, StandardCharsets.UTF_8));
    }
}
