package io.wirestream.enrich.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private static final String ENGLISH = "The harbour authority said on Tuesday that the new ferry line would start "
            + "in the spring, once the last safety checks on the two ships have been completed.";
    private static final String GERMAN = "Die Hafenbehörde teilte am Dienstag mit, dass die neue Fährlinie im "
            + "Frühjahr starten soll, sobald die letzten Sicherheitsprüfungen an beiden Schiffen abgeschlossen sind.";
    private static final String FRENCH = "L'autorité portuaire a annoncé mardi que la nouvelle ligne de ferry "
            + "démarrerait au printemps, une fois terminés les derniers contrôles de sécurité sur les deux navires.";

    private static LanguageIdentifier identifier;

    @BeforeAll
    static void buildOnce() {
        identifier = new LanguageIdentifier();
    }

    @Test
    void identifiesEnglishGermanAndFrenchParagraphs() {
        assertThat(identifier.identify(ENGLISH)).get().satisfies(l -> {
            assertThat(l.code()).isEqualTo("en");
            assertThat(l.confidence()).isGreaterThan(0.9);
        });
        assertThat(identifier.identify(GERMAN)).get().extracting(DetectedLanguage::code).isEqualTo("de");
        assertThat(identifier.identify(FRENCH)).get().extracting(DetectedLanguage::code).isEqualTo("fr");
    }

    @Test
    void isUndecidedForTwoWordsBlankOrNullText() {
        assertThat(identifier.identify("Harbour reopens")).isEmpty();
        assertThat(identifier.identify("   ")).isEmpty();
        assertThat(identifier.identify(null)).isEmpty();
    }

    @Test
    void givesTheSameAnswersFromManyThreadsAtOnce() throws Exception {
        List<String> texts = List.of(ENGLISH, GERMAN, FRENCH);
        List<Optional<DetectedLanguage>> expected = texts.stream().map(identifier::identify).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int k = i % texts.size();
                results.add(pool.submit(() -> identifier.identify(texts.get(k)).equals(expected.get(k))));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
