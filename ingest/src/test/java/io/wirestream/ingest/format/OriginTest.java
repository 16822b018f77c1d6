package io.wirestream.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OriginTest {

    private static final Instant NOW = Instant.parse("2025-03-11T12:00:00Z");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/in/agency/story.txt, story",
            "story.txt, story",
            "C:\\drop\\story.v2.txt, story.v2",
            "https://host/feed/item.json?token=1#x, item",
            "in/folder/, folder",
            "no-extension, no-extension",
            ".profile, .profile"})
    void baseNameIsTheLastSegmentWithoutExtension(String name, String baseName) {
        assertThat(Origin.of(name, NOW).baseName()).isEqualTo(baseName);
    }

    @Test
    void treatsABlankProviderAsNone() {
        assertThat(new Origin("a.txt", "  ", NOW).provider()).isNull();
    }

    @Test
    void rejectsABlankName() {
        assertThatThrownBy(() -> Origin.of(" ", NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
