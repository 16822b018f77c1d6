package io.wirestream.ingest.format.teletype;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;

/**
 * Derived story ids for teletype copy, which has no story id of its own.
 *
 * <p>The id is {@code <provider>:<yyyy-mm-dd>:<slug>}: the agency's slug (ANPA keyword, IPTC
 * 7901 keyword line) is the key the agency itself uses to tie the takes, leads and corrections of
 * one story together, and the filing date keeps today's "Germany-politics" apart from yesterday's.
 * Take keys, sequence and selector numbers change between transmissions of the same story, so
 * they are not part of it.
 */
public final class StoryIds {

    private StoryIds() {
    }

    /**
     * @param provider the provider, not blank
     * @param date the story's filing date, not null
     * @param slug the agency's slug or keyword line, not blank
     */
    public static String derive(String provider, LocalDate date, String slug) {
        return slug(provider) + ":" + date + ":" + slug(slug);
    }

    /**
     * The date a month-day from a slug line falls on: in the year of {@code reference}, or the year
     * before when that would put it more than a month after the reference (copy filed on 12-31 and
     * received on 01-01).
     */
    public static LocalDate dateOf(MonthDay monthDay, LocalDate reference) {
        LocalDate date = monthDay.atYear(reference.getYear());
        return date.isAfter(reference.plusMonths(1)) ? date.minusYears(1) : date;
    }

    /** Lower-case ASCII: accents removed, runs of anything else one hyphen; never empty. */
    public static String slug(String text) {
        String slug = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "x" + Integer.toHexString(text.hashCode()) : slug;
    }
}
