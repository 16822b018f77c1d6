package io.wirestream.ingest.format.agencytext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NonStoryTest {

    @Test
    void rejectsAListOfFileNames() {
        assertThat(NonStory.reason(List.of("in/a.xml", "in/b.xml", "archive/2025/c.json", "notes.txt")))
                .hasValue("not a story: 4 of 4 lines are file names");
    }

    @Test
    void rejectsCsvRecords() {
        assertThat(NonStory.reason(List.of("id,name,price", "1,tea,2.50", "2,coffee,3.10", "3,milk,1.20")))
                .hasValue("not a story: every line is a record of 3 ','-separated fields");
    }

    @Test
    void rejectsALog() {
        assertThat(NonStory.reason(List.of(
                "2025-03-11 14:30:01 INFO started the consumer for all partitions now",
                "2025-03-11 14:30:02 WARN slow poll detected on the broker connection",
                "2025-03-11 14:30:05 INFO committed the offsets for the group")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("log records"));
    }

    @Test
    void rejectsTextWithoutASingleSentence() {
        assertThat(NonStory.reason(List.of("Apples", "Pears", "Plums and cherries")))
                .hasValue("not a story: no sentence and no line of 6 or more words");
    }

    @Test
    void acceptsAStoryThatQuotesAPathAndHasCommas() {
        assertThat(NonStory.reason(List.of(
                "Council, mayor, staff agree on budget",
                "The council, the mayor and the staff agreed on Monday, after long talks.",
                "The plan is published at budget/2025.pdf.",
                "Critics, however, said it was late, thin and vague.")))
                .isEmpty();
    }
}
