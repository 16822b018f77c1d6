package io.wirestream.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wirestream.enrich.Enricher;
import io.wirestream.enrich.Fixtures;
import io.wirestream.enrich.SharedFiles;
import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.MediaTopic;
import io.wirestream.schemas.PubStatus;
import io.wirestream.schemas.RawArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's check on the real KosovaPress story about NATO and KFOR in the workspace's {@code shared/samples}
 * (not in the repository; skipped when absent): a top-level topic of conflict or politics comes out, from the
 * text alone (the sample carries no subject codes).
 */
class KosovaPressTopicsTest {

    @Test
    void theNatoKforStoryGetsConflictOrPolitics() throws IOException {
        Path sample = SharedFiles.find("samples/kosovapress-nato-kfor.txt").orElse(null);
        assumeTrue(sample != null, "shared/samples/kosovapress-nato-kfor.txt not present");
        String story = Files.readString(sample, StandardCharsets.UTF_8);
        RawArticle raw = RawArticle.newBuilder().setId("kp-1").setVersion(1).setPubStatus(PubStatus.USABLE)
                .setProvider("KosovaPress").setFormat("agency-text").setOrigin("sample")
                .setReceivedAt(Instant.parse("2025-03-10T09:30:00Z"))
                .setHeadline(story.lines().findFirst().orElseThrow())
                .setBody(Fixtures.bodyParagraphs(story)).setContentHash("h").build();

        EnrichedArticle e = Enricher.standard(Clock.systemUTC())
                .enrich(raw, ChangeKind.NEW, Instant.parse("2025-03-10T10:00:00Z"));

        System.out.println("KosovaPress topics: " + e.getTopics().stream()
                .map(t -> t.getCode() + " " + t.getName() + " " + t.getScore()).toList());
        System.out.println("KosovaPress keyphrases: " + e.getKeyphrases().stream()
                .map(k -> k.getText() + " " + k.getScore()).toList());
        assertThat(e.getTopics()).filteredOn(t -> t.getLevel() == 1).extracting(MediaTopic::getCode)
                .containsAnyOf("medtop:16000000", "medtop:11000000");
        assertThat(e.getTopics().get(0).getCode()).isIn("medtop:16000000", "medtop:11000000");
        assertThat(e.getKeyphrases()).isNotEmpty();
    }
}
