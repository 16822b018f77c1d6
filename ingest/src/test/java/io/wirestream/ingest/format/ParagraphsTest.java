package io.wirestream.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void splitsHtmlAtBlockElementsAndLineBreaks() {
        String html = "<div><h2>Heading</h2><p>One <b>bold</b>\n   word.</p>Loose text<br/>after break<ul><li>item</li></ul></div>";

        assertThat(Paragraphs.fromHtml(html))
                .containsExactly("Heading", "One bold word.", "Loose text", "after break", "item");
    }

    @Test
    void leavesOutScriptsStylesAndFigures() {
        String html = "<p>Kept.</p><script>var x = 1;</script><style>p{}</style>"
                + "<figure><img src=x><figcaption>Caption</figcaption></figure><p>Also kept.</p>";

        assertThat(Paragraphs.fromHtml(html)).containsExactly("Kept.", "Also kept.");
    }

    @Test
    void decodesEntitiesAndKeepsNoBreakSpaces() {
        assertThat(Paragraphs.fromHtml("<p>25&nbsp;000 &amp; &#8220;more&#8221;</p>"))
                .containsExactly("25\u00a0000 & \u201cmore\u201d");
    }

    @Test
    void readsAWholeDocumentButNotItsHead() {
        assertThat(Paragraphs.fromHtml("<html><head><title>Title</title></head><body><p>Body.</p></body></html>"))
                .containsExactly("Body.");
    }

    @Test
    void keepsTheLinesOfPreformattedText() {
        assertThat(Paragraphs.fromHtml("<pre>Line one\nLine two</pre>")).containsExactly("Line one", "Line two");
    }

    @Test
    void makesOneParagraphPerNonBlankLineWhateverTheLineEnding() {
        assertThat(Paragraphs.fromLines("  First.\r\n\r\nSecond.\rThird.\n \n"))
                .containsExactly("First.", "Second.", "Third.");
    }

    @Test
    void joinsHardWrappedPlainTextIntoParagraphs() {
        String text = "   The dam will be raised by\nfour metres, engineers said.\n\n   Work starts in May.\nIt lasts a year.\n";

        assertThat(Paragraphs.fromPlainText(text)).containsExactly(
                "The dam will be raised by four metres, engineers said.", "Work starts in May. It lasts a year.");
    }

    @Test
    void keepsUnwrappedPlainTextOneParagraphPerLine() {
        String text = "The dam will be raised.\nResults by district\nNorth 1,204\n\nWork starts in May.";

        assertThat(Paragraphs.fromPlainText(text)).containsExactly(
                "The dam will be raised.", "Results by district", "North 1,204", "Work starts in May.");
    }
}
