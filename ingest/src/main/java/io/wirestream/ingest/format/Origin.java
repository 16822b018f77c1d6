package io.wirestream.ingest.format;

import java.time.Instant;
import java.util.Objects;

/**
 * Where an input came from and when.
 *
 * @param name file path or URL of the input, used in messages, dead letters and
 *     {@code RawArticle.origin}; not blank
 * @param provider provider hint from the source's configuration (for example the agency a drop
 *     folder belongs to), or null when the source does not know; blank is normalised to null
 * @param receivedAt when the input was received, not null; formats that show relative dates
 *     ("3 hours ago") resolve them against it
 */
public record Origin(String name, String provider, Instant receivedAt) {

    public Origin {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("origin name is blank");
        }
        provider = provider == null || provider.isBlank() ? null : provider.strip();
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** An origin without a provider hint. */
    public static Origin of(String name, Instant receivedAt) {
        return new Origin(name, null, receivedAt);
    }

    /**
     * The last path segment of {@link #name()} without its extension, e.g. {@code story} for
     * {@code /in/agency/story.txt} or {@code https://host/feed/story.json?x=1}. A name whose last
     * segment starts with a dot keeps it ({@code .profile}).
     */
    public String baseName() {
        String path = name;
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0 && path.contains("://")) {
            path = path.substring(0, cut);
        }
        while (path.length() > 1 && (path.endsWith("/") || path.endsWith("\\"))) {
            path = path.substring(0, path.length() - 1);
        }
        String segment = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
        int dot = segment.lastIndexOf('.');
        return dot > 0 ? segment.substring(0, dot) : segment;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
