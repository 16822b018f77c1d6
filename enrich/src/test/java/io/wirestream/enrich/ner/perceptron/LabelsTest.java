package io.wirestream.enrich.ner.perceptron;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrich.ner.EntityType;
import io.wirestream.enrich.ner.TokenSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void encodesBilouAndDecodesBackTheSameSpans() {
        List<TokenSpan> spans = List.of(new TokenSpan(EntityType.PERSON, 0, 3), new TokenSpan(EntityType.LOCATION, 3, 4),
                new TokenSpan(EntityType.MISC, 5, 7));

        int[] labels = Labels.encode(spans, 8);

        assertThat(java.util.Arrays.stream(labels).mapToObj(Labels::name)).containsExactly("B-PERSON", "I-PERSON", "L-PERSON", "U-LOCATION",
                "O", "B-MISC", "L-MISC", "O");
        assertThat(Labels.decode(labels, 0, 8)).isEqualTo(spans);
    }

    @Test
    void decodesLenientlyWhenANameIsLeftOpenOrStartsInside() {
        int[] labels = {Labels.O, Labels.of(EntityType.ORGANIZATION, 1), Labels.of(EntityType.ORGANIZATION, 2),
                Labels.of(EntityType.PERSON, 0)};

        assertThat(Labels.decode(labels, 0, 4)).containsExactly(new TokenSpan(EntityType.ORGANIZATION, 1, 3),
                new TokenSpan(EntityType.PERSON, 3, 4));
    }

    @Test
    void decodesARangeWithIndexesRelativeToItsStart() {
        int[] labels = {Labels.of(EntityType.LOCATION, 3), Labels.O, Labels.of(EntityType.LOCATION, 3)};

        assertThat(Labels.decode(labels, 1, 3)).containsExactly(new TokenSpan(EntityType.LOCATION, 1, 2));
    }

    @Test
    void allowsOnlyWellFormedTransitions() {
        int bPer = Labels.of(EntityType.PERSON, 0);
        int lPer = Labels.of(EntityType.PERSON, 2);
        int iOrg = Labels.of(EntityType.ORGANIZATION, 1);
        int uLoc = Labels.of(EntityType.LOCATION, 3);

        assertThat(Labels.allowed(-1, bPer)).isTrue();
        assertThat(Labels.allowed(-1, lPer)).isFalse();
        assertThat(Labels.allowed(bPer, lPer)).isTrue();
        assertThat(Labels.allowed(bPer, iOrg)).isFalse();
        assertThat(Labels.allowed(bPer, Labels.O)).isFalse();
        assertThat(Labels.allowed(lPer, uLoc)).isTrue();
        assertThat(Labels.allowedLast(bPer)).isFalse();
        assertThat(Labels.allowedLast(uLoc)).isTrue();
    }
}
