package io.wirestream.enrich.ner.perceptron;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrich.ner.PlaceGazetteer;
import io.wirestream.enrich.ner.PlaceKind;
import io.wirestream.enrich.ner.Token;
import io.wirestream.enrich.ner.Tokenizer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeaturesTest {

    private static final PlaceGazetteer PLACES = PlaceGazetteer.of(Map.of("Bergen", PlaceKind.CITY));
    private static final Tokenizer TOKENIZER = new Tokenizer();

    private static int[] features(Features f, int i) {
        int[] out = new int[Features.MAX];
        int n = f.local(i, Features.START, Features.START, true, out);
        return Arrays.copyOf(out, n);
    }

    private static Features doc(String... sentences) {
        return new Features(Arrays.stream(sentences).map(TOKENIZER::tokenize).toList(), PLACES, 16);
    }

    @Test
    void sameWordInSameContextGivesSameFeaturesWithinTheHashSpace() {
        Features f = doc("Kari went to Bergen .", "Kari went to Bergen .");

        int[] first = features(f, 3);
        int[] second = features(f, 8);

        assertThat(first).isEqualTo(second);
        assertThat(Arrays.stream(first)).allSatisfy(b -> assertThat(b).isBetween(0, (1 << 16) - 1));
        assertThat(first.length).isLessThanOrEqualTo(Features.MAX);
    }

    @Test
    void curlyQuotesLookLikeStraightOnes() {
        Features curly = doc("Rutte\u2019s visit");
        Features straight = doc("Rutte's visit");

        assertThat(features(curly, 1)).isEqualTo(features(straight, 1));
    }

    @Test
    void headlineCaseAndGazetteerMatchChangeTheFeatures() {
        Features f = doc("Kari went to Bergen .", "KARI WENT TO BERGEN .", "Kari went to Bergan .");

        // Same word, upper case in a headline: the exact-form feature differs, the lower-case one is shared.
        assertThat(features(f, 3)).isNotEqualTo(features(f, 8));
        int[] city = features(f, 3);
        int[] unknown = features(f, 13);
        assertThat(Arrays.stream(city).filter(b -> Arrays.stream(unknown).noneMatch(u -> u == b)).count())
                .as("features of 'Bergen' (a listed place) not shared with 'Bergan'").isGreaterThan(5);
    }

    @Test
    void documentEvidenceReachesASentenceInitialWord() {
        // "Vik" is capitalised mid-sentence elsewhere in the first document only.
        Features withEvidence = doc("Vik won .", "They met Vik .");
        Features without = doc("Vik won .", "They met him .");

        assertThat(features(withEvidence, 0)).isNotEqualTo(features(without, 0));
    }

    @Test
    void secondPassFeaturesFollowTheFirstPassLabels() {
        List<List<Token>> sentences = List.of(TOKENIZER.tokenize("Vik won ."), TOKENIZER.tokenize("Vik lost ."));
        Features a = new Features(sentences, PLACES, 16);
        Features b = new Features(sentences, PLACES, 16);
        int per = Labels.of(io.wirestream.enrich.ner.EntityType.PERSON, 3);
        int org = Labels.of(io.wirestream.enrich.ner.EntityType.ORGANIZATION, 3);

        a.setPredictions(new int[] {per, 0, 0, per, 0, 0});
        b.setPredictions(new int[] {org, 0, 0, org, 0, 0});

        assertThat(features(a, 3)).isNotEqualTo(features(b, 3));
        int[] localA = new int[Features.MAX];
        int[] localB = new int[Features.MAX];
        assertThat(a.local(3, Features.START, Features.START, false, localA))
                .isEqualTo(b.local(3, Features.START, Features.START, false, localB));
        assertThat(localA).isEqualTo(localB);
    }
}
