package io.wirestream.enrich.version;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.PubStatus;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.StoryVersion;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionPolicyTest {

    private final VersionPolicy policy = new VersionPolicy();

    private static RawArticle article(long version, String hash, PubStatus status) {
        return RawArticle.newBuilder().setId("s1").setVersion(version).setPubStatus(status)
                .setProvider("p").setFormat("f").setOrigin("o").setReceivedAt(Instant.EPOCH)
                .setHeadline("h").setBody(List.of()).setContentHash(hash).build();
    }

    private static StoryVersion seen(long version, String hash, PubStatus status) {
        return StoryVersion.newBuilder().setVersion(version).setContentHash(hash).setPubStatus(status)
                .setSeenAt(Instant.EPOCH).build();
    }

    @Test
    void firstVersionIsNew() {
        assertThat(policy.decide(null, article(1, "a", PubStatus.USABLE)).change()).contains(ChangeKind.NEW);
    }

    @Test
    void firstSightOfACanceledStoryIsStillAKill() {
        assertThat(policy.decide(null, article(4, "a", PubStatus.CANCELED)).change()).contains(ChangeKind.KILL);
    }

    @Test
    void dropsAnIdenticalRedelivery() {
        assertThat(policy.decide(seen(2, "a", PubStatus.USABLE), article(2, "a", PubStatus.USABLE)).passes()).isFalse();
    }

    @Test
    void dropsAnOlderVersion() {
        Verdict verdict = policy.decide(seen(3, "a", PubStatus.USABLE), article(2, "b", PubStatus.USABLE));
        assertThat(verdict.passes()).isFalse();
        assertThat(verdict.reason()).contains("stale");
    }

    @Test
    void passesANewerVersionAsAnUpdate() {
        assertThat(policy.decide(seen(2, "a", PubStatus.USABLE), article(3, "b", PubStatus.USABLE)).change())
                .contains(ChangeKind.UPDATE);
    }

    @Test
    void passesAnInPlaceCorrectionAsAnUpdate() {
        assertThat(policy.decide(seen(1, "a", PubStatus.USABLE), article(1, "b", PubStatus.USABLE)).change())
                .contains(ChangeKind.UPDATE);
    }

    @Test
    void passesACancellationAsAKillEvenAtTheSameVersion() {
        assertThat(policy.decide(seen(2, "a", PubStatus.USABLE), article(2, "a", PubStatus.CANCELED)).change())
                .contains(ChangeKind.KILL);
    }

    @Test
    void dropsARepeatedKill() {
        assertThat(policy.decide(seen(2, "a", PubStatus.CANCELED), article(3, "x", PubStatus.CANCELED)).passes())
                .isFalse();
    }

    @Test
    void releasesAWithheldStoryAsAnUpdate() {
        assertThat(policy.decide(seen(1, "a", PubStatus.WITHHELD), article(1, "a", PubStatus.USABLE)).change())
                .contains(ChangeKind.UPDATE);
    }
}
