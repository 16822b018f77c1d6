package io.wirestream.enrich.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void keysFoldAccentsCaseSpacingAndApostrophes() {
        assertThat(Names.key("  Priština ")).isEqualTo("pristina");
        assertThat(Names.key("United\u00a0Nations  Children’s   Fund")).isEqualTo("united nations children's fund");
        assertThat(Names.key("ZÜRICH")).isEqualTo("zurich");
        assertThat(Names.key("   ")).isEmpty();
    }

    @Test
    void variantsDropALeadingTheAndSplitBracketedForms() {
        assertThat(Names.variants("The Hague")).containsExactly("the hague", "hague");
        assertThat(Names.variants("EUFOR [European Union Force]"))
                .containsExactly("eufor [european union force]", "eufor", "european union force");
        assertThat(Names.variants("European Union Force (EUFOR)"))
                .containsExactly("european union force (eufor)", "european union force", "eufor");
        assertThat(Names.variants("NATO")).containsExactly("nato");
    }
}
