package io.wirestream.enrich.dates;

import io.wirestream.enrich.text.Words;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds dates and periods in English news text and normalises them to ISO 8601.
 *
 * <ul>
 *   <li>Explicit: {@code 2025-03-11}; {@code March 11}, {@code March 11, 2025}, {@code 11 March 2025},
 *       {@code February 2025}; a month after a preposition ({@code in February}); a weekday
 *       ({@code on Saturday}, {@code next Friday}); a year after a preposition ({@code in 1995},
 *       {@code since 2004}). A number alone is never a year: "2000 troops" is a count.</li>
 *   <li>Relative: {@code yesterday}, {@code today}, {@code tomorrow}; {@code three days ago}, {@code a few
 *       weeks ago}, {@code days ago} ("few" and an unquantified plural count as three); {@code last week},
 *       {@code next month}, {@code this year}; {@code the next six months}, {@code the past two weeks}
 *       (periods: {@code P6M}, {@code P2W}).</li>
 * </ul>
 * With a reference date (see {@link DateResolver}) partial and relative dates become full ones and
 * {@code resolved} is set; without, a day lacks its year ({@code --03-11}) and relative dates other than periods
 * have no value. Month and weekday names count only when capitalised, so "march" and "may" the words are left.
 *
 * <p>Immutable and thread-safe.
 */
public final class DateExtractor {

    private static final String[] YEAR_PREPOSITIONS = {"in", "since", "until", "till", "by", "from", "to", "before",
        "after", "during", "of", "early", "late", "mid", "around", "between", "and"};
    private static final String[] MONTH_PREPOSITIONS = {"in", "since", "until", "till", "by", "from", "to", "before",
        "after", "during", "of", "early", "late", "mid", "last", "next", "this", "between", "and"};

    /** Creates an extractor. */
    public DateExtractor() {
    }

    /**
     * @param words     the scanned text, not null
     * @param reference the story's own date, or null when unknown
     * @return the dates in text order, never overlapping; never null
     */
    public List<DateExpression> extract(Words words, LocalDate reference) {
        DateResolver resolver = reference == null ? null : new DateResolver(reference);
        List<DateExpression> out = new ArrayList<>();
        Match m = new Match();
        int i = 0;
        while (i < words.size()) {
            m.reset();
            if (iso(words, i, m) || weekday(words, i, resolver, m) || calendar(words, i, resolver, m)
                    || relative(words, i, resolver, m) || year(words, i, m)) {
                int start = words.start(m.first);
                int end = words.end(m.last);
                out.add(new DateExpression(words.source().substring(start, end), start, end, m.value, m.kind,
                        m.resolved));
                i = m.last + 1;
            } else {
                i++;
            }
        }
        return List.copyOf(out);
    }

    /** What a matcher found: the token range and the normalised value. */
    private static final class Match {
        int first;
        int last;
        String value;
        DateKind kind;
        boolean resolved;

        void reset() {
            value = null;
            resolved = false;
        }

        boolean set(int first, int last, String value, DateKind kind, boolean resolved) {
            this.first = first;
            this.last = last;
            this.value = value;
            this.kind = kind;
            this.resolved = resolved;
            return true;
        }
    }

    /** {@code 2025-03-11} or an ISO date-time that starts with one. */
    private static boolean iso(Words w, int i, Match m) {
        if (!w.isNumber(i) || w.end(i) - w.start(i) < 10) {
            return false;
        }
        String s = w.source();
        int p = w.start(i);
        if (s.charAt(p + 4) != '-' || s.charAt(p + 7) != '-') {
            return false;
        }
        try {
            LocalDate date = LocalDate.parse(s.substring(p, p + 10));
            String text = w.text(i);
            return m.set(i, i, text.length() > 10 && text.charAt(10) == 'T' ? text : date.toString(),
                    DateKind.EXPLICIT, false);
        } catch (java.time.format.DateTimeParseException notADate) {
            return false;
        }
    }

