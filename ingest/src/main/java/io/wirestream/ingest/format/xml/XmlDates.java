package io.wirestream.ingest.format.xml;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;

/**
 * Timestamps as XML wire formats write them: ISO 8601 extended ({@code 2016-05-12T00:05:13+02:00},
 * NewsML-G2, Atom) and basic ({@code 20151210T191044Z}, {@code 20140829T134951+0000}, NITF
 * {@code norm} attributes and NewsML 1.2), bare dates, and RFC 822 dates of RSS
 * ({@code Tue, 17 Oct 2017 22:17:00 +0000}, also with zone names such as {@code EST}).
 * A time without zone is read in the zone the caller gives (the provider's, see
 * {@code ProviderProfile#localZone}), UTC by default. Stateless and thread-safe.
 */
public final class XmlDates {

    private static final DateTimeFormatter EXTENDED = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private static final DateTimeFormatter BASIC = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendValue(ChronoField.YEAR, 4).appendValue(ChronoField.MONTH_OF_YEAR, 2).appendValue(ChronoField.DAY_OF_MONTH, 2)
            .optionalStart().appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private static final DateTimeFormatter RFC_822 = new DateTimeFormatterBuilder()
            .parseCaseInsensitive().parseLenient()
            .appendPattern("d MMM ")
            .appendValueReduced(ChronoField.YEAR, 2, 4, 1970)
            .appendPattern(" HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .appendLiteral(' ')
            .appendPattern("xx")
            .toFormatter(Locale.ENGLISH);

    private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile("^\\p{L}{2,10}\\.?,? +(?=\\d)");
    private static final java.util.regex.Pattern NO_ZONE = java.util.regex.Pattern.compile(" \\d{1,2}:\\d{2}(?::\\d{2})?$");

    /** RFC 822 zone names (section 5.1) and the few others feeds send. */
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("UT", "+0000"), Map.entry("GMT", "+0000"), Map.entry("UTC", "+0000"), Map.entry("Z", "+0000"),
            Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"),
            Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"), Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"),
            Map.entry("CET", "+0100"), Map.entry("CEST", "+0200"), Map.entry("BST", "+0100"));

    private XmlDates() {
    }

    /** Parses {@code text} in any of the forms above; null when null, blank or unreadable. */
    public static Instant parse(String text) {
        return parse(text, ZoneOffset.UTC);
    }

    /**
     * Parses {@code text} in any of the forms above, reading a time without zone as a time in
     * {@code localZone}; null when null, blank or unreadable.
     */
    public static Instant parse(String text, java.time.ZoneId localZone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (s.length() > 10 && s.charAt(10) == ' ' && s.charAt(4) == '-') {
            s = s.substring(0, 10) + 'T' + s.substring(11);
        }
        Instant instant = iso(s, s.length() > 4 && s.charAt(4) == '-' ? EXTENDED : BASIC, localZone);
        return instant != null ? instant : rfc822(s, localZone);
    }

    private static Instant iso(String s, DateTimeFormatter formatter, java.time.ZoneId localZone) {
        try {
            TemporalAccessor parsed = formatter.parseBest(s, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            if (parsed instanceof OffsetDateTime offset) {
                return offset.toInstant();
            }
            if (parsed instanceof LocalDateTime local) {
                return local.atZone(localZone).toInstant();
            }
            return ((LocalDate) parsed).atStartOfDay(localZone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant rfc822(String s, java.time.ZoneId localZone) {
        // The weekday is left out: it says nothing the date does not, feeds get it wrong ("Mon, 01
        // Dec 2026" is a Tuesday) or spell it out, and a wrong one made the whole date unreadable.
        String t = WEEKDAY.matcher(s.replaceAll("\\s+", " ")).replaceFirst("");
        if (NO_ZONE.matcher(t).find()) {
            // No zone at all (RFC 822 requires one, feeds omit it): a local time, as for ISO dates.
            try {
                return LocalDateTime.parse(t + " +0000", RFC_822).atZone(localZone).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        int space = t.lastIndexOf(' ');
        if (space > 0) {
            String zone = t.substring(space + 1);
            String offset = ZONES.get(zone.toUpperCase(Locale.ROOT));
            if (offset != null) {
                t = t.substring(0, space + 1) + offset;
            } else if (zone.matches("[+-]\\d{2}:\\d{2}")) {
                t = t.substring(0, space + 1) + zone.replace(":", "");
            }
        }
        try {
            return ZonedDateTime.parse(t, RFC_822).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(t, RFC_822).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
