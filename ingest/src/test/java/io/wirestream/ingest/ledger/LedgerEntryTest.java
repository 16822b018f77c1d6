package io.wirestream.ingest.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.ingest.IngestResult;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LedgerEntryTest {

    private static final Instant AT = Instant.parse("2026-12-02T03:00:00Z");

    @Test
    void aPublishedInputRoundTripsThroughItsRecordValue() {
        LedgerEntry entry = LedgerEntry.of("drop-folder:/in|a.xml|12|abc", "12:abc", IngestResult.success("nitf", 3), AT);

        LedgerEntry read = LedgerEntry.decode(entry.key(), entry.encodeValue());

        assertThat(read).isEqualTo(entry);
        assertThat(read.result()).isEqualTo(IngestResult.success("nitf", 3));
        assertThat(entry.encodeValue()).isEqualTo("v1\t12:abc\tnitf\t3\t" + AT.toEpochMilli() + "\t");
    }

    @Test
    void aDeadLetterKeepsAShortenedOneLineReasonAndNoFormat() {
        String reason = "no wire format\trecognised\n" + "x".repeat(500);
        LedgerEntry entry = LedgerEntry.of("k", "v", IngestResult.failure(null, reason), AT);

        LedgerEntry read = LedgerEntry.decode("k", entry.encodeValue());

        assertThat(read.result().failed()).isTrue();
        assertThat(read.formatId()).isNull();
        assertThat(read.reason()).startsWith("no wire format recognised x").hasSize(LedgerEntry.MAX_REASON)
                .doesNotContain("\t", "\n");
        assertThat(entry.encodeValue().length()).isLessThan(300);
    }

    @Test
    void rejectsAValueItDidNotWrite() {
        assertThatThrownBy(() -> LedgerEntry.decode("k", "v2\tx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key k");
        assertThatThrownBy(() -> LedgerEntry.decode("k", "v1\tv\tf\tmany\t1\t"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void matchesOnlyItsOwnVersion() {
        LedgerIndex index = new LedgerIndex(10);
        index.committed(LedgerEntry.of("feed:u|item", "hash1|100", IngestResult.success("feed", 1), AT));

        assertThat(index.contains("feed:u|item", "hash1|100")).isTrue();
        assertThat(index.contains("feed:u|item", "hash1|200")).isFalse();
        assertThat(index.contains("feed:u|other", "hash1|100")).isFalse();
    }

    @Test
    void theIndexKeepsTheMostRecentlyUsedKeysWithinItsBound() {
        LedgerIndex index = new LedgerIndex(2);
        index.committed(LedgerEntry.of("a", "1", IngestResult.success("f", 1), AT));
        index.committed(LedgerEntry.of("b", "1", IngestResult.success("f", 1), AT));
        index.find("a"); // used again: b is now the eldest
        index.committed(LedgerEntry.of("c", "1", IngestResult.success("f", 1), AT));

        assertThat(index.size()).isEqualTo(2);
        assertThat(index.find("a")).isPresent();
        assertThat(index.find("b")).isEmpty();
        assertThat(index.find("c")).isPresent();
    }
}
