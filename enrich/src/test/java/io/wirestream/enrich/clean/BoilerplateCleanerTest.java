package io.wirestream.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.wirestream.enrich.Fixtures;
import io.wirestream.schemas.Boilerplate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateCleanerTest {

    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();

    @Test
    void removesFooterAndTrailingWidgetKeepingRemovedTextByKind() {
        CleanedText cleaned = cleaner.clean(Fixtures.bodyParagraphs(Fixtures.read("wire/maritime-patrol.txt")));

        assertThat(cleaned.removed()).extracting(Boilerplate::getKind, Boilerplate::getText).containsExactly(
                tuple("copyright", "This portal is owned and operated by Harbour Wire Service. "
                        + "Reproduction of any content without prior written permission is prohibited."),
                tuple("credits", "Production of this service was made possible with the financial support of the "
                        + "Open Coast Foundation; opinions expressed are the sole responsibility of the authors and do "
                        + "not necessarily reflect the views of the Foundation."),
                tuple("copyright", "© 2019-2025 Harbour Wire Service. All rights reserved."),
                tuple("share-widget", "Share this article"));
        assertThat(cleaned.body()).doesNotContain("Harbour Wire Service", "All rights reserved", "Share this");
        assertThat(cleaned.paragraphs()).hasSize(7);
        assertThat(cleaned.paragraphs().get(6)).endsWith("\"We do not plan to leave,\" Marsh said.");
    }

    @Test
    void keepsMidStoryParagraphThatMentionsCopyright() {
        CleanedText cleaned = cleaner.clean(Fixtures.bodyParagraphs(Fixtures.read("wire/maritime-patrol.txt")));

        assertThat(cleaned.paragraphs()).anySatisfy(p ->
                assertThat(p).startsWith("A separate dispute over the copyright of the patrol footage"));
    }

    @Test
    void removesAFooterWhoseMiddleSentenceReservesCopyrightInOtherWords() {
        CleanedText cleaned = cleaner.clean(List.of("The ferry sailed at noon.",
                "This site is run and managed by Coastline News. Coastline News reserves all copyright in this "
                        + "text. Reuse without a written agreement is prohibited."));

        assertThat(cleaned.body()).isEqualTo("The ferry sailed at noon.");
        assertThat(cleaned.removed()).extracting(b -> b.getKind()).containsOnly("copyright");
    }

    @Test
    void keepsLastStoryParagraphWithOnlyOneWeakCopyrightSignal() {
        List<String> body = List.of("The quartet won the case.",
                "The label said it would appeal the ruling on the copyright of the recording.");

        CleanedText cleaned = cleaner.clean(body);

        assertThat(cleaned.paragraphs()).containsExactlyElementsOf(body);
        assertThat(cleaned.removed()).isEmpty();
    }

    @Test
    void removesFooterSentenceThatSharesALineWithTheLastStorySentence() {
        CleanedText cleaned = cleaner.clean(List.of("Talks resume on Friday.",
                "Both sides expect a deal by the summer. All rights reserved © 2024 Lakeside Media."));

        assertThat(cleaned.paragraphs()).containsExactly("Talks resume on Friday.",
                "Both sides expect a deal by the summer.");
        assertThat(cleaned.removed()).extracting(Boilerplate::getKind, Boilerplate::getText)
                .containsExactly(tuple("copyright", "All rights reserved © 2024 Lakeside Media."));
    }

    @Test
    void removesWidgetLinesWhereverTheyAre() {
        CleanedText cleaned = cleaner.clean(List.of(
                "5 min read",
                "3 hours ago",
                "The river ferry will run again from Monday.",
                "Link copied to clipboard",
                "Reading time: 2 minutes",
                "Officials said repairs cost less than expected.",
                "1 months ago"));

        assertThat(cleaned.paragraphs()).containsExactly("The river ferry will run again from Monday.",
                "Officials said repairs cost less than expected.");
        assertThat(cleaned.removed()).extracting(Boilerplate::getKind).containsExactly(
                "reading-time", "relative-date", "share-widget", "reading-time", "relative-date");
    }

    @Test
    void keepsStorySentencesThatUseShareOrLinkWords() {
        List<String> body = List.of("Investors will share the cost of the new link road.", "Copy the link below.");

        CleanedText cleaned = cleaner.clean(body);

        assertThat(cleaned.paragraphs()).containsExactly("Investors will share the cost of the new link road.",
                "Copy the link below.");
    }

    @Test
    void normalisesWhitespaceWithoutChangingWords() {
        CleanedText cleaned = cleaner.clean(List.of("  The\u00A0port   of\tKos\u200Bovo\u00AD\u00A0reopened.  ",
                "First line\r\n\r\nsecond\u2009paragraph  \nwith a soft break"));

        assertThat(cleaned.paragraphs()).containsExactly("The port of Kosovo reopened.", "First line",
                "second paragraph\nwith a soft break");
        assertThat(cleaned.body()).isEqualTo(
                "The port of Kosovo reopened.\n\nFirst line\n\nsecond paragraph\nwith a soft break");
    }

    @Test
    void emptyOrNullParagraphsGiveAnEmptyBody() {
        CleanedText cleaned = cleaner.clean(java.util.Arrays.asList(null, " ", "\u200B"));

        assertThat(cleaned.paragraphs()).isEmpty();
        assertThat(cleaned.body()).isEmpty();
        assertThat(cleaned.removed()).isEmpty();
    }

    @Test
    void removesTrailingProductionLinesByTheirShape() {
        CleanedText cleaned = cleaner.clean(List.of(
                "Harbour Tools Inc. earned $4.1 million in the quarter.",
                "This report was generated by Ledger Robotics (http://ledger.example/news) using data from a"
                        + " market service. Read more at http://ledger.example/stocks.",
                "_____",
                "Mira Olsen can be reached at http://twitter.com/miraolsen_writes . Her work is at www.example.org/mo .",
                "Follow Tom Reyes on Twitter at https://twitter.com/tomreyes",
                "jk/ml/rt",
                "(xpa/rtn)",
                "/nordnews/"));

        assertThat(cleaned.paragraphs()).containsExactly("Harbour Tools Inc. earned $4.1 million in the quarter.");
        assertThat(cleaned.removed()).extracting(Boilerplate::getKind).containsExactly("automation-note", "separator",
                "contact", "contact", "editor-codes", "editor-codes", "editor-codes");
    }

    @Test
    void keepsALastStoryParagraphThatOnlyLooksLikeATrailer() {
        List<String> body = List.of("The wardens checked the dunes on Sunday.",
                "She can be reached at the field station until May, her office said.",
                "Follow the coast road on foot at low tide, the rangers advise.",
                "This story was generated by a tip from readers, and the council has since closed the car park "
                        + "for the winter after the storms damaged the fences along the dunes and the path.");

        CleanedText cleaned = cleaner.clean(body);

        assertThat(cleaned.paragraphs()).containsExactlyElementsOf(body);
        assertThat(cleaned.removed()).isEmpty();
    }
}
