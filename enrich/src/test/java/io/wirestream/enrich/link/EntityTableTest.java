package io.wirestream.enrich.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.enrich.ner.EntityType;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class EntityTableTest {

    @Test
    void bundledSeedLoadsWithIdsForTheAllianceAndNoneWhereTheIdIsNotCertain() {
        EntityTable table = EntityTable.loadBundled();
        assertThat(table.size()).isGreaterThan(50);
        assertThat(table.find(EntityType.ORGANIZATION, "NATO")).get()
                .extracting(Link::wikidataId).isEqualTo("Q7184");
        // Listed for their aliases, with no id until one is checked on Wikidata.
        assertThat(table.find(EntityType.ORGANIZATION, "Kosovo Force")).get()
                .satisfies(l -> assertThat(l.label()).isEqualTo("KFOR"))
                .satisfies(l -> assertThat(l.wikidata()).isEmpty());
        // Types are kept apart: a person's name is no organisation.
        assertThat(table.find(EntityType.ORGANIZATION, "Mark Rutte")).isEmpty();
    }

    @Test
    void rejectsMalformedIdsTypesAndAliasesListedTwice() {
        assertThatThrownBy(() -> EntityTable.read(new StringReader("X12\tORGANIZATION\tFoo\t\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("line 1").hasMessageContaining("X12");
        assertThatThrownBy(() -> EntityTable.read(new StringReader("Q1\tCOMPANY\tFoo\t\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("unknown type");
        assertThatThrownBy(() -> EntityTable.read(new StringReader(
                "Q1\tORGANIZATION\tFoo Council\tFC\n#\nQ2\tORGANIZATION\tFish Club\tFC\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("line 3").hasMessageContaining("Foo Council");
        assertThatThrownBy(() -> EntityTable.read(new StringReader("Q1\tORGANIZATION\tFoo\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("expected");
    }
}
