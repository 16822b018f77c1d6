package io.wirestream.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrich.Enricher;
import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.Entity;
import io.wirestream.schemas.Keyphrase;
import io.wirestream.schemas.MediaTopic;
import io.wirestream.schemas.PubStatus;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.Subject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryTopicsTest {

    private static final Instant NOW = Instant.parse("2026-03-11T10:00:00Z");
    private static final List<String> NATO_STORY = List.of(
            "PRISTINA, March 11 (Agency) - NATO Secretary General Mark Rutte visited KFOR troops at Camp Film City "
                    + "on Tuesday and said the alliance would keep its peacekeeping force of about 4,500 soldiers in "
                    + "Kosovo.",
            "Rutte told soldiers that the security situation in the north remained tense after clashes last year, "
                    + "and that allies had agreed to send a reserve battalion if needed.");

    private final StoryTopics topics = StoryTopics.standard();

    private static RawArticle.Builder article(String headline, List<String> body) {
        return RawArticle.newBuilder().setId("urn:test:topics").setVersion(1).setPubStatus(PubStatus.USABLE)
                .setProvider("Agency").setFormat("nitf").setOrigin("test").setReceivedAt(NOW)
                .setHeadline(headline).setBody(body).setContentHash("0".repeat(64));
    }

    @Test
    void agencyCodesComeFirstAndTheClassifierAddsOnlyWhatTheyLack() {
        RawArticle raw = article("NATO chief says KFOR will keep troop numbers in Kosovo", NATO_STORY)
                .setSubjects(List.of(Subject.newBuilder().setScheme("subj").setCode("11000000").setName("politics").build()))
                .build();
        String body = String.join("\n\n", NATO_STORY);

        List<ScoredTopic> found = topics.topics(raw, body, body.indexOf("\n\n"));

        assertThat(found.get(0)).satisfies(t -> {
            assertThat(t.topic().code()).isEqualTo("medtop:11000000");
            assertThat(t.source()).isEqualTo("agency");
            assertThat(t.score()).isEqualTo(1.0);
        });
        assertThat(found).extracting(t -> t.topic().code()).doesNotHaveDuplicates().contains("medtop:16000000");
        assertThat(found).filteredOn(t -> t.topic().code().equals("medtop:16000000"))
                .extracting(ScoredTopic::source).containsExactly("classifier");
    }

    @Test
    void textInAnotherLanguageGetsOnlyAgencyTopicsAndEntityKeyphrases() {
        List<String> body = List.of("Die Lage war ruhig, sagte der Sprecher der Regierung in Wien am Montag.");
        RawArticle raw = article("Lage in Wien ruhig", body)
                .setSubjects(List.of(Subject.newBuilder().setScheme("medtop").setCode("11000000").build())).build();
        Entity wien = Entity.newBuilder().setType("LOCATION").setName("Wien").setSalience(1.0).setMentions(List.of())
                .build();
        EnrichedArticle.Builder out = EnrichedArticle.newBuilder();

        topics.write(out, raw, body.get(0), body.get(0).length(), List.of(wien), false);

        assertThat(out.getTopics()).extracting(MediaTopic::getCode, MediaTopic::getSource)
                .containsExactly(org.assertj.core.api.Assertions.tuple("medtop:11000000", "agency"));
        assertThat(out.getKeyphrases()).extracting(Keyphrase::getText).containsExactly("Wien");
        assertThat(out.getKeyphrases().get(0).getScore()).isEqualTo(1.0);
    }

    @Test
    void theEnricherSetsTopicsAndKeyphrases() {
        RawArticle raw = article("Harbour side win the derby 2-0 in front of a full stadium", List.of(
                "Harbour FC beat City 2-0 in the league derby on Saturday, their striker scoring twice before "
                        + "half-time.",
                "The goalkeeper saved a late penalty, and the coach said the win kept the club top of the table."))
                .build();

        EnrichedArticle e = Enricher.standard(Clock.fixed(NOW, ZoneOffset.UTC)).enrich(raw, ChangeKind.NEW, NOW);

        assertThat(e.getTopics()).isNotEmpty();
        assertThat(e.getTopics().get(0).getCode()).isEqualTo("medtop:15000000");
        assertThat(e.getTopics().get(0).getName()).isEqualTo("sport");
        assertThat(e.getTopics()).allSatisfy(t -> assertThat(t.getLevel() == 1 ? t.getParent() == null
                : "medtop:15000000".equals(t.getParent())).isTrue());
        assertThat(e.getKeyphrases()).isNotEmpty().hasSizeLessThanOrEqualTo(8);
        assertThat(e.getKeyphrases().get(0).getScore()).isEqualTo(1.0);
    }
}
