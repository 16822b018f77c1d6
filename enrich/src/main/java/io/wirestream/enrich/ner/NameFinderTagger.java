package io.wirestream.enrich.ner;

import io.wirestream.enrich.meta.SentenceSplitter;
import io.wirestream.enrich.meta.SentenceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Adapts a {@link TokenNameFinder} to the text-level {@link EntityTagger}: splits the text into sentences,
 * tokenizes each, runs the finder over the whole document and maps token spans back to character offsets.
 *
 * <p>Thread-safe if its parts are (the bundled ones are).
 */
public final class NameFinderTagger implements EntityTagger {

    private final Tokenizer tokenizer;
    private final SentenceSplitter sentenceSplitter;
    private final TokenNameFinder finder;

    /**
     * @param tokenizer        tokenizer, not null
     * @param sentenceSplitter sentence splitter, not null
     * @param finder           the name finder, not null
     */
    public NameFinderTagger(Tokenizer tokenizer, SentenceSplitter sentenceSplitter, TokenNameFinder finder) {
        this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
        this.sentenceSplitter = Objects.requireNonNull(sentenceSplitter, "sentenceSplitter");
        this.finder = Objects.requireNonNull(finder, "finder");
    }

    @Override
    public List<EntityMention> tag(String text) {
        Objects.requireNonNull(text, "text");
        List<List<Token>> sentences = new ArrayList<>();
        for (SentenceSpan span : sentenceSplitter.split(text)) {
            sentences.add(tokenizer.tokenize(text, span.start(), span.end()));
        }
        List<List<TokenSpan>> found = finder.find(sentences);
        if (found.size() != sentences.size()) {
            throw new IllegalStateException("finder returned " + found.size() + " sentences for " + sentences.size());
        }
        List<EntityMention> mentions = new ArrayList<>();
        int lastEnd = 0;
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            for (TokenSpan span : found.get(s)) {
                int start = tokens.get(span.start()).start();
                int end = trimFullStop(text, start, tokens.get(span.end() - 1).end());
                if (start < lastEnd) {
                    continue; // the contract says no overlaps; keep the first
                }
                mentions.add(new EntityMention(span.type(), start, end, text.substring(start, end)));
                lastEnd = end;
            }
        }
        return List.copyOf(mentions);
    }

    /** Abbreviations of a name's last word that keep their period ("Acme Corp."). */
    private static final java.util.Set<String> NAME_ABBREVIATIONS = java.util.Set.of("corp", "bros", "assn", "dept",
            "univ", "govt", "intl", "mfg");

    /**
     * The end of a name without a sentence's full stop that stuck to its last word ("Zacks Investment Research."
     * where the splitter kept the sentence going): a word of three or more lower-case letters before the period is
     * no abbreviation ("Co.", "Inc.", "U.S." and initials keep theirs).
     */
    static int trimFullStop(String text, int start, int end) {
        if (end - start < 2 || text.charAt(end - 1) != '.') {
            return end;
        }
        int k = end - 1;
        int lower = 0;
        while (k > start && Character.isLetter(text.charAt(k - 1))) {
            k--;
            if (Character.isLowerCase(text.charAt(k))) {
                lower++;
            }
        }
        String word = text.substring(k, end - 1).toLowerCase(java.util.Locale.ROOT);
        return lower >= 3 && !NAME_ABBREVIATIONS.contains(word) ? end - 1 : end;
    }
}
