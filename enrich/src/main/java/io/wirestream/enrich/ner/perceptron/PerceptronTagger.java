package io.wirestream.enrich.ner.perceptron;

import io.wirestream.enrich.meta.SentenceSplitter;
import io.wirestream.enrich.ner.EntityMention;
import io.wirestream.enrich.ner.EntityTagger;
import io.wirestream.enrich.ner.LinkingNameFinder;
import io.wirestream.enrich.ner.NameFinderTagger;
import io.wirestream.enrich.ner.PlaceGazetteer;
import io.wirestream.enrich.ner.Tokenizer;
import java.util.List;

/**
 * The trained English {@link EntityTagger}: {@link Tokenizer}, {@link SentenceSplitter}, the
 * {@link PerceptronNameFinder} and the rule tagger's acronym joining and surname linking
 * ({@link LinkingNameFinder}). Tags PERSON, ORGANIZATION, LOCATION and MISC.
 *
 * <p>Immutable and thread-safe; construct once (the shipped model loads in well under a second and takes about
 * 150 MB of heap as two float tables).
 */
public final class PerceptronTagger implements EntityTagger {

    private final EntityTagger delegate;

    /** The shipped model over the bundled gazetteer. */
    public PerceptronTagger() {
        this(PerceptronModel.bundled(), PlaceGazetteer.bundled());
    }

    /**
     * @param model     the model, not null
     * @param gazetteer the gazetteer it was trained with, not null
     */
    public PerceptronTagger(PerceptronModel model, PlaceGazetteer gazetteer) {
        this.delegate = new NameFinderTagger(new Tokenizer(), new SentenceSplitter(),
                new LinkingNameFinder(new PerceptronNameFinder(model, gazetteer), gazetteer));
    }

    @Override
    public List<EntityMention> tag(String text) {
        return delegate.tag(text);
    }
}
