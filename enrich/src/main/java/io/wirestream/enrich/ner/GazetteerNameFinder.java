package io.wirestream.enrich.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A language-independent {@link TokenNameFinder}: capitalised token sequences the {@link PlaceGazetteer} lists as a
 * place (not a demonym) are LOCATIONs, longest match first, except one-token initials ("UK"); nothing else is
 * tagged. Used where no trained model
 * fits the text's language: place names are spelled alike across most Latin-script languages, while capitalisation
 * and context cues for people and organisations are not ("TT" in a Swedish story is a news agency).
 *
 * <p>Immutable and thread-safe.
 */
public final class GazetteerNameFinder implements TokenNameFinder {

    private final PlaceGazetteer gazetteer;

    /**
     * @param gazetteer the places, not null
     */
    public GazetteerNameFinder(PlaceGazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    @Override
    public List<List<TokenSpan>> find(List<List<Token>> sentences) {
        List<List<TokenSpan>> out = new ArrayList<>(sentences.size());
        for (List<Token> tokens : sentences) {
            List<TokenSpan> spans = new ArrayList<>();
            for (int i = 0; i < tokens.size(); ) {
                Optional<PlaceGazetteer.Match> m = tokens.get(i).shape().isCapitalized()
                        ? gazetteer.longestMatch(tokens, i, tokens.size(), false) : Optional.empty();
                // Initials ("UK", "TT") are place names only in English copy; elsewhere they are often agencies.
                boolean initials = m.isPresent() && m.get().end() - i == 1
                        && tokens.get(i).shape() == TokenShape.ALL_CAPS;
                if (m.isPresent() && m.get().kind().isPlace() && !initials) {
                    spans.add(new TokenSpan(EntityType.LOCATION, i, m.get().end()));
                    i = m.get().end();
                } else {
                    i += m.map(x -> x.end() - x.start()).orElse(1);
                }
            }
            out.add(List.copyOf(spans));
        }
        return List.copyOf(out);
    }
}
