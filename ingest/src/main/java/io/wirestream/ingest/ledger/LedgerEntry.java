package io.wirestream.ingest.ledger;

import io.wirestream.ingest.IngestResult;
import java.time.Instant;
import java.util.Objects;

/**
 * What ingest committed for one input: the ledger record written in the same transaction as the
 * input's articles or dead letter. Small on purpose (no body): the ledger is read whole at start.
 *
 * @param key the source and the input's identity, e.g. {@code drop-folder:/in|agency/a.xml|123|<sha-256>}
 *     or {@code feed:https://host/rss|<item id>}; not blank, no tab or line break
 * @param version what the input was when committed (a content hash, for a feed item its hash and
 *     update time): an input with the same key but another version is new; not blank
 * @param formatId the format that parsed it, or null if none was detected
 * @param articles articles published; 0 for a dead letter
 * @param reason why it was dead-lettered (shortened), or null when it was published
 * @param committedAt when the source prepared the commit, not null
 */
public record LedgerEntry(String key, String version, String formatId, int articles, String reason,
                          Instant committedAt) {

    /** Longest reason kept: enough to read in a log, small enough for a compacted topic read at start. */
    static final int MAX_REASON = 200;
    private static final String VALUE_VERSION = "v1";

    public LedgerEntry {
        key = requireLine(key, "key");
        version = requireLine(version, "version");
        formatId = formatId == null || formatId.isBlank() ? null : oneLine(formatId);
        if (articles < 0) {
            throw new IllegalArgumentException("articles must not be negative: " + articles);
        }
        reason = reason == null ? null : shorten(oneLine(reason));
        if ((reason == null) == (articles == 0)) {
            throw new IllegalArgumentException("an entry has articles or a reason, not both: " + key);
        }
        Objects.requireNonNull(committedAt, "committedAt");
    }

    /** The entry for an input with {@code result}. */
    public static LedgerEntry of(String key, String version, IngestResult result, Instant committedAt) {
        return new LedgerEntry(key, version, result.formatId(), result.published(),
                result.ok() ? null : result.reason(), committedAt);
    }

    /** Whether this entry is for the same version of the input. */
    public boolean isVersion(String otherVersion) {
        return version.equals(otherVersion);
    }

    /** The result the input had, for a source that completes its handling without sending it again. */
    public IngestResult result() {
        return reason == null ? IngestResult.success(formatId, articles) : IngestResult.failure(formatId, reason);
    }

    /** The record value: {@code v1<TAB>version<TAB>format<TAB>articles<TAB>epoch millis<TAB>reason}. */
    public String encodeValue() {
        return String.join("\t", VALUE_VERSION, version, formatId == null ? "" : formatId, Integer.toString(articles),
                Long.toString(committedAt.toEpochMilli()), reason == null ? "" : reason);
    }

    /**
     * Reads a record written by {@link #encodeValue()}.
     *
     * @throws IllegalArgumentException naming the key if the value is not a ledger value
     */
    public static LedgerEntry decode(String key, String value) {
        String[] f = value == null ? new String[0] : value.split("\t", -1);
        if (f.length != 6 || !f[0].equals(VALUE_VERSION)) {
            throw new IllegalArgumentException("not a " + VALUE_VERSION + " ledger value for key " + key);
        }
        try {
            return new LedgerEntry(key, f[1], f[2], Integer.parseInt(f[3]), f[5].isEmpty() ? null : f[5],
                    Instant.ofEpochMilli(Long.parseLong(f[4])));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad number in the ledger value for key " + key, e);
        }
    }

    private static String requireLine(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return oneLine(value);
    }

    /** Tabs and line breaks would break the value's fields: they become spaces. */
    private static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n]", " ");
    }

    private static String shorten(String text) {
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 1) + "…";
    }
}
