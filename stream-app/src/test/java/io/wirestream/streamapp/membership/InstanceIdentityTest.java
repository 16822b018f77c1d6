package io.wirestream.streamapp.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceIdentityTest {

    @TempDir
    Path state;

    @Test
    void aRestartOnTheSameStateDirectoryGetsTheSameId() {
        String first = InstanceIdentity.resolve("wirestream-enrich", state, null);
        String again = InstanceIdentity.resolve("wirestream-enrich", state, "");

        assertThat(again).isEqualTo(first);
        assertThat(first).matches("wirestream-enrich-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(state.resolve("wirestream-enrich" + InstanceIdentity.FILE_SUFFIX)).exists();
    }

    @Test
    void anotherStateDirectoryOnTheSameHostIsAnotherMember(@TempDir Path other) {
        assertThat(InstanceIdentity.resolve("wirestream-enrich", other, null))
                .isNotEqualTo(InstanceIdentity.resolve("wirestream-enrich", state, null));
    }

    @Test
    void stagesSharingAStateDirectoryKeepTheirOwnIds() {
        String enrich = InstanceIdentity.resolve("wirestream-enrich", state, null);
        String publish = InstanceIdentity.resolve("wirestream-publish", state, null);

        assertThat(publish).startsWith("wirestream-publish-");
        assertThat(publish.substring("wirestream-publish-".length()))
                .isNotEqualTo(enrich.substring("wirestream-enrich-".length()));
    }

    @Test
    void createsAMissingStateDirectory() {
        Path missing = state.resolve("not/yet");
        String id = InstanceIdentity.resolve("app", missing, null);
        assertThat(InstanceIdentity.resolve("app", missing, null)).isEqualTo(id);
    }

    @Test
    void aConfiguredIdIsUsedAsGivenAndNothingIsWritten() {
        assertThat(InstanceIdentity.resolve("wirestream-enrich", state, " enrich-0 ")).isEqualTo("enrich-0");
        assertThat(state.resolve("wirestream-enrich" + InstanceIdentity.FILE_SUFFIX)).doesNotExist();
    }

    @Test
    void refusesAnIdKafkaWouldRefuse() {
        assertThatThrownBy(() -> InstanceIdentity.resolve("app", state, "enrich 0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'enrich 0'");
    }

    @Test
    void aCorruptIdFileIsNamedNotSilentlyReplaced() throws Exception {
        Path file = state.resolve("app" + InstanceIdentity.FILE_SUFFIX);
        Files.writeString(file, "garbage");

        assertThatThrownBy(() -> InstanceIdentity.resolve("app", state, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(file.toString())
                .hasMessageContaining("'garbage'");
    }
}
