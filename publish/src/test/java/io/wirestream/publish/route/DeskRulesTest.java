package io.wirestream.publish.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.publish.Stories;
import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.MediaTopic;
import io.wirestream.schemas.PubStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeskRulesTest {

    private static final DeskRules RULES = DeskRules.parse("""
            business   text    stock market | share price
            sport      topic   medtop:15000000
            climate    topic   climate change
            """, "test");

    private static EnrichedArticle story(String headline, String body, MediaTopic... topics) {
        EnrichedArticle story = Stories.story("s1", 1, PubStatus.USABLE, ChangeKind.NEW, headline, body);
        story.setTopics(List.of(topics));
        return story;
    }

    private static MediaTopic topic(String code, String name, String parent) {
        return MediaTopic.newBuilder().setCode(code).setName(name).setLevel(parent == null ? 1 : 2)
                .setParent(parent).setScore(0.9).setSource("classifier").build();
    }

    @Test
    void matchesTextAsWholePhrasesInHeadlineOrBodyWhateverTheCase() {
        assertThat(RULES.desksFor(story("Share Price slides", "Nothing else."))).containsExactly("business");
        assertThat(RULES.desksFor(story("Quiet day", "Traders on the STOCK MARKET waited."))).containsExactly("business");
        assertThat(RULES.desksFor(story("Quiet day", "The stock marketing team met."))).isEmpty();
    }

    @Test
    void routesByMediaTopicCodeOrNameAndALevelTwoTopicByItsParent() {
        assertThat(RULES.desksFor(story("Cup final", "A match.", topic("medtop:15000000", "sport", null))))
                .containsExactly("sport");
        assertThat(RULES.desksFor(story("Derby", "A match.", topic("medtop:20000822", "sport event", "medtop:15000000"))))
                .containsExactly("sport");
        assertThat(RULES.desksFor(story("Floods", "Rain.", topic("medtop:20000419", "Climate Change", "medtop:06000000"))))
                .containsExactly("climate");
        assertThat(RULES.desksFor(story("Budget", "Council met.", topic("medtop:11000000", "politics", null)))).isEmpty();
    }

    @Test
    void refusesAnUnknownField() {
        assertThatThrownBy(() -> DeskRules.parse("sport   topics   sport", "desks.rules"))
                .hasMessageContaining("desks.rules:1").hasMessageContaining("topic");
    }
}
