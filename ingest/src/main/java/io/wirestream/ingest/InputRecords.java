package io.wirestream.ingest;

import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.ledger.LedgerEntry;
import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.RawArticle;
import java.util.List;
import java.util.Objects;

/**
 * Everything one input becomes: its articles (every story of a multi-story input) or its dead
 * letter, never both, and the outcome reported to its source. An {@link IngestSink} publishes
 * these records all or nothing.
 *
 * @param origin where the input came from, not null
 * @param articles the articles to publish, in input order; empty when the input failed
 * @param deadLetter the input's dead letter, or null when it succeeded
 * @param result the outcome, not null; {@code result.published() == articles.size()}
 * @param ledgerEntry the ingest-ledger record the sink writes in the same transaction, or null
 *     when the source keeps no ledger
 */
public record InputRecords(Origin origin, List<RawArticle> articles, DeadLetter deadLetter, IngestResult result,
                           LedgerEntry ledgerEntry) {

    public InputRecords {
        Objects.requireNonNull(origin, "origin");
        articles = List.copyOf(articles);
        Objects.requireNonNull(result, "result");
        if (result.ok() != (deadLetter == null) || result.published() != articles.size()) {
            throw new IllegalArgumentException("a success has articles and no dead letter, a failure the reverse");
        }
    }

    /** Records without a ledger entry. */
    public InputRecords(Origin origin, List<RawArticle> articles, DeadLetter deadLetter, IngestResult result) {
        this(origin, articles, deadLetter, result, null);
    }

    /** A copy whose ledger record {@code entry} is written with the input's records. */
    public InputRecords withLedgerEntry(LedgerEntry entry) {
        return new InputRecords(origin, articles, deadLetter, result, entry);
    }

    /** The records of an input that parsed. */
    public static InputRecords published(Origin origin, String formatId, List<RawArticle> articles) {
        return new InputRecords(origin, articles, null, IngestResult.success(formatId, articles.size()));
    }

    /** The records of an input that failed: just its dead letter. */
    public static InputRecords deadLettered(Origin origin, DeadLetter letter, IngestResult result) {
        return new InputRecords(origin, List.of(), Objects.requireNonNull(letter, "letter"), result);
    }
}
