package io.wirestream.enrich.quantities;

import io.wirestream.enrich.text.Words;

/**
 * A day before a month name in another language ("31 mei", "12 janvier 2015", "3. März", "5 de mayo"): the date
 * extractor reads English only, so the quantity extractor must recognise these itself or count "31 mei"s.
 */
final class ForeignDates {

    private ForeignDates() {
    }

    /**
     * @return the last token of the date when token i is a day number 1-31 before a month name of the language
     *         (with an abbreviation's full stop and a following year), else -1
     */
    static int dayMonthEnd(Words w, int i, String language) {
        int day = w.end(i) - w.start(i) <= 2 ? w.digitValue(i) : -1;
        if (day < 1 || day > 31) {
            return -1;
        }
        int m = i + 1;
        if (w.isChar(m, '.') && w.start(m) == w.end(i)) {
            m++; // German, Danish and Norwegian ordinal dot: "3. März"
        } else if (w.isAny(m, "de", "del")) {
            m++; // Spanish and Portuguese: "5 de mayo"
        }
        if (!Languages.month(w, m, language)) {
            return -1;
        }
        int end = m;
        if (w.isChar(end + 1, '.') && w.start(end + 1) == w.end(end) && w.end(end) - w.start(end) <= 4) {
            end++; // "17 okt."
        }
        int year = w.isAny(end + 1, "de", "del") ? end + 2 : end + 1;
        if (w.isNumber(year) && w.end(year) - w.start(year) == 4) {
            end = year;
        }
        return end;
    }
}
