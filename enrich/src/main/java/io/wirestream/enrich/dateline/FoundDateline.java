package io.wirestream.enrich.dateline;

/**
 * A dateline.
 *
 * @param place     the place as written ("PRISTINA", "Pristina"), or null
 * @param date      the date as written ("March 11", "11 March"), or null
 * @param agency    the agency named in it ("Agency" from "(Agency)" or "/Agency/"), or null
 * @param fromBody  true when read from the body's first line, false when from the format's field
 * @param start     offset of the dateline in the body, -1 when from the format
 * @param end       offset after it (its dash included), -1 when from the format
 * @param dateStart offset of the date in the body, -1 when none or from the format
 */
public record FoundDateline(String place, String date, String agency, boolean fromBody, int start, int end,
                            int dateStart) {
}
