package io.wirestream.ingest.format.teletype;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns teletype copy into paragraphs and finds its dateline.
 *
 * <p>Teletype text is hard-wrapped at the line width of the printer, so a paragraph is a run of
 * lines ended by a blank line or by the next indented line (the indent opens a paragraph, as on
 * paper). Tabular copy (agate: results, standings, listings) is different: its alignment is its
 * meaning, so each tabular line is kept as one paragraph with its tabs and inner spaces, never
 * re-flowed.
 */
public final class TeletypeText {

    // A tab inside the line, two gaps of 2+ spaces, or one gap of 3+ spaces between words.
    private static final Pattern INNER_TAB = Pattern.compile("\\S\\t+\\S?");
    private static final Pattern WIDE_GAP = Pattern.compile("\\S {3,}\\S");
    private static final Pattern GAP = Pattern.compile("\\S {2,}\\S");
    private static final Pattern DOT_LEADER = Pattern.compile("\\.{4,}");

    /**
     * A dateline opening the first paragraph: {@code Berlin (dpa) - }, {@code ATLANTA (AP) _ },
     * {@code PARIS, March 3 (AFP) - }. Group 1 is the place, group 2 the agency.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}\\p{M}.'’ -]{1,40}?)(?:,[^()\\n]{1,40})?\\s*\\(([^()]{1,20})\\)\\s*(?:[-–—_:]+|\\.)\\s+");

    private TeletypeText() {
    }

    /** Whether a line is tabular copy to be kept as it is. */
    public static boolean isTabular(String line) {
        String s = line.strip();
        if (s.isEmpty()) {
            return false;
        }
        if (INNER_TAB.matcher(s).find() || WIDE_GAP.matcher(s).find() || DOT_LEADER.matcher(s).find()) {
            return true;
        }
        Matcher gaps = GAP.matcher(s);
        int count = 0;
        while (gaps.find()) {
            count++;
        }
        return count >= 2;
    }

    /**
     * Paragraphs of hard-wrapped copy: lines joined with one space up to a blank line, an indented
     * line or a tabular line; tabular lines kept one per paragraph with trailing blanks removed.
     */
    public static List<String> paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                flush(current, paragraphs);
                continue;
            }
            if (isTabular(line)) {
                flush(current, paragraphs);
                paragraphs.add(line.stripTrailing().replaceFirst("^ +", ""));
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                flush(current, paragraphs);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(line.strip());
        }
        flush(current, paragraphs);
        return paragraphs;
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        String paragraph = current.toString().strip();
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        current.setLength(0);
    }

    /**
     * A dateline at the start of a paragraph.
     *
     * @param place the place the story was filed from, as written ({@code ATLANTA})
     * @param source the agency in parentheses ({@code AP}, {@code dpa})
     */
    public record Dateline(String place, String source) {
    }

    /** The dateline opening {@code paragraph}, if it has one. */
    public static Optional<Dateline> dateline(String paragraph) {
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new Dateline(m.group(1).strip(), m.group(2).strip()));
    }
}
