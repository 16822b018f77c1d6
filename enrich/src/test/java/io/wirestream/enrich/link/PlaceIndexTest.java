package io.wirestream.enrich.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlaceIndexTest {

    private static PlaceIndex bundled;

    @BeforeAll
    static void load() {
        bundled = PlaceIndex.loadBundled();
    }

    private static Link only(PlaceIndex index, String name, String country) {
        return only(index, name, country, "");
    }

    /** The first row of this name and country whose feature code starts with {@code code}. */
    private static Link only(PlaceIndex index, String name, String country, String code) {
        for (int row : index.rows(Names.key(name))) {
            if (index.countryCode(row).equals(country) && index.featureCode(row).startsWith(code)) {
                return index.link(row);
            }
        }
        throw new AssertionError("no " + name + " in " + country);
    }

    @Test
    void bundledTableHoldsCitiesCountriesAndDivisions() {
        assertThat(bundled.size()).isBetween(20_000, 60_000);
        // The district of Pristina (ADM1, no id) is a row too; the city is the capital.
        Link pristina = only(bundled, "Pristina", "XK", "PPL");
        assertThat(pristina.geonamesId()).isEqualTo(786714L);
        assertThat(pristina.featureClass()).isEqualTo("P");
        assertThat(pristina.featureCode()).isEqualTo("PPLC");
        assertThat(pristina.latitude()).isCloseTo(42.67, within(0.05));
        assertThat(pristina.longitude()).isCloseTo(21.17, within(0.05));

        Link vienna = only(bundled, "Vienna", "AT", "PPL");
        assertThat(vienna.geonamesId()).isEqualTo(2761369L);
        assertThat(vienna.latitude()).isCloseTo(48.21, within(0.05));

        Link kosovo = only(bundled, "Kosovo", "XK", "PCL");
        assertThat(kosovo.geonamesId()).isEqualTo(831053L);
        assertThat(kosovo.featureClass()).isEqualTo("A");
        assertThat(kosovo.hasCoordinates()).isTrue();

        Link texas = only(bundled, "Texas", "US", "ADM1");
        assertThat(texas.featureCode()).isEqualTo("ADM1");
        assertThat(texas.geonames()).isEmpty();
        assertThat(texas.hasCoordinates()).isFalse();
    }

    @Test
    void indexesAlternativeNamesAndFoldsAccents() {
        assertThat(only(bundled, "United States of America", "US").label()).isEqualTo("United States");
        assertThat(only(bundled, "U.S.", "US").geonamesId()).isEqualTo(6252001L);
        assertThat(only(bundled, "Zürich", "CH").label()).isEqualTo(only(bundled, "Zurich", "CH").label());
    }

    @Test
    void readsTheTsvFormatAndNamesTheBadLine() throws IOException {
        String ok = "# comment\n"
                + "42\tLowtown\tZZ\tPPLA\t01\t20000\t10.50000\t-3.25000\tLow Town|Lowtoun\n"
                + "0\tUpland\tZZ\tADM1\t01\t0\t\t\t\n";
        PlaceIndex index = PlaceIndex.read(new ByteArrayInputStream(ok.getBytes(StandardCharsets.UTF_8)));
        assertThat(index.size()).isEqualTo(2);
        Link low = only(index, "low town", "ZZ");
        assertThat(low.geonamesId()).isEqualTo(42L);
        assertThat(low.longitude()).isEqualTo(-3.25);
        assertThat(only(index, "Upland", "ZZ").hasCoordinates()).isFalse();

        String bad = ok + "7\tBroken\tZZ\tPPL\n";
        assertThatThrownBy(() -> PlaceIndex.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("line 4");
        String badNumber = "x\tBroken\tZZ\tPPL\t\t1\t1\t1\t\n";
        assertThatThrownBy(() -> PlaceIndex.read(new ByteArrayInputStream(badNumber.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("line 1");
    }
}
