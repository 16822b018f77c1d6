package io.wirestream.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicClassifierTest {

    private static final MediaTopicTaxonomy TAXONOMY = MediaTopicTaxonomy.bundled();
    private final TopicClassifier classifier = new TopicClassifier(TAXONOMY, TopicLexicon.bundled(TAXONOMY));

    private List<ScoredTopic> classify(String headline, String body) {
        int lead = body.indexOf("\n\n");
        return classifier.classify(headline, body, lead < 0 ? body.length() : lead);
    }

    private static List<String> topLevel(List<ScoredTopic> topics) {
        return topics.stream().filter(t -> t.topic().topLevel()).map(t -> t.topic().code()).toList();
    }

    @Test
    void aNatoTroopStoryIsConflictOrPolitics() {
        List<ScoredTopic> topics = classify("Alliance chief pledges to keep peacekeepers in Kosovo",
                "PRISTINA - The head of NATO told soldiers of the KFOR mission on Tuesday that the alliance would not "
                        + "reduce its presence of some 4,600 troops while tensions in the north persist.\n\n"
                        + "Speaking at the mission's headquarters, the Secretary General said member states had "
                        + "agreed to send an extra battalion after last year's clashes near the border. Kosovo's "
                        + "prime minister thanked the allies and called for the dialogue with Serbia to resume.");

        assertThat(topLevel(topics)).isNotEmpty();
        assertThat(topLevel(topics).get(0)).isIn("medtop:16000000", "medtop:11000000");
        assertThat(topLevel(topics)).contains("medtop:16000000");
        assertThat(topics).allSatisfy(t -> {
            assertThat(t.source()).isEqualTo("classifier");
            assertThat(t.score()).isBetween(0.0, 1.0);
        });
        assertThat(topics).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void aFootballMatchReportIsSport() {
        List<ScoredTopic> topics = classify("United come from behind to beat Athletic 3-1",
                "United scored three times after the break to beat Athletic 3-1 in the league on Saturday and move "
                        + "second in the table.\n\nAthletic led at half-time through their captain's header, but the "
                        + "substitute striker equalised on 58 minutes and the goalkeeper saved a penalty before two "
                        + "late goals sealed the win in front of 30,000 fans.");

        assertThat(topLevel(topics)).first().isEqualTo("medtop:15000000");
        assertThat(topics.get(0).score()).isGreaterThan(0.8);
    }

    @Test
    void aSecondLevelTopicComesOnlyUnderItsChosenParent() {
        List<ScoredTopic> topics = classify("Quake kills 40 in mountain villages",
                "An earthquake of magnitude 6.8 destroyed hundreds of homes in mountain villages, and rescuers "
                        + "pulled survivors from the rubble through the night.\n\nAftershocks hampered rescue teams.");

        assertThat(topLevel(topics)).first().isEqualTo("medtop:03000000");
        assertThat(topics).filteredOn(t -> !t.topic().topLevel()).allSatisfy(t ->
                assertThat(topLevel(topics)).contains(t.topic().parent()));
        assertThat(topics).extracting(t -> t.topic().code()).contains("medtop:20000148");
    }

    @Test
    void thinTextGetsNoTopic() {
        assertThat(classify("Notice", "The office will be closed on the first of the month.")).isEmpty();
        assertThat(classify(null, "")).isEmpty();
    }

    @Test
    void keepsAtMostThreeTopLevelTopics() {
        List<ScoredTopic> topics = classify("Minister, strike, flood, match, vaccine and church",
                "The minister met strikers as the flood hit the stadium; the match was stopped, the hospital ran out "
                        + "of vaccine, the church opened its doors, the court adjourned, the storm grew and the "
                        + "school closed.");

        assertThat(topLevel(topics)).hasSizeLessThanOrEqualTo(3);
    }
}
