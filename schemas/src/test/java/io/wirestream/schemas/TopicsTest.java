package io.wirestream.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void prefixesEveryTopicName() {
        Topics topics = new Topics("t1.");
        assertThat(topics.raw().name()).isEqualTo("t1.news.raw.v1");
        assertThat(topics.latest().name()).isEqualTo("t1.news.latest.v1");
        assertThat(topics.desk("balkans").name()).isEqualTo("t1.news.desk.balkans.v1");
    }

    @Test
    void refusesDeskNamesThatWouldMakeIllegalOrCollidingTopicNames() {
        assertThatThrownBy(() -> Topics.defaults().desk("Balkans Desk")).hasMessageContaining("desk name");
        assertThatThrownBy(() -> Topics.defaults().desk("a_b")).hasMessageContaining("desk name");
    }

    @Test
    void refusesUnderscoresInTopicNames() {
        assertThatThrownBy(() -> new Topics("my_").raw()).hasMessageContaining("'_'");
    }
}