    /** {@code Saturday}, {@code next Friday}, {@code Saturday, March 8}. */
    private static boolean weekday(Words w, int i, DateResolver resolver, Match m) {
        DayOfWeek day = Calendar.weekday(w, i);
        if (day == null) {
            return false;
        }
        int j = w.isChar(i + 1, ',') ? i + 2 : i + 1;
        if (calendar(w, j, resolver, m)) {
            m.first = i;
            return true;
        }
        boolean next = w.is(i - 1, "next");
        boolean last = w.is(i - 1, "last");
        boolean cued = !next && FutureCues.before(w, i);
        int first = next || last ? i - 1 : i;
        if (resolver == null) {
            return m.set(first, i, null, DateKind.EXPLICIT, false);
        }
        // A cue alone ("lands later on Friday" in a Friday story) allows the day itself; "next Friday" does not.
        LocalDate date = last ? resolver.reference().minusDays(1).with(
                java.time.temporal.TemporalAdjusters.previousOrSame(day))
                : cued ? resolver.reference().with(java.time.temporal.TemporalAdjusters.nextOrSame(day))
                : resolver.weekday(day, next);
        return m.set(first, i, date.toString(), DateKind.EXPLICIT, true);
    }

    /** Month-day, day-month, with or without a year; month and year; a month after a preposition. */
    private static boolean calendar(Words w, int i, DateResolver resolver, Match m) {
        int month = Calendar.month(w, i);
        if (month > 0) {
            int day = dayNumber(w, i + 1);
            if (day > 0) {
                int yearAt = w.isChar(i + 2, ',') ? i + 3 : i + 2;
                int year = yearNumber(w, yearAt);
                return day(i, year > 0 ? yearAt : i + 1, year, month, day, resolver, m);
            }
            int year = yearNumber(w, i + 1);
            if (year > 0) {
                return m.set(i, i + 1, String.format(java.util.Locale.ROOT, "%04d-%02d", year, month), DateKind.EXPLICIT, false);
            }
            if (!w.isAny(i - 1, MONTH_PREPOSITIONS) || w.is(i, "may") && !w.is(i - 1, "in")) {
                return false;
            }
            if (resolver == null) {
                return m.set(i, i, String.format(java.util.Locale.ROOT, "--%02d", month), DateKind.EXPLICIT, false);
            }
            int y = resolver.yearOfMonth(month);
            if (w.is(i - 1, "last") && y == resolver.reference().getYear() && month >= resolver.reference().getMonthValue()) {
                y--;
            } else if (w.is(i - 1, "next") && y == resolver.reference().getYear()
                    && month <= resolver.reference().getMonthValue()) {
                y++;
            }
            int first = w.isAny(i - 1, "last", "next") ? i - 1 : i;
            return m.set(first, i, String.format(java.util.Locale.ROOT, "%04d-%02d", y, month), DateKind.EXPLICIT, true);
        }
        int day = dayNumber(w, i);
        month = day > 0 ? Calendar.month(w, i + 1) : 0;
        if (month > 0) {
            int year = yearNumber(w, i + 2);
            return day(i, year > 0 ? i + 2 : i + 1, year, month, day, resolver, m);
        }
        return false;
    }

