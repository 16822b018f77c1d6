package io.wirestream.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymsTest {

    @Test
    void readsAcronymsOffWordPrefixes() {
        assertThat(Acronyms.isAcronymOf("IMO", List.of("International", "Maritime", "Organization"))).isTrue();
        assertThat(Acronyms.isAcronymOf("MEDCOM", List.of("Mediterranean", "Command"))).isTrue();
        assertThat(Acronyms.isAcronymOf("U.S.A.", List.of("United", "States", "of", "America"))).isTrue();
    }

    @Test
    void rejectsAcronymsThatSkipAWordOrLeaveLettersOver() {
        assertThat(Acronyms.isAcronymOf("EU", List.of("European", "Union", "Force"))).isFalse();
        assertThat(Acronyms.isAcronymOf("IMOX", List.of("International", "Maritime", "Organization"))).isFalse();
        assertThat(Acronyms.isAcronymOf("IMO", List.of("Organization"))).isFalse();
    }
}
