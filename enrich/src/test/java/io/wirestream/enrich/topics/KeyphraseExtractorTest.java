package io.wirestream.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.Entity;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyphraseExtractorTest {

    private final KeyphraseExtractor extractor = KeyphraseExtractor.bundled();

    private static final String HEADLINE = "Harbour authority approves new container terminal";
    private static final String BODY = "The harbour authority on Tuesday approved a new container terminal on the "
            + "east quay, the largest investment in the port for thirty years.\n\n"
            + "The container terminal will double the port's capacity and create 400 jobs, the authority said. "
            + "Fishermen fear the east quay works will cut them off from the fish market, and the harbour "
            + "authority promised a new fish market before construction starts.";

    private List<KeyphraseExtractor.Phrase> extract(List<Entity> entities) {
        return extractor.extract(HEADLINE, BODY, BODY.indexOf("\n\n"), entities);
    }

    @Test
    void findsTheRepeatedContentPhrasesBestFirst() {
        List<KeyphraseExtractor.Phrase> phrases = extract(List.of());

        assertThat(phrases).isNotEmpty().hasSizeLessThanOrEqualTo(KeyphraseExtractor.MAX_PHRASES);
        assertThat(phrases.get(0).score()).isEqualTo(1.0);
        assertThat(phrases).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(phrases).extracting(p -> p.text().toLowerCase(Locale.ROOT))
                .contains("container terminal", "harbour authority", "east quay", "fish market");
        assertThat(phrases.subList(0, 2)).extracting(p -> p.text().toLowerCase(Locale.ROOT))
                .containsExactlyInAnyOrder("container terminal", "harbour authority");
        assertThat(phrases).allSatisfy(p -> assertThat(p.score()).isBetween(0.0, 1.0));
    }

    @Test
    void keepsTheBodysCaseAndNoStopWordsAtTheEdges() {
        assertThat(extract(List.of())).extracting(KeyphraseExtractor.Phrase::text)
                .contains("container terminal")
                .noneMatch(t -> t.startsWith("the ") || t.endsWith(" said") || t.matches(".*\\d.*"));
    }

    @Test
    void addsSalientEntitiesAndNeverRepeatsWords() {
        Entity port = Entity.newBuilder().setType("ORGANIZATION").setName("Calmara Port Authority")
                .setCanonicalName("Calmara Port Authority").setSalience(0.9).setMentions(List.of()).build();
        Entity minor = Entity.newBuilder().setType("PERSON").setName("Ana Vella").setSalience(0.1)
                .setMentions(List.of()).build();

        Entity demonym = Entity.newBuilder().setType("MISC").setName("Maltese").setSalience(0.9)
                .setMentions(List.of()).build();

        List<KeyphraseExtractor.Phrase> phrases = extract(List.of(port, minor, demonym));

        assertThat(phrases).extracting(KeyphraseExtractor.Phrase::text).contains("Calmara Port Authority")
                .doesNotContain("Ana Vella", "Maltese");
        Set<Set<String>> wordSets = new HashSet<>();
        for (KeyphraseExtractor.Phrase p : phrases) {
            Set<String> words = Set.of(p.text().toLowerCase(Locale.ROOT).split(" "));
            assertThat(wordSets).noneMatch(w -> w.containsAll(words) || words.containsAll(w));
            wordSets.add(words);
        }
    }

    @Test
    void anEmptyStoryHasNoKeyphrases() {
        assertThat(extractor.extract(null, "", 0, List.of())).isEmpty();
    }

    @Test
    void showsAWordThatScoresMostlyInsideANameAsTheNameAndNeverRunsOverAParagraph() {
        String headline = "Valmark Greens quit coalition";
        String body = "The Valmark Greens quit the coalition on Monday. Greens leaders, Greens members and Greens "
                + "voters agreed; the Nordic Greens and Alpine Greens sent support.\n\n"
                + "Coalition\n\nTalks";

        List<KeyphraseExtractor.Phrase> phrases = extractor.extract(headline, body, body.indexOf("\n\n"), List.of());

        assertThat(phrases).extracting(KeyphraseExtractor.Phrase::text).contains("Valmark Greens")
                .doesNotContain("Greens").noneMatch(t -> t.contains("\n"));
    }
}
