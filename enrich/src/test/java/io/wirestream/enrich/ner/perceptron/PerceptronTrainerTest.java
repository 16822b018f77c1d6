package io.wirestream.enrich.ner.perceptron;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrich.ner.EntityType;
import io.wirestream.enrich.ner.PlaceGazetteer;
import io.wirestream.enrich.ner.PlaceKind;
import io.wirestream.enrich.ner.Token;
import io.wirestream.enrich.ner.TokenSpan;
import io.wirestream.enrich.ner.Tokenizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trains tiny models on an invented toy language: "Mr. X" is a person, "X Corp" an organisation. */
class PerceptronTrainerTest {

    private static final PlaceGazetteer PLACES = PlaceGazetteer.of(Map.of("Oslo", PlaceKind.CAPITAL));
    private static final Tokenizer TOKENIZER = new Tokenizer();
    private static final String[] NAMES = {"Alda", "Borin", "Cato", "Dunne", "Eske", "Farlo", "Gesse", "Hamar"};

    private static PerceptronTrainer.Document doc(int seed) {
        String a = NAMES[seed % NAMES.length];
        String b = NAMES[(seed * 3 + 1) % NAMES.length];
        List<List<Token>> sentences = List.of(
                TOKENIZER.tokenize("Mr. " + a + " met staff of " + b + " Corp in Oslo ."),
                TOKENIZER.tokenize("Later " + a + " left ."));
        List<List<TokenSpan>> names = List.of(
                List.of(new TokenSpan(EntityType.PERSON, 1, 2), new TokenSpan(EntityType.ORGANIZATION, 5, 7),
                        new TokenSpan(EntityType.LOCATION, 8, 9)),
                List.of(new TokenSpan(EntityType.PERSON, 1, 2)));
        return new PerceptronTrainer.Document(sentences, names);
    }

    private static PerceptronModel train() {
        List<PerceptronTrainer.Document> docs = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            docs.add(doc(i));
        }
        return new PerceptronTrainer(PLACES, new PerceptronTrainer.Options(5, 7L, 14)).train(docs, line -> { });
    }

    @Test
    void learnsTheToyPatternForUnseenNames() {
        PerceptronNameFinder finder = new PerceptronNameFinder(train(), PLACES);

        List<List<TokenSpan>> found = finder.find(List.of(
                TOKENIZER.tokenize("Mr. Ivor met staff of Jalt Corp in Oslo ."),
                TOKENIZER.tokenize("Later Ivor left .")));

        assertThat(found.get(0)).containsExactly(new TokenSpan(EntityType.PERSON, 1, 2),
                new TokenSpan(EntityType.ORGANIZATION, 5, 7), new TokenSpan(EntityType.LOCATION, 8, 9));
        assertThat(found.get(1)).containsExactly(new TokenSpan(EntityType.PERSON, 1, 2));
    }

    @Test
    void trainingIsDeterministicForAFixedSeed() throws IOException {
        assertThat(bytes(train())).isEqualTo(bytes(train()));
    }

    @Test
    void aSavedAndLoadedModelPredictsTheSame() throws IOException {
        PerceptronModel model = train();
        PerceptronModel loaded = PerceptronModel.read(new ByteArrayInputStream(bytes(model)));
        List<List<Token>> text = List.of(TOKENIZER.tokenize("Mr. Kest and Mr. Lomm visited Nyve Corp ."),
                TOKENIZER.tokenize("Kest left Oslo ."));

        int[] before = new PerceptronNameFinder(model, PLACES).label(text);
        int[] after = new PerceptronNameFinder(loaded, PLACES).label(text);

        assertThat(after).isEqualTo(before);
        assertThat(loaded.hashBits()).isEqualTo(14);
    }

    @Test
    void refusesDataThatIsNotAModel() {
        byte[] junk = new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PerceptronModel.read(new ByteArrayInputStream(junk)))
                .isInstanceOf(IOException.class);
    }

    private static byte[] bytes(PerceptronModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        return out.toByteArray();
    }
}
