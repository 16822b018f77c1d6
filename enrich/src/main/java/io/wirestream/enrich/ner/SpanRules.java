package io.wirestream.enrich.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of {@link LinkingNameFinder} that rewrite one sentence's names where the model's span is wrong for
 * a reason the words show: a title inside a name, a courtesy title before it, a city run into an organisation's
 * name with "in", a place name cut at its "and". They need the place gazetteer and nothing of the rest of the
 * document.
 *
 * <p>Immutable and thread-safe.
 */
final class SpanRules {

    private final PlaceGazetteer gazetteer;

    SpanRules(PlaceGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The sentence's spans after every rule, in order: titles, locatives, places joined at "and". */
    List<TokenSpan> apply(List<Token> tokens, List<TokenSpan> spans) {
        return joinPlaces(tokens, splitLocatives(tokens, splitTitles(tokens, spans)));
    }

    /**
     * A name that runs over a title into a person's name is split there: "US Secretary of Agriculture Dana Holm"
     * gives the LOCATION "US" (if the gazetteer lists it) and the PERSON "Dana Holm"; the title is no name.
     * A law cue followed by a number is one MISC name ("Article 12").
     */
    private List<TokenSpan> splitTitles(List<Token> tokens, List<TokenSpan> spans) {
        List<TokenSpan> out = new ArrayList<>(spans.size());
        for (int k = 0; k < spans.size(); k++) {
            TokenSpan span = spans.get(k);
            if (span.end() - span.start() >= 2 && courtesyTitled(tokens, span)) {
                // "Mr Obama" (British style, no period) is tagged as one name, often not a PERSON; the title is
                // no part of the name, and without it "Obama" joins "Barack Obama".
                out.add(new TokenSpan(EntityType.PERSON, span.start() + 1, span.end()));
                continue;
            }
            int title = -1;
            if (span.type() != EntityType.PERSON && span.end() - span.start() >= 3) {
                for (int i = span.end() - 2; i >= span.start(); i--) {
                    if (NameLexicon.TITLES.contains(lower(tokens.get(i).text()))) {
                        title = i;
                        break;
                    }
                }
            }
            if (title >= 0) {
                int person = title + 1;
                if (person + 1 < span.end() && tokens.get(person).text().equals("of")) {
                    person += 2; // "Secretary of Agriculture"
                }
                boolean names = person < span.end() && span.end() - person <= 3;
                for (int i = person; i < span.end() && names; i++) {
                    names = tokens.get(i).shape() == TokenShape.CAPITALIZED;
                }
                if (names) {
                    int prefixEnd = title;
                    while (prefixEnd > span.start()
                            && NameLexicon.TITLE_MODIFIERS.contains(lower(tokens.get(prefixEnd - 1).text()))) {
                        prefixEnd--;
                    }
                    if (prefixEnd > span.start() && gazetteer.exactMatch(tokens, span.start(), prefixEnd, false)
                            .filter(PlaceKind::isPlace).isPresent()) {
                        out.add(new TokenSpan(EntityType.LOCATION, span.start(), prefixEnd));
                    }
                    out.add(new TokenSpan(EntityType.PERSON, person, span.end()));
                    continue;
                }
            }
            if (span.end() - span.start() == 1 && span.end() < tokens.size()
                    && tokens.get(span.start()).shape() == TokenShape.CAPITALIZED
                    && NameLexicon.MISC_CUES.contains(lower(tokens.get(span.start()).text()))
                    && tokens.get(span.end()).shape() == TokenShape.NUMBER
                    && (k + 1 == spans.size() || spans.get(k + 1).start() > span.end())) {
                out.add(new TokenSpan(EntityType.MISC, span.start(), span.end() + 1));
                continue;
            }
            out.add(span);
        }
        return List.copyOf(out);
    }

    /**
     * An organisation or other name that runs on with "in" and a known city ("Institute for Humanities in
     * Vienna") is split there: the name without the locative, and the city as a LOCATION; without the split the
     * place is lost to linking and to "stories located in ..." searches. Only cities: "in" and a country or
     * region is far more often part of the name ("Organisation for Security and Cooperation in Europe",
     * "Interim Force in Lebanon", as CoNLL-2003 annotates them).
     */
    private List<TokenSpan> splitLocatives(List<Token> tokens, List<TokenSpan> spans) {
        List<TokenSpan> out = null;
        for (int k = 0; k < spans.size(); k++) {
            TokenSpan span = spans.get(k);
            int in = -1;
            if (span.type() == EntityType.ORGANIZATION || span.type() == EntityType.MISC) {
                for (int i = span.end() - 2; i > span.start(); i--) {
                    if (tokens.get(i).text().equals("in")) {
                        in = i;
                        break;
                    }
                }
            }
            boolean place = in > 0 && gazetteer.exactMatch(tokens, in + 1, span.end(), false)
                    .filter(kind -> kind == PlaceKind.CITY || kind == PlaceKind.CAPITAL).isPresent();
            if (!place) {
                if (out != null) {
                    out.add(span);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(spans.subList(0, k));
            }
            out.add(new TokenSpan(span.type(), span.start(), in));
            out.add(new TokenSpan(EntityType.LOCATION, in + 1, span.end()));
        }
        return out == null ? spans : List.copyOf(out);
    }

    /** Whether the span is a courtesy title and one to three capitalised words ("Mr Obama", "Dr. Ana Ruiz"). */
    private static boolean courtesyTitled(List<Token> tokens, TokenSpan span) {
        if (!NameLexicon.COURTESY_TITLES.contains(lower(tokens.get(span.start()).text())) || span.end() - span.start() > 4) {
            return false;
        }
        for (int i = span.start() + 1; i < span.end(); i++) {
            if (!tokens.get(i).shape().isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A place name with "and" in it that the model cut in two ("Bosnia" and "Herzegovina", "Trinidad" and
     * "Tobago", or "Bosnia" with "Herzegovina" left untagged) is one LOCATION when the gazetteer lists the whole
     * ("Bosnia and Herzegovina"); otherwise the linker would find two places, or one and a stray name.
     */
    private List<TokenSpan> joinPlaces(List<Token> tokens, List<TokenSpan> spans) {
        List<TokenSpan> out = null;
        for (int k = 0; k < spans.size(); k++) {
            TokenSpan span = spans.get(k);
            int end = -1;
            int connector = span.end();
            if (span.type() == EntityType.LOCATION && connector + 1 < tokens.size()
                    && (tokens.get(connector).text().equals("and") || tokens.get(connector).text().equals("&"))) {
                for (int e = Math.min(tokens.size(), connector + 4); e > connector + 1 && end < 0; e--) {
                    if (gazetteer.exactMatch(tokens, span.start(), e, false).filter(PlaceKind::isPlace).isPresent()) {
                        end = e;
                    }
                }
            }
            // Only when what follows is untagged or spans no further than the whole name.
            int next = k + 1;
            while (end >= 0 && next < spans.size() && spans.get(next).start() < end) {
                if (spans.get(next).end() > end) {
                    end = -1;
                }
                next++;
            }
            if (end < 0) {
                if (out != null) {
                    out.add(span);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(spans.subList(0, k));
            }
            out.add(new TokenSpan(EntityType.LOCATION, span.start(), end));
            k = next - 1;
        }
        return out == null ? spans : List.copyOf(out);
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }
}
