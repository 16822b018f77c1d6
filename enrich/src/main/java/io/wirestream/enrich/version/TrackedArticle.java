package io.wirestream.enrich.version;

import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.RawArticle;
import java.util.Objects;

/** An article version that passed version tracking, with what it is downstream. */
public record TrackedArticle(RawArticle article, ChangeKind change) {
    public TrackedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(change, "change");
    }
}
