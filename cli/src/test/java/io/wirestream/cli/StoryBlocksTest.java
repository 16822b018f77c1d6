package io.wirestream.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's output blocks: a story printed whole with its desk routes, long fields cut. */
class StoryBlocksTest {

    private static final long HOLD = 300;

    private final List<StoryBlocks.Block> printed = new ArrayList<>();
    private final StoryBlocks blocks = new StoryBlocks(false, HOLD, printed::add);

    private static String story(String guid, String headline) {
        return """
                {"guid": "%s", "version": 1, "change": "new", "language": "en", "headline": "%s",
                 "wordCount": 3, "readingTimeMinutes": 1, "entities": []}
                """.formatted(guid, headline);
    }

    @Test
    void deskRoutesThatArriveAfterTheStoryArePrintedInsideItsBlock() {
        blocks.story("g-kfor", story("g-kfor", "Troops stay in Kosovo"), 0);
        blocks.deadLetter("ingest", "in/cut.json", "ninjs: truncated (in/cut.json)");
        blocks.desk("g-kfor", "defence", 10);
        blocks.desk("g-kfor", "balkans", 20);
        blocks.flush(HOLD + 1);

        assertThat(printed).extracting(StoryBlocks.Block::kind)
                .containsExactly(StoryBlocks.Kind.DEAD_LETTER, StoryBlocks.Kind.STORY);
        String story = printed.get(1).text();
        assertThat(story).contains("Troops stay in Kosovo", "→ desk defence    g-kfor", "→ desk balkans    g-kfor");
        assertThat(printed.get(0).text()).doesNotContain("desk");
    }

    @Test
    void deskRoutesThatArriveBeforeTheStoryWaitForIt() {
        blocks.desk("g-port", "maritime", 0);
        blocks.story("g-port", story("g-port", "Harbour reopens"), 5);
        blocks.flush(5 + HOLD);

        assertThat(printed).singleElement().satisfies(block -> assertThat(block.text())
                .contains("Harbour reopens", "→ desk maritime   g-port"));
    }

    @Test
    void aDeskRouteWhoseStoryWasPrintedLongAgoIsStillShown() {
        blocks.story("g-old", story("g-old", "Old news"), 0);
        blocks.flush(HOLD);
        blocks.desk("g-old", "metro", HOLD + 1);
        blocks.flush(3 * HOLD);

        assertThat(printed).hasSize(2);
        assertThat(printed.get(1).text()).contains("→ desk metro").doesNotContain("Old news");
    }

    @Test
    void aHugeHeadlineIsCutInTheSummary() {
        String headline = "A".repeat(1_000_000);
        blocks.story("g-big", story("g-big", headline), 0);
        blocks.flushAll();

        String text = printed.get(0).text();
        assertThat(text).contains("A".repeat(200) + "…").doesNotContain("A".repeat(201));
        assertThat(text.length()).isLessThan(1_000);
    }

    @Test
    void aDeadLetterIsOneLineNamingTheInputOnce() {
        blocks.deadLetter("ingest", "drop/cut.json", "ninjs: invalid JSON (drop/cut.json) <- cause\n at [Source: x]");

        String text = printed.get(0).text().strip();
        assertThat(text).doesNotContain("\n", "<- cause").contains("DEAD LETTER (ingest)", "rejected:",
                "ninjs: invalid JSON (drop/cut.json)");
        assertThat(text.split("drop/cut\\.json", -1)).hasSize(2);
    }
}
