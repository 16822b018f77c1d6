package io.wirestream.enrich.dates;

import io.wirestream.enrich.text.Words;
import java.time.DayOfWeek;

/** English month, weekday, unit and number words, matched on a token without allocating. */
final class Calendar {

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    /** Abbreviations agencies use; "May" and "March" need no abbreviation, "Mar" and "Jun" are too ambiguous. */
    private static final String[] MONTH_ABBREVIATIONS = {"jan", "feb", null, "apr", null, null, null, "aug", "sept",
        "oct", "nov", "dec"};
    private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday"};
    private static final String[] NUMBERS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve"};

    private Calendar() {
    }

    /** Month 1-12 of a capitalised month name or abbreviation at token i, else 0. */
    static int month(Words w, int i) {
        if (!w.isCapitalized(i)) {
            return 0;
        }
        for (int m = 0; m < 12; m++) {
            if (w.is(i, MONTHS[m]) || MONTH_ABBREVIATIONS[m] != null && w.is(i, MONTH_ABBREVIATIONS[m])) {
                return m + 1;
            }
        }
        return 0;
    }

    /** The weekday of a capitalised weekday name at token i, else null. */
    static DayOfWeek weekday(Words w, int i) {
        if (!w.isCapitalized(i)) {
            return null;
        }
        for (int d = 0; d < 7; d++) {
            if (w.is(i, WEEKDAYS[d])) {
                return DayOfWeek.of(d + 1);
            }
        }
        return null;
    }

    /**
     * The ISO 8601 period designator of a unit word at token i ('D', 'W', 'M', 'Y'), else 0. Singular and
     * plural forms.
     */
    static char unit(Words w, int i) {
        if (w.isAny(i, "day", "days")) {
            return 'D';
        }
        if (w.isAny(i, "week", "weeks")) {
            return 'W';
        }
        if (w.isAny(i, "month", "months")) {
            return 'M';
        }
        if (w.isAny(i, "year", "years")) {
            return 'Y';
        }
        return 0;
    }

    /** A small count at token i: digits up to 999 or a number word ("six", "a", "an"), else -1. */
    static int count(Words w, int i) {
        if (w.isNumber(i)) {
            int v = 0;
            for (int k = w.start(i); k < w.end(i); k++) {
                char c = w.source().charAt(k);
                if (!Character.isDigit(c) || v > 99) {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }
        if (w.isAny(i, "a", "an")) {
            return 1;
        }
        for (int k = 1; k < NUMBERS.length; k++) {
            if (w.is(i, NUMBERS[k])) {
                return k;
            }
        }
        return -1;
    }

    /** The integer value of an all-digit token, or -1 (also for tokens longer than 9 characters). */
    static int digits(Words w, int i) {
        return w.digitValue(i);
    }
}