    private static boolean day(int first, int last, int year, int month, int day, DateResolver resolver, Match m) {
        if (year > 0) {
            if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
                return false;
            }
            return m.set(first, last, LocalDate.of(year, month, day).toString(), DateKind.EXPLICIT, false);
        }
        if (resolver == null) {
            return m.set(first, last, String.format(java.util.Locale.ROOT, "--%02d-%02d", month, day), DateKind.EXPLICIT, false);
        }
        LocalDate date = resolver.dayWithoutYear(month, day);
        return date != null && m.set(first, last, date.toString(), DateKind.EXPLICIT, true);
    }

    /** 1-31, digits with an optional ordinal suffix ("11", "11th"). */
    private static int dayNumber(Words w, int i) {
        if (!w.isNumber(i)) {
            return 0;
        }
        String s = w.source();
        int v = 0;
        int k = w.start(i);
        while (k < w.end(i) && Character.isDigit(s.charAt(k)) && v <= 31) {
            v = v * 10 + (s.charAt(k++) - '0');
        }
        int suffix = w.end(i) - k;
        if (suffix != 0 && !(suffix == 2 && (s.regionMatches(true, k, "th", 0, 2) || s.regionMatches(true, k, "st", 0, 2)
                || s.regionMatches(true, k, "nd", 0, 2) || s.regionMatches(true, k, "rd", 0, 2)))) {
            return 0;
        }
        return v >= 1 && v <= 31 ? v : 0;
    }

    /** A four-digit year 1000-2999, else 0. */
    private static int yearNumber(Words w, int i) {
        int v = w.end(i) - w.start(i) == 4 ? Calendar.digits(w, i) : -1;
        return v >= 1000 && v <= 2999 ? v : 0;
    }

    /** {@code in 1995}: a year after a preposition, not followed by a counted noun ("by 2000 troops"). */
    private static boolean year(Words w, int i, Match m) {
        int year = yearNumber(w, i);
        if (year < 1800 || year > 2100 || !w.isAny(i - 1, YEAR_PREPOSITIONS)) {
            return false;
        }
        if (w.isWord(i + 1) && !w.isCapitalized(i + 1) && !w.isAny(i + 1, "and", "or", "to", "when", "that", "as",
                "after", "before", "until", "with", "in", "on", "at", "is", "was", "the", "but", "while", "which")) {
            return false;
        }
        return m.set(i, i, String.valueOf(year), DateKind.EXPLICIT, false);
    }

    private static boolean relative(Words w, int i, DateResolver resolver, Match m) {
        LocalDate ref = resolver == null ? null : resolver.reference();
        if (w.isAny(i, "yesterday", "today", "tomorrow", "tonight")) {
            int shift = w.is(i, "yesterday") ? -1 : w.is(i, "tomorrow") ? 1 : 0;
            return m.set(i, i, ref == null ? null : ref.plusDays(shift).toString(), DateKind.RELATIVE, ref != null);
        }
        if (w.isAny(i, "last", "past", "next", "coming", "previous", "this")) {
            int j = i + 1;
            int count = Calendar.count(w, j);
            if (count > 1 || count == 1 && !w.isAny(j, "a", "an")) {
                char unit = Calendar.unit(w, j + 1);
                if (unit != 0 && !w.is(i, "this")) {
                    int first = w.is(i - 1, "the") ? i - 1 : i;
                    return m.set(first, j + 1, "P" + count + unit, DateKind.RELATIVE, false);
                }
                return false;
            }
            char unit = Calendar.unit(w, j);
            if (!w.isAny(j, "week", "month", "year")) {
                return false; // "last days", "next years": no single calendar unit
            }
            int shift = w.isAny(i, "last", "past", "previous") ? -1 : w.is(i, "this") ? 0 : 1;
            return m.set(i, j, ref == null ? null : calendarUnit(ref, unit, shift), DateKind.RELATIVE, ref != null);
        }
        // [a few | several | N] units ago; "days ago"
        int j = i;
        int count = -1;
        if (w.is(j, "a") && w.is(j + 1, "few") || w.is(j, "a") && w.is(j + 1, "couple") && w.is(j + 2, "of")) {
            count = w.is(j + 1, "few") ? 3 : 2;
            j += w.is(j + 1, "few") ? 2 : 3;
        } else if (w.isAny(j, "few", "several", "some")) {
            count = 3;
            j++;
        } else if (Calendar.count(w, j) > 0 && Calendar.unit(w, j + 1) != 0) {
            count = Calendar.count(w, j);
            j++;
        }
        char unit = Calendar.unit(w, j);
        if (unit == 0 || !w.is(j + 1, "ago")) {
            return false;
        }
        if (count < 0) {
            count = w.end(j) - w.start(j) > 4 || w.is(j, "days") ? 3 : 1; // plural without a number: a few
        }
        String value = ref == null ? null : minus(ref, count, unit).toString();
        return m.set(i, j + 1, value, DateKind.RELATIVE, ref != null);
    }

    private static LocalDate minus(LocalDate ref, int count, char unit) {
        return switch (unit) {
            case 'D' -> ref.minusDays(count);
            case 'W' -> ref.minusWeeks(count);
            case 'M' -> ref.minusMonths(count);
            default -> ref.minusYears(count);
        };
    }

    /** The week, month or year {@code shift} units from the reference's, as ISO 8601. */
    private static String calendarUnit(LocalDate ref, char unit, int shift) {
        return switch (unit) {
            case 'W' -> {
                LocalDate d = ref.plusWeeks(shift);
                yield String.format(java.util.Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case 'M' -> {
                LocalDate d = ref.plusMonths(shift);
                yield String.format(java.util.Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
            }
            default -> String.valueOf(ref.getYear() + shift);
        };
    }
}
