package io.wirestream.ingest.format.agencytext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date line of agency copy: relative as web pages show it ({@code 3 hours ago},
 * {@code 1 months ago}, {@code yesterday}) or absolute ({@code 2025-03-11},
 * {@code 11.03.2025 14:30}, {@code March 11, 2025}).
 *
 * <p>Resolved dates are approximate: a relative date is only as precise as its unit, and an
 * absolute date without a zone is read as UTC because plain copy does not say which zone the
 * agency meant.
 */
final class DateLine {

    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)(?:about\\s+)?(\\d{1,4}|an?|one)\\s+"
                    + "(second|sec|minute|min|hour|hr|day|week|month|year)s?\\s+ago\\.?");
    private static final Pattern NAMED = Pattern.compile("(?i)(just now|today|yesterday)");

    private record Absolute(DateTimeFormatter formatter, boolean hasTime) {
    }

    private static final List<Absolute> ABSOLUTE = List.of(
            absolute("uuuu-MM-dd", false),
            absolute("uuuu-MM-dd HH:mm", true),
            absolute("uuuu-MM-dd'T'HH:mm", true),
            absolute("uuuu-MM-dd HH:mm:ss", true),
            absolute("uuuu-MM-dd'T'HH:mm:ss", true),
            absolute("d.M.uuuu", false),
            absolute("d.M.uuuu HH:mm", true),
            absolute("d.M.uuuu, HH:mm", true),
            absolute("d MMMM uuuu", false),
            absolute("d MMMM uuuu HH:mm", true),
            absolute("d MMMM uuuu, HH:mm", true),
            absolute("d MMM uuuu", false),
            absolute("MMMM d, uuuu", false),
            absolute("MMMM d, uuuu HH:mm", true),
            absolute("MMMM d, uuuu, HH:mm", true),
            absolute("MMM d, uuuu", false));

    private DateLine() {
    }

    private static Absolute absolute(String pattern, boolean hasTime) {
        DateTimeFormatter formatter = new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(pattern)
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
        return new Absolute(formatter, hasTime);
    }

    /** Returns whether {@code line} is a date line in one of the accepted shapes. */
    static boolean matches(String line) {
        String s = line.strip();
        return RELATIVE.matcher(s).matches() || NAMED.matcher(s).matches() || parseAbsolute(s).isPresent();
    }

    /**
     * Resolves a date line against the moment the copy was received.
     *
     * @return the approximate instant, or empty if {@code line} is not a date line
     */
    static Optional<Instant> resolve(String line, Instant receivedAt) {
        String s = line.strip();
        ZonedDateTime reference = receivedAt.atZone(ZoneOffset.UTC);
        Matcher relative = RELATIVE.matcher(s);
        if (relative.matches()) {
            String count = relative.group(1).toLowerCase(Locale.ROOT);
            long amount = Character.isDigit(count.charAt(0)) ? Long.parseLong(count) : 1;
            return Optional.of(minus(reference, amount, relative.group(2).toLowerCase(Locale.ROOT)).toInstant());
        }
        Matcher named = NAMED.matcher(s);
        if (named.matches()) {
            boolean yesterday = named.group(1).equalsIgnoreCase("yesterday");
            return Optional.of(yesterday ? reference.minusDays(1).toInstant() : receivedAt);
        }
        return parseAbsolute(s).map(dateTime -> dateTime.toInstant(ZoneOffset.UTC));
    }

    private static ZonedDateTime minus(ZonedDateTime reference, long amount, String unit) {
        return switch (unit) {
            case "second", "sec" -> reference.minusSeconds(amount);
            case "minute", "min" -> reference.minusMinutes(amount);
            case "hour", "hr" -> reference.minusHours(amount);
            case "day" -> reference.minusDays(amount);
            case "week" -> reference.minusWeeks(amount);
            case "month" -> reference.minusMonths(amount);
            case "year" -> reference.minusYears(amount);
            default -> throw new IllegalStateException("unit not in RELATIVE: " + unit);
        };
    }

    /**
     * The calendar day an absolute date line names ({@code 2025-03-11}); empty for a relative or
     * named one ("2 hours ago", "today"), whose day depends on when the copy was received.
     */
    static Optional<String> absoluteDay(String line) {
        return parseAbsolute(line.strip()).map(dateTime -> dateTime.toLocalDate().toString());
    }

    private static Optional<LocalDateTime> parseAbsolute(String s) {
        // Cheap guard: every accepted absolute form contains a digit and is short.
        if (s.length() > 40 || s.chars().noneMatch(Character::isDigit)) {
            return Optional.empty();
        }
        for (Absolute absolute : ABSOLUTE) {
            try {
                return Optional.of(absolute.hasTime()
                        ? LocalDateTime.parse(s, absolute.formatter())
                        : LocalDate.parse(s, absolute.formatter()).atStartOfDay());
            } catch (DateTimeParseException notThisShape) {
                // try the next shape
            }
        }
        return Optional.empty();
    }
}
