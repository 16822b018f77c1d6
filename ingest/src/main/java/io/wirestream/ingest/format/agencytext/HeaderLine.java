package io.wirestream.ingest.format.agencytext;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a line in the header of agency copy is, by its shape alone. */
enum HeaderLine {
    /** {@code Read about: 4 min.}, {@code Reading time: 3 minutes}, {@code 5 min read}. */
    READING_TIME,
    /** A relative or absolute date, see {@link DateLine}. */
    DATE,
    /** Left over from the page's share buttons: {@code The link was copied}, {@code Share}. */
    SHARE_WIDGET,
    /** A credit line: {@code By Arben Kola}, {@code By Ana Lis and Jon Ree, Liburna}. */
    BYLINE,
    /** A section label in capitals: {@code NEWS}, {@code ECONOMY}, {@code WORLD & REGION}. */
    SECTION,
    /** Anything else: the sub-headline, or the start of the body. */
    OTHER;

    private static final Pattern READING_TIME_LABELLED = Pattern.compile(
            "(?i)(?:read about|reading time|read time|time to read|estimated reading time)"
                    + "\\s*:?\\s*(\\d{1,3})\\s*(?:min|mins|minutes?)\\.?");
    private static final Pattern READING_TIME_SUFFIXED = Pattern.compile(
            "(?i)(\\d{1,3})\\s*(?:min|mins|minutes?)\\.?\\s+read");
    private static final Pattern SHARE_WIDGET_TEXT = Pattern.compile(
            "(?i)(?:(?:the\\s+)?link\\s+(?:was\\s+|has\\s+been\\s+)?copied"
                    + "|copy\\s+(?:the\\s+)?link"
                    + "|share(?:\\s+this(?:\\s+(?:article|story|post))?)?)[.!:]?");
    // "By" and one to six capitalised names (with the joining words names have), then maybe
    // ", Agency": capitalised words only, so a sentence opening "By Tuesday, the council..." is not one.
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
    private static final Pattern BYLINE_TEXT = Pattern.compile(
            "(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Aa]v|[Nn]ga)\\s+" + NAME_WORD
                    + "(?:\\s+(?:" + NAME_WORD + "|and|und|et|y|e|i|og|de|van|von|der|da|del|di))" + "{0,6}"
                    + "(?:\\s*[,/|]\\s*" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){0,3})?");
    private static final int MAX_BYLINE_CHARS = 80;

    // Capitals, digits and a little punctuation; at least one capital letter; no lower case.
    private static final Pattern SECTION_LABEL = Pattern.compile(
            "(?=.*\\p{Lu})[\\p{Lu}\\p{Nd}][\\p{Lu}\\p{Nd} &/'’.,-]{0,39}");

    static HeaderLine classify(String line) {
        String s = line.strip();
        if (readingMinutes(s).isPresent()) {
            return READING_TIME;
        }
        if (DateLine.matches(s)) {
            return DATE;
        }
        if (SHARE_WIDGET_TEXT.matcher(s).matches()) {
            return SHARE_WIDGET;
        }
        if (s.length() <= MAX_BYLINE_CHARS && BYLINE_TEXT.matcher(s).matches()) {
            return BYLINE;
        }
        if (SECTION_LABEL.matcher(s).matches()) {
            return SECTION;
        }
        return OTHER;
    }

    /** Returns whether the line is one of the header lines typical of agency copy. */
    boolean isMarker() {
        return this == READING_TIME || this == DATE;
    }

    /** The minutes of a reading-time line, or empty if the line is not one. */
    static OptionalInt readingMinutes(String line) {
        String s = line.strip();
        for (Pattern pattern : new Pattern[] {READING_TIME_LABELLED, READING_TIME_SUFFIXED}) {
            Matcher matcher = pattern.matcher(s);
            if (matcher.matches()) {
                return OptionalInt.of(Integer.parseInt(matcher.group(1)));
            }
        }
        return OptionalInt.empty();
    }
}
