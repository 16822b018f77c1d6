package io.wirestream.enrich.ner.perceptron;

import io.wirestream.enrich.ner.PlaceGazetteer;
import io.wirestream.enrich.ner.Token;
import io.wirestream.enrich.ner.TokenNameFinder;
import io.wirestream.enrich.ner.TokenSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The trained {@link TokenNameFinder}: an averaged perceptron over hashed features ({@link Features}), decoded
 * greedily over BILOU labels ({@link Decoder}), in two passes over the document. The first pass uses local
 * features only; the second adds what the first pass found elsewhere in the same story (Ratinov &amp; Roth 2009),
 * so a name the story spells out early informs its later, harder mentions.
 *
 * <p>Thread-safe: the model is immutable and each call works on its own buffers.
 */
public final class PerceptronNameFinder implements TokenNameFinder {

    private final PerceptronModel model;
    private final PlaceGazetteer gazetteer;

    /** The shipped English model over the bundled gazetteer. */
    public PerceptronNameFinder() {
        this(PerceptronModel.bundled(), PlaceGazetteer.bundled());
    }

    /**
     * @param model     the weights, not null
     * @param gazetteer the places the model was trained with, not null
     */
    public PerceptronNameFinder(PerceptronModel model, PlaceGazetteer gazetteer) {
        this.model = Objects.requireNonNull(model, "model");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    @Override
    public List<List<TokenSpan>> find(List<List<Token>> sentences) {
        int[] labels = label(sentences);
        List<List<TokenSpan>> out = new ArrayList<>(sentences.size());
        int at = 0;
        for (List<Token> s : sentences) {
            out.add(Labels.decode(labels, at, at + s.size()));
            at += s.size();
        }
        return out;
    }

    /** The final (second-pass) label of every token of the document, sentences concatenated. */
    int[] label(List<List<Token>> sentences) {
        Features doc = new Features(sentences, gazetteer, model.hashBits());
        Decoder decoder = new Decoder();
        int[] first = decoder.decode(doc, model.local(), false);
        doc.setPredictions(first);
        return decoder.decodeSecond(doc, model.global(), first);
    }
}
