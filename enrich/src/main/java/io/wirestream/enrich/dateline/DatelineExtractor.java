package io.wirestream.enrich.dateline;

import java.util.Optional;

/**
 * Reads a dateline.
 *
 * <ul>
 *   <li>From the format ({@code RawArticle.dateline}): "PLACE, DATE" split at the first comma, a trailing dash
 *       and agency ("(AFP) -") taken off; the part after the comma is a date only if it has a digit ("March 11"),
 *       else it is the place's state or country ("BETHESDA, Md.").</li>
 *   <li>From the body: the first line, when within its first {@value #MAX_PREFIX} characters a dash ({@code -},
 *       {@code –}, {@code —}) follows a place in capitals or title case, an optional comma and date, and an
 *       optional agency in parentheses or slashes: {@code PRISTINA, March 11 (Agency) -},
 *       {@code Pristina, 11 March /Agency/ -}, {@code VIENNA (Agency) —}.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class DatelineExtractor {

    /** How far into the body a dateline may reach. */
    public static final int MAX_PREFIX = 90;

    /** Creates an extractor. */
    public DatelineExtractor() {
    }

    /**
     * @param formatDateline the format's dateline field, or null
     * @param body           the cleaned body, not null
     * @return the dateline, if either gives one
     */
    public Optional<FoundDateline> extract(String formatDateline, String body) {
        if (formatDateline != null && !formatDateline.isBlank()) {
            String d = formatDateline.strip();
            // "STOCKHOLM, Aug 29, 2014 (AFP) -": the dash and the agency are the dateline's frame, not its date.
            while (!d.isEmpty() && "-–—".indexOf(d.charAt(d.length() - 1)) >= 0) {
                d = d.substring(0, d.length() - 1).strip();
            }
            String agency = null;
            char last = d.isEmpty() ? 0 : d.charAt(d.length() - 1);
            int open = last == ')' ? d.lastIndexOf('(') : last == '/' ? d.lastIndexOf('/', d.length() - 2) : -1;
            if (open > 0) {
                agency = d.substring(open + 1, d.length() - 1).strip();
                d = d.substring(0, open).strip();
            }
            int comma = d.indexOf(',');
            String place = comma < 0 ? d : d.substring(0, comma).strip();
            String date = comma < 0 ? null : d.substring(comma + 1).strip();
            if (comma < 0 && hasDigit(d)) {
                place = null;
                date = d;
            } else if (date != null && !hasDigit(date)) {
                date = null; // "BETHESDA, Md.", "VALENCIA, Spain": a state or country, not a date
            }
            return Optional.of(new FoundDateline(emptyToNull(place), emptyToNull(date), emptyToNull(agency), false,
                    -1, -1, -1));
        }
        return fromBody(body);
    }

    private static Optional<FoundDateline> fromBody(String body) {
        int limit = Math.min(body.length(), MAX_PREFIX);
        int dash = -1;
        for (int k = 1; k + 1 < limit; k++) {
            char c = body.charAt(k);
            if (c == '\n') {
                return Optional.empty();
            }
            if ((c == '-' || c == '–' || c == '—') && body.charAt(k - 1) == ' '
                    && (body.charAt(k + 1) == ' ' || c != '-')) {
                dash = k;
                break;
            }
        }
        if (dash < 0) {
            return Optional.empty();
        }
        int headEnd = dash - 1;
        String agency = null;
        int k = headEnd;
        while (k > 0 && body.charAt(k - 1) == ' ') {
            k--;
        }
        char closer = k > 0 ? body.charAt(k - 1) : 0;
        if (closer == ')' || closer == '/') {
            char opener = closer == ')' ? '(' : '/';
            int open = body.lastIndexOf(opener, k - 2);
            if (open <= 0) {
                return Optional.empty();
            }
            agency = body.substring(open + 1, k - 1).strip();
            k = open;
        }
        String head = body.substring(0, k).strip();
        int comma = head.indexOf(',');
        String place = comma < 0 ? head : head.substring(0, comma).strip();
        String date = comma < 0 ? null : head.substring(comma + 1).strip();
        if (!isPlace(place) || date != null && !hasDigit(date)) {
            return Optional.empty();
        }
        int dateStart = date == null ? -1 : body.indexOf(date, comma);
        int end = dash + 1;
        while (end < body.length() && body.charAt(end) == ' ') {
            end++;
        }
        return Optional.of(new FoundDateline(place, emptyToNull(date), emptyToNull(agency), true, 0, dash + 1,
                dateStart));
    }

    /** Up to four words, each starting with an upper-case letter, letters, spaces, dots and hyphens only. */
    private static boolean isPlace(String s) {
        if (s.isEmpty() || s.length() > 40 || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        int words = 1;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == ' ') {
                words++;
                if (k + 1 < s.length() && !Character.isUpperCase(s.charAt(k + 1))) {
                    return false;
                }
            } else if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'') {
                return false;
            }
        }
        return words <= 4;
    }

    private static boolean hasDigit(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.isDigit(s.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
