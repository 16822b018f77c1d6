package io.wirestream.ingest.format.ninjs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/**
 * ISO 8601 timestamps as ninjs producers actually write them.
 *
 * <p>ninjs asks for RFC 3339 date-times, but real feeds also send them without a zone, with a
 * {@code +0200} offset, or as a bare date. A missing zone is read as UTC (the ninjs examples and
 * the agencies we take ninjs from all send UTC when they omit it); a bare date is its start in UTC.
 */
final class IsoTimestamps {

    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .optionalEnd()
            .toFormatter();

    private IsoTimestamps() {
    }

    /** Parses {@code text}, or returns empty if it is not an ISO 8601 date or date-time. */
    static Optional<Instant> parse(String text) {
        String s = text.strip();
        // Accept a space instead of the 'T' (RFC 3339 allows it; some producers use it).
        if (s.length() > 10 && s.charAt(10) == ' ') {
            s = s.substring(0, 10) + 'T' + s.substring(11);
        }
        try {
            TemporalAccessor parsed = LENIENT.parseBest(s, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            if (parsed instanceof OffsetDateTime offset) {
                return Optional.of(offset.toInstant());
            }
            if (parsed instanceof LocalDateTime local) {
                return Optional.of(local.toInstant(ZoneOffset.UTC));
            }
            return Optional.of(((LocalDate) parsed).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
