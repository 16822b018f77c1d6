package io.wirestream.enrich.version;

import io.wirestream.schemas.ChangeKind;
import java.util.Optional;

/**
 * What to do with one incoming article version.
 *
 * @param change what it is downstream, or empty when it is dropped
 * @param reason why, for logs and tests
 */
public record Verdict(Optional<ChangeKind> change, String reason) {

    static Verdict pass(ChangeKind change, String reason) {
        return new Verdict(Optional.of(change), reason);
    }

    static Verdict drop(String reason) {
        return new Verdict(Optional.empty(), reason);
    }

    /** True when the article goes on downstream. */
    public boolean passes() {
        return change.isPresent();
    }
}
