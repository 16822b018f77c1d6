package io.wirestream.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaValidatorBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaHistoryTest {

    static List<String> records() {
        return List.copyOf(SchemaHistory.CURRENT.keySet());
    }

    @ParameterizedTest
    @MethodSource("records")
    void newestReleasedVersionIsTheSchemaTheClassesWereGeneratedFrom(String record) {
        List<Schema> versions = SchemaHistory.versions(record);
        Schema newest = versions.get(versions.size() - 1);

        // A changed .avsc without a new history file would fail here.
        assertThat(newest).isEqualTo(SchemaHistory.CURRENT.get(record));
    }

    @ParameterizedTest
    @MethodSource("records")
    void everyVersionIsMutuallyCompatibleWithEveryEarlierOne(String record) {
        List<Schema> versions = SchemaHistory.versions(record);
        for (int i = 1; i < versions.size(); i++) {
            Schema newer = versions.get(i);
            List<Schema> earlier = new ArrayList<>(versions.subList(0, i));
            String label = record + " v" + (i + 1);
            assertThatCode(() -> new SchemaValidatorBuilder().mutualReadStrategy().validateAll()
                    .validate(newer, earlier))
                    .as(label + " against all earlier versions").doesNotThrowAnyException();
            for (int j = 0; j < i; j++) {
                Schema older = versions.get(j);
                assertThat(SchemaCompatibility.checkReaderWriterCompatibility(newer, older).getType())
                        .as(label + " reads v" + (j + 1)).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
                assertThat(SchemaCompatibility.checkReaderWriterCompatibility(older, newer).getType())
                        .as("v" + (j + 1) + " reads " + label).isEqualTo(SchemaCompatibilityType.COMPATIBLE);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("records")
    void everyVersionHasADistinctFingerprint(String record) {
        List<Long> fingerprints = SchemaHistory.versions(record).stream()
                .map(org.apache.avro.SchemaNormalization::parsingFingerprint64).toList();
        assertThat(fingerprints).doesNotHaveDuplicates();
    }

    @org.junit.jupiter.api.Test
    void everyGeneratedRecordHasAHistory() {
        assertThat(SchemaHistory.CURRENT).containsOnlyKeys("RawArticle", "EnrichedArticle", "DeadLetter", "StoryVersion",
                "HeldArticle");
        SchemaHistory.CURRENT.forEach((record, schema) -> assertThat(schema.getName()).isEqualTo(record));
    }
}
