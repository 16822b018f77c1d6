package io.wirestream.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MediaTopicTaxonomyTest {

    private final MediaTopicTaxonomy taxonomy = MediaTopicTaxonomy.bundled();

    @Test
    void hasTheSeventeenTopLevelTopicsWithIptcCodes() {
        List<Topic> tops = taxonomy.all().stream().filter(Topic::topLevel).toList();
        assertThat(tops).hasSize(17);
        assertThat(tops).extracting(Topic::code).containsExactly("medtop:01000000", "medtop:02000000",
                "medtop:03000000", "medtop:04000000", "medtop:05000000", "medtop:06000000", "medtop:07000000",
                "medtop:08000000", "medtop:09000000", "medtop:10000000", "medtop:11000000", "medtop:12000000",
                "medtop:13000000", "medtop:14000000", "medtop:15000000", "medtop:16000000", "medtop:17000000");
        assertThat(taxonomy.topic("medtop:16000000").orElseThrow().name()).isEqualTo("conflict, war and peace");
        assertThat(taxonomy.topic("medtop:15000000").orElseThrow().name()).isEqualTo("sport");
    }

    @Test
    void everySecondLevelTopicHasATopLevelParent() {
        Topic armedConflict = taxonomy.topic("medtop:20000056").orElseThrow();
        assertThat(armedConflict.level()).isEqualTo(2);
        assertThat(armedConflict.parent()).isEqualTo("medtop:16000000");
        assertThat(taxonomy.all()).filteredOn(t -> !t.topLevel()).isNotEmpty().allSatisfy(t ->
                assertThat(taxonomy.topic(t.parent()).orElseThrow().topLevel()).isTrue());
        assertThat(taxonomy.all()).allSatisfy(t -> assertThat(t.code()).matches("medtop:\\d{8}"));
    }

    @Test
    void rejectsAChildListedBeforeItsParent() {
        assertThatThrownBy(() -> new MediaTopicTaxonomy(List.of("medtop:20000056\t2\tmedtop:16000000\tarmed conflict")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parent");
    }
}
