package io.wirestream.enrich.ner.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrich.ner.EntityType;
import io.wirestream.enrich.ner.TokenNameFinder;
import io.wirestream.enrich.ner.TokenSpan;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerEvaluationTest {

    /** Invented sentences in CoNLL-2003 layout; two adjacent LOC names need a B- tag. */
    private static final String DATA = """
            -DOCSTART- -X- O O

            Marta NNP I-NP I-PER
            Kvist NNP I-NP I-PER
            visited VBD I-VP O
            Bergen NNP I-NP I-LOC
            Norway NNP I-NP B-LOC
            . . O O

            Norwegian JJ I-NP I-MISC
            NORFISH NNP I-NP I-ORG
            rose VBD I-VP O

            -DOCSTART- -X- O O

            Oslo NNP I-NP I-LOC
            won VBD I-VP O

            """;

    /**
     * Right on "Marta Kvist", "Bergen", "Norway" and "Norwegian", wrong type on "NORFISH", misses "Oslo"; records
     * the documents it is given.
     */
    private static final class Stub implements TokenNameFinder {
        final List<Integer> documentSizes = new ArrayList<>();

        @Override
        public List<List<TokenSpan>> find(List<List<io.wirestream.enrich.ner.Token>> sentences) {
            documentSizes.add(sentences.size());
            if (sentences.size() == 1) {
                return List.of(List.of());
            }
            return List.of(
                    List.of(new TokenSpan(EntityType.PERSON, 0, 2), new TokenSpan(EntityType.LOCATION, 3, 4),
                            new TokenSpan(EntityType.LOCATION, 4, 5)),
                    List.of(new TokenSpan(EntityType.MISC, 0, 1), new TokenSpan(EntityType.PERSON, 1, 2)));
        }
    }

    @Test
    void scoresExactSpansPerTypeInDocumentMode() throws IOException {
        Stub stub = new Stub();

        ConllEvaluator.Report report = new NerEvaluation(stub).evaluate(new StringReader(DATA), null);

        assertThat(stub.documentSizes).containsExactly(2, 1);
        assertThat(report.of(EntityType.PERSON)).isEqualTo(new ConllEvaluator.Scores(1, 1, 0));
        assertThat(report.of(EntityType.LOCATION)).isEqualTo(new ConllEvaluator.Scores(2, 0, 1));
        assertThat(report.of(EntityType.ORGANIZATION)).isEqualTo(new ConllEvaluator.Scores(0, 0, 1));
        assertThat(report.of(EntityType.MISC)).isEqualTo(new ConllEvaluator.Scores(1, 0, 0));
        assertThat(report.overall()).isEqualTo(new ConllEvaluator.Scores(4, 1, 2));
    }

    @Test
    void formatsOneLinePerTypeAndOverallEachEndingWithF1() throws IOException {
        ConllEvaluator.Report report = new NerEvaluation(new Stub()).evaluate(new StringReader(DATA), null);

        List<String> lines = NerEvaluation.format(report).lines().toList();

        assertThat(lines).extracting(l -> l.split("\\s+")[0]).containsExactly("PER", "ORG", "LOC", "MISC", "overall");
        assertThat(lines.get(4)).endsWith("F1 " + String.format(java.util.Locale.ROOT, "%.4f",
                2 * (4 / 5.0) * (4 / 6.0) / (4 / 5.0 + 4 / 6.0)));
        assertThat(lines.get(1)).endsWith("F1 0.0000");
    }

    @Test
    void writesTheInputWithThePredictedIob1TagAppended() throws IOException {
        StringWriter out = new StringWriter();

        new NerEvaluation(new Stub()).evaluate(new StringReader(DATA), out);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize((int) DATA.lines().count());
        assertThat(lines).contains("-DOCSTART- -X- O O", "Marta NNP I-NP I-PER I-PER", "Bergen NNP I-NP I-LOC I-LOC",
                "Norway NNP I-NP B-LOC B-LOC", ". . O O O", "NORFISH NNP I-NP I-ORG I-PER", "Oslo NNP I-NP I-LOC O");
    }
}
