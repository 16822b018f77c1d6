package io.wirestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * Topology stability (issue 12, scenario 9): the enrich topology's {@code describe()} with the
 * default topics must equal the committed snapshot. A renamed processor, store or topic orphans
 * state and changelogs in a running deployment, so such a change must be deliberate: update the
 * snapshot with {@code -Dwirestream.topology.update=true} and say why in the commit.
 */
class EnrichTopologySnapshotTest {

    private static final Path SNAPSHOT = Path.of("src/test/resources/io/wirestream/enrich/topology-snapshot.txt");

    @Test
    void describeMatchesTheCommittedSnapshot() throws IOException {
        String actual = new EnrichTopology(Topics.defaults(), Enricher.standard(Clock.systemUTC(), "snapshot"))
                .build().describe().toString().strip() + "\n";
        if (Boolean.getBoolean("wirestream.topology.update")) {
            Files.writeString(SNAPSHOT, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("enrich topology vs %s (an intended change: -Dwirestream.topology.update=true)", SNAPSHOT)
                .isEqualTo(Files.readString(SNAPSHOT, StandardCharsets.UTF_8));
    }
}
