package io.wirestream.ingest.format.teletype;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A take key or version line of teletype copy ({@code 1stLd-Writethru}, {@code 1ST LEAD},
 * {@code 2nd Add}, {@code Correction}, {@code Kill}) read as a version, signals and a kill flag.
 *
 * <p>Wire copy numbers its versions by name, not by number: the first transmission has no key
 * (version 1), the n-th lead, write-through, add or take is version n + 1. A lead or write-through
 * is an update, a correction a correction, and a kill or withdrawal cancels the story.
 *
 * @param text the key as sent, stripped, nullable when the copy had none
 * @param version version number, {@code >= 1}
 * @param signals {@code update} and/or {@code correction}, possibly empty
 * @param kill whether the key withdraws the story
 */
public record TakeKey(String text, long version, Set<String> signals, boolean kill) {

    /** The key of a first transmission: version 1, no signals. */
    public static final TakeKey NONE = new TakeKey(null, 1, Set.of(), false);

    private static final Pattern ORDINAL = Pattern.compile(
            "(?i)(\\d{1,3})\\s*(?:st|nd|rd|th|\\.)?\\s*-?\\s*(?:ld|lead|writethru|write-thru|add|take|update|version|correction|sub)");
    private static final Pattern WORD_ORDINAL = Pattern.compile(
            "(?i)\\b(first|second|third|fourth|fifth)\\s+(?:lead|ld|add|take|writethru)");
    private static final Pattern UPDATE = Pattern.compile("(?i)\\b(?:\\d*\\s*(?:st|nd|rd|th)?\\s*ld|lead|writethru|write-thru|update[sd]?|urgent|new)\\b");
    private static final Pattern CORRECTION = Pattern.compile("(?i)\\b(?:correct(?:ion|ed|s)?|berichtigung|rectif\\w*|corrección)\\b");
    private static final Pattern KILL = Pattern.compile("(?i)\\b(?:kill|withdraw(?:al|n)?|elimination|mandatory\\s+kill|disregard|sperrfrist\\s+aufgehoben)\\b");
    private static final Pattern SHAPE = Pattern.compile(
            "(?i)(?:\\d{1,3}\\s*(?:st|nd|rd|th|\\.)?\\s*-?\\s*)?(?:[a-z]+\\s*-?\\s*){0,3}");

    /**
     * Reads {@code text} as a take key.
     *
     * @return the key, or {@link #NONE} for null or blank text
     */
    public static TakeKey parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String s = text.strip();
        long version = 1;
        Matcher ordinal = ORDINAL.matcher(s);
        Matcher word = WORD_ORDINAL.matcher(s);
        if (ordinal.find()) {
            version = Long.parseLong(ordinal.group(1)) + 1;
        } else if (word.find()) {
            version = switch (word.group(1).toLowerCase(Locale.ROOT)) {
                case "first" -> 2;
                case "second" -> 3;
                case "third" -> 4;
                case "fourth" -> 5;
                default -> 6;
            };
        } else if (UPDATE.matcher(s).find() || CORRECTION.matcher(s).find()) {
            version = 2;
        }
        Set<String> signals = new java.util.LinkedHashSet<>();
        if (UPDATE.matcher(s).find()) {
            signals.add("update");
        }
        if (CORRECTION.matcher(s).find()) {
            signals.add("correction");
        }
        return new TakeKey(s, version, Set.copyOf(signals), KILL.matcher(s).find());
    }

    /**
     * Whether a whole line looks like a version line rather than a headline: short, and a
     * recognised key (an ordinal lead/add, a correction, a kill).
     */
    public static boolean isVersionLine(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 40 || !SHAPE.matcher(s).matches()) {
            return false;
        }
        return ORDINAL.matcher(s).find() || WORD_ORDINAL.matcher(s).find() || CORRECTION.matcher(s).matches()
                || KILL.matcher(s).find() || s.matches("(?i)(?:urgent|eilt|update|new lead|writethru)");
    }
}
