package io.wirestream.enrich.clean;

import io.wirestream.schemas.Boilerplate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes wire boilerplate from body paragraphs and normalises their whitespace.
 *
 * <p>Removed, by general patterns rather than one agency's strings:
 * <ul>
 *   <li>whole lines that are share widgets, reading-time labels or relative dates, wherever they are;</li>
 *   <li>a copyright/credits footer at the end of the body. The footer is found from the last sentence backwards
 *       and stops at the first sentence that is not boilerplate, so a story paragraph that merely mentions
 *       copyright is kept. A sentence counts as footer only with one strong signal ({@code ©}, "all rights
 *       reserved", "reserves all copyright", "sole responsibility of", "does not necessarily reflect",
 *       "co-financed") or at least two weaker
 *       ones ("copyright", "this website", "maintained and managed by", "strictly prohibited", "without
 *       permission", a year range, ...).</li>
 *   <li>trailing production lines, each a strong signal on its own ({@link TrailerLines}): automation notes,
 *       reporters' contact lines with an address, editor initials or agency codes, separator rules.</li>
 * </ul>
 *
 * <p>Whitespace: NBSP and other Unicode space separators and tabs become a space, zero-width characters and
 * soft hyphens are dropped, runs of spaces collapse to one, lines are trimmed and blank lines dropped; a blank line
 * inside an input paragraph splits it in two. Line breaks inside a paragraph are kept as {@code "\n"}. Words are
 * never changed.
 *
 * <p>Immutable and thread-safe.
 */
public final class BoilerplateCleaner {


    // --- whole-line widgets -------------------------------------------------------------------------------
    private static final Set<String> SHARE_VOCABULARY = Set.of(
            "share", "shares", "sharing", "this", "the", "article", "story", "post", "page", "copy", "copied",
            "link", "url", "was", "has", "been", "is", "tweet", "email", "e", "mail", "print", "facebook",
            "twitter", "x", "whatsapp", "linkedin", "telegram", "viber", "reddit", "messenger", "pinterest",
            "on", "via", "with", "send", "to", "a", "friend", "friends", "your", "click", "here", "clipboard",
            "successfully", "or");
    private static final Set<String> SHARE_TRIGGERS = Set.of("share", "copy", "copied", "link", "tweet");
    private static final int SHARE_MAX_WORDS = 8;
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Pattern READING_TIME = Pattern.compile(
            "(?:(?:estimated\\s+)?read(?:ing)?(?:\\s+time)?(?:\\s+about)?\\s*[:\\-–]?\\s*)?"
                    + "(?:~\\s*|about\\s+|approx\\.?\\s+)?\\d{1,3}\\s*-?\\s*(?:min|mins|minutes?)\\.?"
                    + "(?:\\s+(?:read|reading|to\\s+read))?\\.?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RELATIVE_DATE = Pattern.compile(
            "(?:(?:updated|published|posted|edited)\\s*:?\\s*)?(?:\\d{1,4}|an?|one)\\s+"
                    + "(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago\\.?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Widget lines are short: READING_TIME and RELATIVE_DATE match at most this many characters other than
     * {@code \\s} (their literal words, at most 53 and 25), so a longer line is no widget and skips the regexes.
     */
    private static final int WIDGET_MAX_NON_SPACE = 60;

    /** Creates a cleaner with the built-in patterns. */
    public BoilerplateCleaner() {
    }

    /**
     * Cleans body paragraphs.
     *
     * @param paragraphs body paragraphs in order; null elements are skipped
     * @return the kept paragraphs, the joined body and the removed boilerplate; never null
     */
    public CleanedText clean(List<String> paragraphs) {
        List<List<String>> paras = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (paragraph == null) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            for (String line : TextScanning.lines(paragraph)) {
                String normalised = normalizeWhitespace(line);
                if (normalised.isEmpty()) {
                    if (!lines.isEmpty()) {
                        paras.add(lines);
                        lines = new ArrayList<>();
                    }
                } else {
                    lines.add(normalised);
                }
            }
            if (!lines.isEmpty()) {
                paras.add(lines);
            }
        }

        List<Removal> removals = new ArrayList<>();
        // Segments: sentences of the surviving lines, in order. Widget lines become removals at once.
        List<Segment> segments = new ArrayList<>();
        for (int p = 0; p < paras.size(); p++) {
            List<String> lines = paras.get(p);
            for (int l = 0; l < lines.size(); l++) {
                String line = lines.get(l);
                Optional<BoilerplateKind> widget = widgetKind(line);
                if (widget.isPresent()) {
                    removals.add(new Removal(p, l, 0, widget.get(), line));
                    continue;
                }
                List<String> sentences = TextScanning.sentences(line);
                for (int s = 0; s < sentences.size(); s++) {
                    segments.add(new Segment(p, l, s, sentences.get(s)));
                }
            }
        }

        // Footer: walk back from the last sentence while sentences look like boilerplate.
        int keep = segments.size();
        while (keep > 0) {
            int lineStart = trailerLineStart(segments, keep);
            if (lineStart >= 0) {
                BoilerplateKind trailer = TrailerLines.kind(lineText(segments, lineStart, keep)).orElseThrow();
                for (Segment seg : segments.subList(lineStart, keep)) {
                    removals.add(new Removal(seg.paragraph(), seg.line(), seg.sentence(), trailer, seg.text()));
                }
                keep = lineStart;
                continue;
            }
            Optional<BoilerplateKind> kind = FooterSignals.kind(segments.get(keep - 1).text());
            if (kind.isEmpty()) {
                break;
            }
            Segment seg = segments.get(keep - 1);
            removals.add(new Removal(seg.paragraph(), seg.line(), seg.sentence(), kind.get(), seg.text()));
            keep--;
        }

        List<String> kept = rebuild(segments.subList(0, keep));
        return new CleanedText(kept, String.join(CleanedText.PARAGRAPH_SEPARATOR, kept), merge(removals));
    }

    /**
     * The first segment of the line that ends at {@code keep} when that whole (remaining) line is a trailer
     * ({@link TrailerLines}), else -1. Trailers are lines, not sentences: "Follow X on Twitter at http://..."
     * splits at the dots of its address.
     */
    private static int trailerLineStart(List<Segment> segments, int keep) {
        Segment last = segments.get(keep - 1);
        int start = keep - 1;
        while (start > 0 && segments.get(start - 1).paragraph() == last.paragraph()
                && segments.get(start - 1).line() == last.line()) {
            start--;
        }
        return TrailerLines.kind(lineText(segments, start, keep)).isPresent() ? start : -1;
    }

    private static String lineText(List<Segment> segments, int from, int to) {
        StringBuilder line = new StringBuilder();
        for (Segment seg : segments.subList(from, to)) {
            line.append(line.isEmpty() ? "" : " ").append(seg.text());
        }
        return line.toString();
    }

    /**
     * Normalises the whitespace of one line: Unicode spaces and tabs to a single space, zero-width characters and
     * soft hyphens dropped, trimmed. Line breaks are not expected here (they count as ordinary characters).
     *
     * @param line a line of text, not null
     * @return the normalised line, possibly empty
     */
    public static String normalizeWhitespace(String line) {
        return TextScanning.normalizeWhitespace(line);
    }

    static Optional<BoilerplateKind> widgetKind(String line) {
        if (!mayBeWidget(line)) {
            return Optional.empty();
        }
        if (READING_TIME.matcher(line).matches()) {
            return Optional.of(BoilerplateKind.READING_TIME);
        }
        if (RELATIVE_DATE.matcher(line).matches()) {
            return Optional.of(BoilerplateKind.RELATIVE_DATE);
        }
        List<String> words = Arrays.stream(WORDS.split(line.toLowerCase(Locale.ROOT)))
                .filter(w -> !w.isEmpty()).toList();
        if (!words.isEmpty() && words.size() <= SHARE_MAX_WORDS
                && SHARE_VOCABULARY.containsAll(words) && words.stream().anyMatch(SHARE_TRIGGERS::contains)) {
            return Optional.of(BoilerplateKind.SHARE_WIDGET);
        }
        return Optional.empty();
    }

    /**
     * False when the line is certainly no widget, found in one pass and without allocating: story lines are
     * longer than {@value #WIDGET_MAX_NON_SPACE} non-space characters (so no reading-time or relative-date
     * match) and have more than {@value #SHARE_MAX_WORDS} words (so no share widget; lower-casing never joins
     * two words).
     */
    private static boolean mayBeWidget(String line) {
        int nonSpace = 0;
        int words = 0;
        boolean inWord = false;
        int n = line.length();
        for (int i = 0; i < n; ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x80 || !TextScanning.isRegexSpace((char) cp)) {
                nonSpace++;
            }
            boolean wordChar = cp < 0x80 ? cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9'
                    : Character.isLetter(cp) || isNumber(cp);
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
            if (nonSpace > WIDGET_MAX_NON_SPACE && words > SHARE_MAX_WORDS) {
                return false;
            }
        }
        return true;
    }

    /** {@code \\p{N}}. */
    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static List<String> rebuild(List<Segment> segments) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        Segment previous = null;
        for (Segment seg : segments) {
            if (previous != null && seg.paragraph() != previous.paragraph()) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            } else if (previous != null) {
                paragraph.append(seg.line() != previous.line() ? "\n" : " ");
            }
            paragraph.append(seg.text());
            previous = seg;
        }
        if (previous != null) {
            paragraphs.add(paragraph.toString());
        }
        return paragraphs;
    }

    /** Sorts removals into body order and joins sentences of one line that share a kind. */
    private static List<Boilerplate> merge(List<Removal> removals) {
        removals.sort(Comparator.comparingInt(Removal::paragraph).thenComparingInt(Removal::line)
                .thenComparingInt(Removal::sentence));
        List<Boilerplate> out = new ArrayList<>();
        Removal open = null;
        StringBuilder text = new StringBuilder();
        for (Removal r : removals) {
            if (open != null && open.paragraph() == r.paragraph() && open.line() == r.line() && open.kind() == r.kind()) {
                text.append(' ').append(r.text());
                continue;
            }
            if (open != null) {
                out.add(new Boilerplate(open.kind().label(), text.toString()));
            }
            open = r;
            text.setLength(0);
            text.append(r.text());
        }
        if (open != null) {
            out.add(new Boilerplate(open.kind().label(), text.toString()));
        }
        return out;
    }

    private record Segment(int paragraph, int line, int sentence, String text) {
    }

    private record Removal(int paragraph, int line, int sentence, BoilerplateKind kind, String text) {
    }
}
