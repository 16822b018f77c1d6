package io.wirestream.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class TopicNamesTest {

    private static final String LEGAL = "[A-Za-z0-9.-]+";

    @Test
    void derivesNameFromTestClassAndMethod(TestInfo testInfo) {
        String name = TopicNames.unique(testInfo);

        assertThat(name).startsWith("TopicNamesTest.derivesNameFromTestClassAndMethod.").matches(LEGAL);
    }

    @Test
    void everyCallGivesADifferentName(TestInfo testInfo) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            names.add(TopicNames.unique(testInfo));
        }

        assertThat(names).hasSize(1000);
    }

    @Test
    void appendsSanitizedRole(TestInfo testInfo) {
        assertThat(TopicNames.unique(testInfo, "dead_letters out")).endsWith(".dead-letters-out").matches(LEGAL);
    }

    @Test
    void replacesUnderscoresAndOtherIllegalCharacters() {
        assertThat(TopicNames.sanitize("my_test [1] über..name--x_")).isEqualTo("my-test-1-ber.name-x");
    }

    @Test
    void longNamesAreShortenedButKeepTheirUniqueSuffix() {
        TestInfo longTest = fakeTestInfo("Parameterized display name".repeat(20));
        String first = TopicNames.unique(longTest, "r".repeat(100));
        String second = TopicNames.unique(longTest, "r".repeat(100));

        assertThat(first).hasSizeLessThanOrEqualTo(TopicNames.MAX_LENGTH).matches(LEGAL).doesNotEndWith(".")
            .isNotEqualTo(second);
        assertThat(second).hasSizeLessThanOrEqualTo(TopicNames.MAX_LENGTH);
    }

    @Test
    void usesDisplayNameWhenThereIsNoTestMethod() {
        assertThat(TopicNames.unique(fakeTestInfo("[1] input=nitf"))).startsWith("1-input-nitf.").matches(LEGAL);
    }

    @Test
    void worksWithoutJUnitFromAPrefix() {
        assertThat(TopicNames.unique("wirestream.demo_raw")).startsWith("wirestream.demo-raw.").matches(LEGAL);
        assertThat(TopicNames.unique("___")).startsWith("test.").matches(LEGAL);
    }

    private static TestInfo fakeTestInfo(String displayName) {
        return new TestInfo() {
            @Override
            public String getDisplayName() {
                return displayName;
            }

            @Override
            public Set<String> getTags() {
                return Set.of();
            }

            @Override
            public Optional<Class<?>> getTestClass() {
                return Optional.empty();
            }

            @Override
            public Optional<Method> getTestMethod() {
                return Optional.empty();
            }
        };
    }
}
