package io.wirestream.enrich;

import io.wirestream.enrich.dateline.DatelineExtractor;
import io.wirestream.enrich.dateline.FoundDateline;
import io.wirestream.enrich.dates.DateExpression;
import io.wirestream.enrich.dates.CopyrightYear;
import io.wirestream.enrich.dates.DateExtractor;
import io.wirestream.enrich.dates.DateKind;
import io.wirestream.enrich.dates.DateResolver;
import io.wirestream.enrich.ner.TaggedEntity;
import io.wirestream.enrich.quantities.QuantityExtractor;
import io.wirestream.enrich.quantities.QuantityMention;
import io.wirestream.enrich.quotes.QuoteExtractor;
import io.wirestream.enrich.quotes.QuoteMention;
import io.wirestream.enrich.text.Words;
import io.wirestream.schemas.Boilerplate;
import io.wirestream.schemas.DateMention;
import io.wirestream.schemas.Dateline;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.Quantity;
import io.wirestream.schemas.Quote;
import io.wirestream.schemas.RawArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The story-level extractions of issue 14 on one cleaned body: dateline, dates, quantities and quotes, written
 * to an {@link EnrichedArticle.Builder}. Every offset is into the cleaned body, as entity mentions are.
 *
 * <p>The reference date for partial and relative dates is the story's own: {@code versionCreated}, else
 * {@code firstCreated}; a dateline date ("March 11") resolved against it moves the reference to that day, since
 * "yesterday" in the copy counts from the day it was filed; with no publication time, a dateline date with a year
 * is the reference. When the publication time is unknown or was only estimated from a relative label ("1 months
 * ago") and a copyright footer names an earlier year, the story is from that year: its first day-and-month date in
 * that year is the reference (see {@link CopyrightYear}). {@code dateReference} records the reference (kept apart
 * from the dates the story mentions).
 *
 * <p>Immutable and thread-safe.
 */
public final class StoryExtractor {

    /** The metadata key the agency-text parser keeps a relative publication label under ("1 months ago"). */
    public static final String RELATIVE_DATE_KEY = "relativeDate";

    private final DatelineExtractor datelines;
    private final DateExtractor dates;
    private final QuantityExtractor quantities;
    private final QuoteExtractor quotes;

    /** The standard extractors. */
    public StoryExtractor() {
        this(new DatelineExtractor(), new DateExtractor(), new QuantityExtractor(), new QuoteExtractor());
    }

    /**
     * @param datelines  dateline reader
     * @param dates      date extractor
     * @param quantities quantity extractor
     * @param quotes     quote extractor
     */
    public StoryExtractor(DatelineExtractor datelines, DateExtractor dates, QuantityExtractor quantities,
                          QuoteExtractor quotes) {
        this.datelines = Objects.requireNonNull(datelines, "datelines");
        this.dates = Objects.requireNonNull(dates, "dates");
        this.quantities = Objects.requireNonNull(quantities, "quantities");
        this.quotes = Objects.requireNonNull(quotes, "quotes");
    }

    /**
     * Sets {@code dateline, dateReference, dates, quantities, quotes} on {@code out}.
     *
     * @param out      the record being built, not null
     * @param article  the raw article (dateline field, publication times), not null
     * @param body     the cleaned body, not null
     * @param language detected language (ISO 639-1) or null
     * @param entities the entities in the order written to {@code entities} (quotes index them), not null
     */
    public void extract(EnrichedArticle.Builder out, RawArticle article, String body, String language,
                        List<TaggedEntity> entities) {
        extract(out, article, body, language, entities, dateline(article, body));
    }

    /** The story's dateline: the format's field, else the body's first line. */
    public Optional<FoundDateline> dateline(RawArticle article, String body) {
        return datelines.extract(article.getDateline(), body);
    }

    /**
     * As {@link #extract(EnrichedArticle.Builder, RawArticle, String, String, List)}, with the dateline
     * already read by {@link #dateline} (the enricher needs it earlier, to link places).
     */
    public void extract(EnrichedArticle.Builder out, RawArticle article, String body, String language,
                        List<TaggedEntity> entities, Optional<FoundDateline> dateline) {
        extract(out, article, body, language, entities, dateline, List.of());
    }

    /**
     * As {@link #extract(EnrichedArticle.Builder, RawArticle, String, String, List, Optional)}, with the
     * boilerplate the cleaner removed: a copyright footer's year bounds an estimated publication time.
     */
    public void extract(EnrichedArticle.Builder out, RawArticle article, String body, String language,
                        List<TaggedEntity> entities, Optional<FoundDateline> dateline, List<Boilerplate> removed) {
        Words words = Words.scan(body);
        Instant published = article.getVersionCreated() != null ? article.getVersionCreated() : article.getFirstCreated();
        LocalDate reference = published == null ? null : published.atZone(ZoneOffset.UTC).toLocalDate();
        Instant referenceTime = published;
        LocalDate bounded = boundedByCopyright(article, published, removed, words);
        if (bounded != null) {
            reference = bounded;
            referenceTime = bounded.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (dateline.isPresent() && dateline.get().date() != null) {
            LocalDate filed = filingDate(dateline.get().date(), reference);
            if (filed != null) {
                if (published == null) {
                    referenceTime = filed.atStartOfDay(ZoneOffset.UTC).toInstant();
                }
                reference = filed;
            }
        }
        out.setDateline(dateline.map(StoryExtractor::dateline).orElse(null));
        out.setDateReference(referenceTime);

        List<DateExpression> found = dates.extract(words, reference);
        List<DateMention> dateOut = new ArrayList<>(found.size());
        List<int[]> dateSpans = new ArrayList<>(found.size());
        for (DateExpression d : found) {
            dateOut.add(new DateMention(d.text(), d.start(), d.end(), d.value(), lower(d.kind()), d.resolved()));
            dateSpans.add(new int[] {d.start(), d.end()});
        }
        out.setDates(dateOut);

        List<Quantity> quantityOut = new ArrayList<>();
        for (QuantityMention q : quantities.extract(words, language, dateSpans)) {
            quantityOut.add(new Quantity(q.text(), q.start(), q.end(), q.value(), q.unit(), lower(q.kind()),
                    q.currency(), q.approximate()));
        }
        out.setQuantities(quantityOut);

        List<Quote> quoteOut = new ArrayList<>();
        for (QuoteMention q : quotes.extract(body, entities)) {
            quoteOut.add(new Quote(q.text(), q.start(), q.end(), q.speaker(), q.speakerEntity(), lower(q.kind())));
        }
        out.setQuotes(quoteOut);
    }

    /**
     * The reference when the publication time is unknown or only estimated from a relative label ("1 months ago",
     * read against the ingesting clock) and a copyright notice names an earlier year: the story is from that
     * year, so its first day-and-month date in that year (the lead's "on March 11" is near the filing day), else
     * the year's last day. Null when the publication time stands.
     */
    private LocalDate boundedByCopyright(RawArticle article, Instant published, List<Boilerplate> removed,
                                         Words words) {
        boolean estimated = published == null
                || (article.getMetadata() != null && article.getMetadata().containsKey(RELATIVE_DATE_KEY));
        if (!estimated) {
            return null;
        }
        List<String> notices = new ArrayList<>();
        notices.add(article.getCopyrightNotice());
        for (Boilerplate b : removed) {
            notices.add(b.getText());
        }
        OptionalInt year = CopyrightYear.latest(notices);
        if (year.isEmpty() || (published != null && year.getAsInt() >= published.atZone(ZoneOffset.UTC).getYear())) {
            return null;
        }
        LocalDate yearEnd = LocalDate.of(year.getAsInt(), 12, 31);
        // Read against a day that keeps every day-and-month inside that year.
        for (DateExpression d : dates.extract(words, yearEnd.minusDays(DateResolver.AHEAD_DAYS))) {
            if (d.value() != null && d.value().length() == 10 && d.value().startsWith(year.getAsInt() + "-")
                    && d.kind() == DateKind.EXPLICIT) {
                return LocalDate.parse(d.value());
            }
        }
        return yearEnd;
    }

    /** The full date a dateline's date names, completed from {@code reference}; null when it cannot be. */
    private LocalDate filingDate(String date, LocalDate reference) {
        for (DateExpression d : dates.extract(Words.scan(date), reference)) {
            if (d.value() != null && d.value().length() == 10 && d.value().charAt(4) == '-') {
                return LocalDate.parse(d.value());
            }
        }
        return null;
    }

    private static Dateline dateline(FoundDateline d) {
        return new Dateline(d.place(), d.date(), d.fromBody() ? "body" : "format",
                d.fromBody() ? d.start() : null, d.fromBody() ? d.end() : null);
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
