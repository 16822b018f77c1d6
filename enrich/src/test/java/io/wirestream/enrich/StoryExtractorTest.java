package io.wirestream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.Boilerplate;
import io.wirestream.schemas.DateMention;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.PubStatus;
import io.wirestream.schemas.RawArticle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reference date of a story's partial dates, where the publication time is only an estimate. */
class StoryExtractorTest {

    private static final String BODY = "The harbour authority is expected to open the new ferry terminal in Tallinn"
            + " on June 4, officials said.\n\nA survey a few days ago found the quay ready. In May the last cranes"
            + " were moved, and on June 1 divers checked the piles.";

    private final StoryExtractor extractor = new StoryExtractor();

    private static RawArticle article(Instant firstCreated, Map<String, String> metadata) {
        return RawArticle.newBuilder().setId("harbour-wire:ferry-terminal").setVersion(1).setPubStatus(PubStatus.USABLE)
                .setProvider("Harbour Wire").setFormat("agency-text").setOrigin("test")
                .setReceivedAt(Instant.parse("2026-11-20T10:00:00Z")).setHeadline("Ferry terminal to open")
                .setBody(List.of(BODY)).setContentHash("0".repeat(64)).setFirstCreated(firstCreated)
                .setMetadata(metadata).build();
    }

    /** Only the extractions: the rest of the record is the enricher's. */
    private EnrichedArticle.Builder extract(RawArticle article, List<Boilerplate> removed) {
        EnrichedArticle.Builder out = EnrichedArticle.newBuilder();
        extractor.extract(out, article, BODY, "en", List.of(), Optional.empty(), removed);
        return out;
    }

    private static String value(EnrichedArticle.Builder e, String text) {
        return e.getDates().stream().filter(d -> d.getText().equals(text)).map(DateMention::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no date " + text + " in " + e.getDates()));
    }

    @Test
    void anEstimatedPublicationTimeGivesWayToTheYearOfTheCopyrightFooter() {
        // "2 months ago" read by a clock in November 2026, but the page's footer says it was served in 2024.
        RawArticle copy = article(Instant.parse("2026-09-20T10:00:00Z"), Map.of("relativeDate", "2 months ago"));
        List<Boilerplate> footer = List.of(new Boilerplate("copyright", "All rights reserved by Harbour Wire © 2011-2024"));

        EnrichedArticle.Builder out = extract(copy, footer);

        assertThat(value(out, "June 4")).isEqualTo("2024-06-04");
        assertThat(value(out, "June 1")).isEqualTo("2024-06-01");
        assertThat(value(out, "May")).isEqualTo("2024-05");
        assertThat(value(out, "a few days ago")).startsWith("2024-06-0");
        assertThat(out.getDateReference()).isEqualTo(Instant.parse("2024-06-04T00:00:00Z"));
    }

    @Test
    void aPublicationTimeTheWireSentStandsWhateverTheFooterSays() {
        RawArticle wire = article(Instant.parse("2026-05-30T10:00:00Z"), Map.of());
        List<Boilerplate> footer = List.of(new Boilerplate("copyright", "© 2011-2024 Harbour Wire"));

        EnrichedArticle.Builder out = extract(wire, footer);

        assertThat(value(out, "June 4")).isEqualTo("2026-06-04");
        assertThat(out.getDateReference()).isEqualTo(Instant.parse("2026-05-30T10:00:00Z"));
    }

    @Test
    void aFooterOfTheEstimatedYearChangesNothing() {
        RawArticle copy = article(Instant.parse("2026-05-30T10:00:00Z"), Map.of("relativeDate", "2 months ago"));

        EnrichedArticle.Builder out = extract(copy, List.of(new Boilerplate("copyright", "© 2011-2026 Harbour Wire")));

        assertThat(value(out, "June 4")).isEqualTo("2026-06-04");
    }
}
