package io.wirestream.enrich.dates;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The latest year a copyright notice names ("© 2002-2025", "Copyright (c) 2024 ..."): a web page's footer
 * carries the year it was served in, so a story taken from it was published that year or before. It bounds a
 * publication time that was only estimated from a relative label ("1 months ago") read against the clock of
 * whoever later ingested the copy.
 *
 * <p>Stateless and thread-safe.
 */
public final class CopyrightYear {

    // The mark, then a year or a range of years; the last year of the range is the one that counts.
    private static final Pattern NOTICE = Pattern.compile(
            "(?i)(?:©|\\(c\\)|copyright)\\s*(?:(?:19|20)\\d{2}\\s*[-–]\\s*)?((?:19|20)\\d{2})(?!\\d)");

    private CopyrightYear() {
    }

    /**
     * The latest year any of {@code notices} names after a copyright mark.
     *
     * @param notices texts that may hold a copyright notice (footers, the format's rights field), not null
     * @return the year, or empty when none names one
     */
    public static OptionalInt latest(List<String> notices) {
        int best = -1;
        for (String notice : notices) {
            if (notice == null) {
                continue;
            }
            Matcher m = NOTICE.matcher(notice);
            while (m.find()) {
                best = Math.max(best, Integer.parseInt(m.group(1)));
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }
}
