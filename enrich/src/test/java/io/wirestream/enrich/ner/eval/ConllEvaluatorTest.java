package io.wirestream.enrich.ner.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.enrich.ner.EntityMention;
import io.wirestream.enrich.ner.EntityTagger;
import io.wirestream.enrich.ner.EntityType;
import io.wirestream.enrich.ner.eval.ConllEvaluator.Span;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllEvaluatorTest {

    /** Invented sentences in CoNLL-2003 layout. */
    private static final String DATA = """
            -DOCSTART- -X- O O

            Marta NNP I-NP I-PER
            Kvist NNP I-NP I-PER
            visited VBD I-VP O
            Bergen NNP I-NP I-LOC
            Norway NNP I-NP B-LOC
            with IN I-PP O
            NORFISH NNP I-NP I-ORG
            . . O O

            Kvist NNP I-NP I-PER
            liked VBD I-VP O
            Norwegian JJ I-NP I-MISC
            food NN I-NP O
            . . O O

            -DOCSTART- -X- O O

            Oslo NNP I-NP I-LOC
            won VBD I-VP O
            . . O O

            """;

    @Test
    void decodesIob1IncludingBTagsBetweenAdjacentEntities() {
        List<Span> spans = ConllEvaluator.spans(List.of("I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-MISC", "I-ORG"));

        assertThat(spans).containsExactly(new Span(EntityType.PERSON, 0, 2), new Span(EntityType.LOCATION, 3, 4),
                new Span(EntityType.LOCATION, 4, 5), new Span(EntityType.MISC, 5, 6),
                new Span(EntityType.ORGANIZATION, 6, 7));
    }

    @Test
    void readsDocumentsAndSentences() throws IOException {
        List<ConllEvaluator.Document> docs = ConllEvaluator.read(new StringReader(DATA));

        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).sentences()).hasSize(2);
        assertThat(docs.get(0).sentences().get(0).tokens()).startsWith("Marta", "Kvist");
        assertThat(docs.get(1).sentences().get(0).tags()).containsExactly("I-LOC", "O", "O");
    }

    @Test
    void rejectsALineWithoutATagNamingTheLine() {
        assertThatThrownBy(() -> ConllEvaluator.read(new StringReader("Oslo NNP I-NP I-LOC\nbroken\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("line 2");
    }

    @Test
    void scoresExactSpanMatchesPerType() throws IOException {
        List<ConllEvaluator.Document> docs = ConllEvaluator.read(new StringReader(DATA));
        List<String> seen = new ArrayList<>();
        // A stub tagger: right on "Marta Kvist" and "Bergen"; wrong type on "NORFISH"; "Kvist" missed;
        // "Norway" predicted off token boundaries ("Norwa"); "Oslo" right.
        EntityTagger stub = text -> {
            seen.add(text);
            List<EntityMention> out = new ArrayList<>();
            add(out, text, "Marta Kvist", EntityType.PERSON);
            add(out, text, "Bergen", EntityType.LOCATION);
            add(out, text, "Norwa", EntityType.LOCATION);
            add(out, text, "NORFISH", EntityType.LOCATION);
            add(out, text, "Oslo", EntityType.LOCATION);
            return out;
        };

        ConllEvaluator.Report report = new ConllEvaluator(ConllEvaluator.Mode.DOCUMENT).evaluate(stub, docs);

        assertThat(seen).first().isEqualTo(
                "Marta Kvist visited Bergen Norway with NORFISH .\n\nKvist liked Norwegian food .");
        assertThat(report.of(EntityType.PERSON)).isEqualTo(new ConllEvaluator.Scores(1, 0, 1));
        assertThat(report.of(EntityType.LOCATION)).isEqualTo(new ConllEvaluator.Scores(2, 2, 1));
        assertThat(report.of(EntityType.ORGANIZATION)).isEqualTo(new ConllEvaluator.Scores(0, 0, 1));
        assertThat(report.of(EntityType.LOCATION).f1()).isEqualTo(2 * (0.5 * 2.0 / 3) / (0.5 + 2.0 / 3));
    }

    @Test
    void sentenceModeTagsEachSentenceOnItsOwn() throws IOException {
        List<ConllEvaluator.Document> docs = ConllEvaluator.read(new StringReader(DATA));
        List<String> seen = new ArrayList<>();

        new ConllEvaluator(ConllEvaluator.Mode.SENTENCE).evaluate(text -> {
            seen.add(text);
            return List.of();
        }, docs);

        assertThat(seen).containsExactly("Marta Kvist visited Bergen Norway with NORFISH .",
                "Kvist liked Norwegian food .", "Oslo won .");
    }

    private static void add(List<EntityMention> out, String text, String name, EntityType type) {
        int at = text.indexOf(name);
        if (at >= 0) {
            out.add(new EntityMention(type, at, at + name.length(), name));
        }
    }
}
