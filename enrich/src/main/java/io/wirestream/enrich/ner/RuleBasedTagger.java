package io.wirestream.enrich.ner;

import io.wirestream.enrich.meta.SentenceSplitter;
import java.util.List;

/**
 * The rule-based {@link EntityTagger}: {@link Tokenizer}, {@link SentenceSplitter} and a
 * {@link RuleBasedNameFinder} over a {@link PlaceGazetteer}. See {@link RuleBasedNameFinder} for the rules.
 *
 * <p>Immutable and thread-safe; construct once (the bundled gazetteer is loaded on first use, about 10,000 names).
 */
public final class RuleBasedTagger implements EntityTagger {

    private final EntityTagger delegate;

    /** A tagger over the bundled gazetteer. */
    public RuleBasedTagger() {
        this(PlaceGazetteer.bundled());
    }

    /**
     * @param gazetteer the places to use, not null
     */
    public RuleBasedTagger(PlaceGazetteer gazetteer) {
        this.delegate = new NameFinderTagger(new Tokenizer(), new SentenceSplitter(), new RuleBasedNameFinder(gazetteer));
    }

    @Override
    public List<EntityMention> tag(String text) {
        return delegate.tag(text);
    }
}
