package io.wirestream.enrich.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Completes partial dates from the story's own date. A day or month without a year gets the latest year that
 * puts it no more than {@value #AHEAD_DAYS} days after the reference: news reports what happened and what is
 * coming soon, so "March 11" in a story of 9 March 2025 is 2025-03-11 and "December 20" in a story of
 * 5 January 2025 is 2024-12-20.
 *
 * <p>Immutable and thread-safe.
 */
public final class DateResolver {

    /** How far after the reference an unqualified day or month may lie. */
    public static final int AHEAD_DAYS = 90;

    private final LocalDate reference;

    /** @param reference the story's own date, not null */
    public DateResolver(LocalDate reference) {
        this.reference = java.util.Objects.requireNonNull(reference, "reference");
    }

    /** The reference date. */
    public LocalDate reference() {
        return reference;
    }

    /** Day {@code day} of month {@code month} in the year that fits, or null when no year has that day. */
    public LocalDate dayWithoutYear(int month, int day) {
        LocalDate limit = reference.plusDays(AHEAD_DAYS);
        for (int year = reference.getYear() + 1; year >= reference.getYear() - 1; year--) {
            LocalDate candidate = valid(year, month, day);
            if (candidate != null && !candidate.isAfter(limit)) {
                return candidate;
            }
        }
        return null;
    }

    /** The year of month {@code month} that fits, by its first day. */
    public int yearOfMonth(int month) {
        LocalDate limit = reference.plusDays(AHEAD_DAYS);
        int year = reference.getYear() + 1;
        while (LocalDate.of(year, month, 1).isAfter(limit)) {
            year--;
        }
        return year;
    }

    /**
     * A weekday named without a date: the nearest one on or before the reference (news mostly reports the past),
     * or the next one after it when {@code future} ("next Saturday", "will ... on Saturday").
     */
    public LocalDate weekday(DayOfWeek day, boolean future) {
        return future ? reference.with(TemporalAdjusters.next(day)) : reference.with(TemporalAdjusters.previousOrSame(day));
    }

    private static LocalDate valid(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }
}
