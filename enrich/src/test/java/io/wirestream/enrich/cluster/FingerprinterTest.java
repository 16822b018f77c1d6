package io.wirestream.enrich.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.EnrichedArticle;
import org.junit.jupiter.api.Test;

class FingerprinterTest {

    private final Fingerprinter fingerprinter = new Fingerprinter();

    private Fingerprint of(EnrichedArticle story) {
        return fingerprinter.fingerprint(story).orElseThrow();
    }

    @Test
    void aRewordedResendIsANearDuplicateOfTheOriginal() {
        double similarity = fingerprinter.nearDuplicateSimilarity(of(ClusterStories.quakeAdriatic()),
                of(ClusterStories.quakeAdriaticResent()));
        assertThat(similarity).isGreaterThanOrEqualTo(0.5).isLessThan(1.0);
    }

    @Test
    void anotherAgencysCopyOfTheEventIsNoNearDuplicateButTheSameEvent() {
        Fingerprint adriatic = of(ClusterStories.quakeAdriatic());
        Fingerprint balkan = of(ClusterStories.quakeBalkan());
        assertThat(fingerprinter.nearDuplicateSimilarity(adriatic, balkan)).isLessThan(0.2);
        assertThat(fingerprinter.eventSimilarity(adriatic, balkan))
                .isGreaterThanOrEqualTo(ClusterPolicy.DEFAULT_EVENT_THRESHOLD);
    }

    @Test
    void aStoryFromTheSamePlaceAboutAnotherEventIsNotTheSameEvent() {
        Fingerprint fair = of(ClusterStories.fairElbasan());
        for (EnrichedArticle quake : new EnrichedArticle[] {ClusterStories.quakeAdriatic(), ClusterStories.quakeBalkan()}) {
            Fingerprint q = of(quake);
            assertThat(fingerprinter.eventSimilarity(fair, q)).isLessThan(ClusterPolicy.DEFAULT_EVENT_THRESHOLD);
            assertThat(fingerprinter.nearDuplicateSimilarity(fair, q)).isLessThan(0.2);
        }
    }

    @Test
    void anUnrelatedStoryIsNeitherNearDuplicateNorSameEvent() {
        Fingerprint ferry = of(ClusterStories.ferrySplit());
        Fingerprint quake = of(ClusterStories.quakeAdriatic());
        assertThat(fingerprinter.nearDuplicateSimilarity(ferry, quake)).isLessThan(0.1);
        assertThat(fingerprinter.eventSimilarity(ferry, quake)).isLessThan(0.1);
    }

    @Test
    void aBodyWithoutWordsHasNoFingerprint() {
        EnrichedArticle blank = ClusterStories.enriched("x:blank", "Test", "Killed", java.util.List.of(" "));
        assertThat(fingerprinter.fingerprint(blank)).isEmpty();
    }

    @Test
    void theSameStoryHasTheSameFingerprintAndSimilarityOne() {
        Fingerprint a = of(ClusterStories.quakeBalkan());
        Fingerprint b = of(ClusterStories.quakeBalkan());
        assertThat(a).isEqualTo(b);
        assertThat(fingerprinter.nearDuplicateSimilarity(a, b)).isEqualTo(1.0);
        assertThat(fingerprinter.eventSimilarity(a, b)).isEqualTo(1.0);
    }
}
