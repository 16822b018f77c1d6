package io.wirestream.enrich.ner.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wirestream.enrich.SharedFiles;
import io.wirestream.enrich.ner.EntityType;
import io.wirestream.enrich.ner.RuleBasedTagger;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Scores the rule-based tagger on CoNLL-2003 eng.testa (development set) from the workspace's {@code shared/ner}
 * when present; skipped otherwise. The data is research-only Reuters text and is never copied into the repository.
 * Floors sit a few points under the measured scores (PERSON 0.843, LOCATION 0.827, ORGANIZATION 0.322 when
 * written), so a regression fails and small rule changes do not. The rules were tuned by looking at errors on
 * eng.train only; testa is for measuring.
 */
class ConllDevSetEvaluationTest {

    @Test
    void ruleBasedTaggerStaysAboveItsMeasuredF1OnTesta() throws IOException {
        Optional<Path> testa = SharedFiles.find("ner/eng.testa");
        assumeTrue(testa.isPresent(), "shared/ner/eng.testa not present");
        List<ConllEvaluator.Document> docs;
        try (Reader in = Files.newBufferedReader(testa.get(), StandardCharsets.US_ASCII)) {
            docs = ConllEvaluator.read(in);
        }

        ConllEvaluator.Report report = new ConllEvaluator(ConllEvaluator.Mode.DOCUMENT)
                .evaluate(new RuleBasedTagger(), docs);
        System.out.println("CoNLL-2003 eng.testa, rule-based tagger, document mode:\n" + report);

        assertThat(report.of(EntityType.PERSON).f1()).as("PERSON F1").isGreaterThan(0.80);
        assertThat(report.of(EntityType.LOCATION).f1()).as("LOCATION F1").isGreaterThan(0.79);
        assertThat(report.of(EntityType.ORGANIZATION).f1()).as("ORGANIZATION F1").isGreaterThan(0.28);
    }
}
