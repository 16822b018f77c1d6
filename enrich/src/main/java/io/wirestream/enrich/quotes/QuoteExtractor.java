package io.wirestream.enrich.quotes;

import io.wirestream.enrich.ner.TaggedEntity;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in cleaned text and who said them.
 *
 * <ul>
 *   <li>Direct: text between straight ({@code "}) or curly ({@code “ ” „ « »}) double quotation marks within a
 *       paragraph, of two words or more. The speaker is the person (else organisation) named with a speech verb
 *       in the rest of the sentence after the quote ({@code "...," Rutte said}) or in the clause before it that
 *       ends with a colon or comma ({@code Rutte said: "..."}); "he said" / "she said" is the last person named
 *       before the quote.</li>
 *   <li>Split: {@code "...," Rutte said, "..."}: the second part joins the first.</li>
 *   <li>Reported: {@code X said that ...} outside quotation marks, with X a tagged person or organisation (or a
 *       pronoun for the last person named) in the same sentence before the verb.</li>
 * </ul>
 * The speaker is the entity's name, so a short mention resolves to the full name.
 *
 * <p>Immutable and thread-safe.
 */
public final class QuoteExtractor {

    private static final int WINDOW = 120;

    /** Creates an extractor. */
    public QuoteExtractor() {
    }

    /**
     * @param body     the cleaned text, not null
     * @param entities the text's entities; {@code speakerEntity} indexes this list; not null
     * @return the quotes in text order; never null
     */
    public List<QuoteMention> extract(String body, List<TaggedEntity> entities) {
        Speakers speakers = new Speakers(entities);
        List<int[]> spans = spans(body);
        List<QuoteMention> out = new ArrayList<>();
        for (int q = 0; q < spans.size(); q++) {
            int[] span = spans.get(q);
            if (body.indexOf(' ', span[0]) < 0 || body.indexOf(' ', span[0]) >= span[1]) {
                continue; // one word in marks is a term, not a quote
            }
            int after = sentenceEnd(body, span[3]);
            int nextOpen = q + 1 < spans.size() ? spans.get(q + 1)[2] : Integer.MAX_VALUE;
            int windowEnd = Math.min(Math.min(after, nextOpen), span[3] + WINDOW);
            int speaker = -1;
            int verb = Speakers.speechVerb(body, span[3], windowEnd);
            if (verb >= 0) {
                // Whoever is told comes after "told" ("he told Bild newspaper") and is not the speaker.
                boolean told = body.regionMatches(true, verb, "told ", 0, 5);
                speaker = speakers.within(span[3], told ? verb : windowEnd, verb);
                if (speaker < 0 && Speakers.pronoun(body, span[3], windowEnd)) {
                    speaker = speakers.lastPersonBefore(span[2]);
                } else if (speaker >= 0 && !speakers.isPerson(speaker) && Speakers.pronoun(body, span[3], verb)) {
                    // "he said" before the verb names a person; an organisation elsewhere in the window is not him
                    int person = speakers.lastPersonBefore(span[2]);
                    speaker = person >= 0 ? person : speaker;
                }
            }
            StringBuilder text = new StringBuilder().append(body, span[0], span[1]);
            int end = span[1];
            // Split quote: the attribution between two parts, ending in a comma or colon just before the next one.
            if (verb >= 0 && nextOpen < Integer.MAX_VALUE && nextOpen - span[3] <= WINDOW && endsWithComma(body, span[3], nextOpen)) {
                int[] next = spans.get(++q);
                text.append(' ').append(body, next[0], next[1]);
                end = next[1];
            }
            if (speaker < 0) {
                int from = sentenceStart(body, span[2]);
                if (endsWithComma(body, from, span[2]) && Speakers.speechVerb(body, from, span[2]) >= 0) {
                    speaker = speakers.within(from, span[2], span[2]);
                    if (speaker < 0 && Speakers.pronoun(body, from, span[2])) {
                        speaker = speakers.lastPersonBefore(from);
                    }
                }
            }
            if (speaker < 0) {
                // A cue before an earlier quote of the sentence is that quote's.
                int previousClose = q > 0 ? spans.get(q - 1)[3] : 0;
                speaker = ledBy(body, Math.max(previousClose, sentenceStart(body, span[2])), span[2], speakers);
            }
            out.add(new QuoteMention(text.toString(), span[0], end, speaker < 0 ? null : speakers.name(speaker),
                    speaker < 0 ? null : speaker, QuoteKind.DIRECT));
        }
        reported(body, spans, speakers, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return List.copyOf(out);
    }

    /**
     * The speaker of a quote that a cue earlier in its sentence attributes, or -1: "according to X ... "..."" gives X;
     * "X, according to whom ... "..."" gives X; "X said the plan was "..."" and "where he gave the message that
     * ... "..."" give the subject, the nearest person (else organisation) before the cue or, for a pronoun, the last
     * person named before the sentence.
     */
    private static int ledBy(String body, int from, int open, Speakers speakers) {
        int cue = Speakers.lastLeadCue(body, from, open);
        if (cue < 0) {
            return -1;
        }
        if (body.regionMatches(true, cue, "according to ", 0, 13)) {
            int after = cue + 13;
            if (!body.regionMatches(true, after, "whom", 0, 4)) {
                return speakers.startingAt(body, after);
            }
            return speakers.within(from, cue, cue);
        }
        int speaker = speakers.within(from, cue, cue);
        if (speaker < 0 && Speakers.pronoun(body, from, cue)) {
            speaker = speakers.lastPersonBefore(from);
        }
        return speaker;
    }

    /** "X said that ...": the clause after "that" to the sentence end. */
    private static void reported(String body, List<int[]> spans, Speakers speakers, List<QuoteMention> out) {
        int from = 0;
        int n = body.length();
        while (from < n) {
            int at = body.indexOf(" that ", from);
            if (at < 0) {
                return;
            }
            from = at + 6;
            int sentence = sentenceStart(body, at);
            int verb = lastSpeechVerb(body, Math.max(sentence, at - 40), at);
            if (verb < 0 || insideQuote(spans, at)) {
                continue;
            }
            int speaker = speakers.within(sentence, verb, verb);
            if (speaker < 0 && Speakers.pronoun(body, sentence, verb)) {
                speaker = speakers.lastPersonBefore(sentence);
            }
            if (speaker < 0) {
                continue;
            }
            int end = sentenceEnd(body, from);
            int stop = end;
            while (stop > from && (body.charAt(stop - 1) == '.' || Character.isWhitespace(body.charAt(stop - 1)))) {
                stop--;
            }
            if (stop > from) {
                out.add(new QuoteMention(body.substring(from, stop), from, stop, speakers.name(speaker), speaker,
                        QuoteKind.REPORTED));
            }
            from = Math.max(from, end);
        }
    }

    private static int lastSpeechVerb(String body, int from, int to) {
        int found = -1;
        for (int k = Speakers.speechVerb(body, from, to); k >= 0; k = Speakers.speechVerb(body, k + 1, to)) {
            found = k;
        }
        return found;
    }

    private static boolean insideQuote(List<int[]> spans, int offset) {
        for (int[] s : spans) {
            if (s[2] <= offset && offset < s[3]) {
                return true;
            }
        }
        return false;
    }

    /** Quoted spans: {contentStart, contentEnd, openMark, afterCloseMark}; marks pair within a paragraph. The
     *  comma agency style puts inside the closing mark ("...," Rutte said) is not part of the quote. AP copy
     *  closes a straight or {@code ``} opening with two apostrophes ({@code "I'm in,'' she said}); one
     *  apostrophe is a contraction or a nested quote and closes nothing. */
    static List<int[]> spans(String s) {
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        int contentStart = -1;
        int n = s.length();
        for (int k = 0; k < n; k++) {
            char c = s.charAt(k);
            boolean doubled = k + 1 < n && s.charAt(k + 1) == c;
            if (c == '\n' && doubled) {
                open = -1; // agency style: a quote running on opens the next paragraph again
            } else if (open < 0 && (c == '“' || c == '„' || c == '«' || c == '"' || c == '`' && doubled)) {
                open = k;
                contentStart = c == '`' ? k + 2 : k + 1;
            } else if (open >= 0 && (c == '”' || c == '»' || c == '"' && s.charAt(open) != '`'
                    || c == '“' && s.charAt(open) == '„'
                    || c == '\'' && doubled && (s.charAt(open) == '"' || s.charAt(open) == '`'))) {
                int end = k;
                while (end > contentStart && (s.charAt(end - 1) == ',' || Character.isWhitespace(s.charAt(end - 1)))) {
                    end--;
                }
                int after = c == '\'' ? k + 2 : k + 1;
                if (end > contentStart) {
                    spans.add(new int[] {contentStart, end, open, after});
                }
                open = -1;
                k = after - 1;
            }
        }
        return spans;
    }

    /** Offset after the sentence's end mark (or the paragraph end) at or after {@code from}. */
    private static int sentenceEnd(String s, int from) {
        int n = s.length();
        for (int k = from; k < n; k++) {
            char c = s.charAt(k);
            if (c == '\n') {
                return k;
            }
            if ((c == '.' || c == '!' || c == '?') && (k + 1 == n || Character.isWhitespace(s.charAt(k + 1)))) {
                return k + 1;
            }
        }
        return n;
    }

    /** Offset of the start of the sentence that contains {@code at}. */
    private static int sentenceStart(String s, int at) {
        for (int k = at - 1; k > 0; k--) {
            char c = s.charAt(k);
            if (c == '\n') {
                return k + 1;
            }
            if (c == '.' || c == '!' || c == '?') {
                int next = k + 1;
                while (next < at && isClosingMark(s.charAt(next))) {
                    next++; // ... to waste." Critics said
                }
                if (next < s.length() && Character.isWhitespace(s.charAt(next))
                        && (next + 1 >= s.length() || !Character.isLowerCase(s.charAt(next + 1)))) {
                    return next;
                }
            }
        }
        return 0;
    }

    private static boolean isClosingMark(char c) {
        return c == '"' || c == '”' || c == '»' || c == '\'' || c == '’' || c == '“';
    }

    /** Whether [from, to) ends, ignoring spaces, in a comma or colon. */
    private static boolean endsWithComma(String s, int from, int to) {
        int k = to - 1;
        while (k >= from && Character.isWhitespace(s.charAt(k))) {
            k--;
        }
        return k >= from && (s.charAt(k) == ',' || s.charAt(k) == ':');
    }
}
