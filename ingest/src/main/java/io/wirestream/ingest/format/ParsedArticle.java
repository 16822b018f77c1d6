package io.wirestream.ingest.format;

import io.wirestream.schemas.PubStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One story version as a wire format parsed it: the Java-typed content of a {@code RawArticle},
 * before the ingest stage adds where it came from, the format id and the content hash.
 *
 * <p>Immutable: lists and the map are copied on construction; the map keeps insertion order so
 * that serialised records are deterministic. Build one with {@link #builder(String, String)}.
 *
 * @param id stable story id shared by every version of the story, not blank
 * @param version version of the story, {@code >= 0}; a higher number supersedes a lower one
 * @param pubStatus IPTC publication status, not null
 * @param provider agency or provider that sent the copy, not blank
 * @param headline main headline, not blank
 * @param subheadline sub-headline or teaser, nullable
 * @param byline author statement, nullable
 * @param dateline where the story was filed from, nullable
 * @param section section or category label given by the provider, nullable
 * @param language language declared by the provider (BCP 47), nullable
 * @param body body paragraphs in order as plain text, boilerplate included; may be empty (a
 *     headline-only item is still news metadata); no null elements
 * @param firstCreated when the first version was created, nullable
 * @param versionCreated when this version was created, nullable
 * @param embargoedUntil the moment before which the story must not be published, nullable
 * @param metadata provider metadata that has no field of its own, under the provider's names;
 *     no null keys or values
 * @param keywords provider keywords, subjects or slugs, in order, no null elements
 * @param urgency IPTC urgency, 1 (flash) to 9 (lowest), nullable
 */
public record ParsedArticle(
        String id,
        long version,
        PubStatus pubStatus,
        String provider,
        String headline,
        String subheadline,
        String byline,
        String dateline,
        String section,
        String language,
        List<String> body,
        Instant firstCreated,
        Instant versionCreated,
        Instant embargoedUntil,
        Map<String, String> metadata,
        List<String> keywords,
        Integer urgency) {

    public ParsedArticle {
        requireNonBlank(id, "id");
        if (version < 0) {
            throw new IllegalArgumentException("version is negative: " + version);
        }
        Objects.requireNonNull(pubStatus, "pubStatus");
        requireNonBlank(provider, "provider");
        requireNonBlank(headline, "headline");
        body = List.copyOf(body);
        keywords = List.copyOf(keywords);
        metadata = copyOrdered(metadata);
        if (urgency != null && (urgency < 1 || urgency > 9)) {
            throw new IllegalArgumentException("urgency outside 1..9: " + urgency);
        }
    }

    /** Starts a builder with the two fields every format must supply. */
    public static Builder builder(String id, String headline) {
        return new Builder(id, headline);
    }

    private static void requireNonBlank(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " is blank");
        }
    }

    private static Map<String, String> copyOrdered(Map<String, String> source) {
        Map<String, String> copy = new LinkedHashMap<>();
        source.forEach((key, value) -> copy.put(
                Objects.requireNonNull(key, "metadata key"),
                Objects.requireNonNull(value, () -> "metadata value of " + key)));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Mutable builder for {@link ParsedArticle}; not thread-safe. Defaults: version 1,
     * {@link PubStatus#USABLE}, provider {@code "unknown"}, everything else empty or null.
     */
    public static final class Builder {
        private final String id;
        private final String headline;
        private long version = 1;
        private PubStatus pubStatus = PubStatus.USABLE;
        private String provider = "unknown";
        private String subheadline;
        private String byline;
        private String dateline;
        private String section;
        private String language;
        private final List<String> body = new ArrayList<>();
        private Instant firstCreated;
        private Instant versionCreated;
        private Instant embargoedUntil;
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private final List<String> keywords = new ArrayList<>();
        private Integer urgency;

        private Builder(String id, String headline) {
            this.id = id;
            this.headline = headline;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public Builder pubStatus(PubStatus pubStatus) {
            this.pubStatus = pubStatus;
            return this;
        }

        public Builder provider(String provider) {
            this.provider = provider;
            return this;
        }

        public Builder subheadline(String subheadline) {
            this.subheadline = subheadline;
            return this;
        }

        public Builder byline(String byline) {
            this.byline = byline;
            return this;
        }

        public Builder dateline(String dateline) {
            this.dateline = dateline;
            return this;
        }

        public Builder section(String section) {
            this.section = section;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder body(List<String> paragraphs) {
            body.clear();
            body.addAll(paragraphs);
            return this;
        }

        public Builder firstCreated(Instant firstCreated) {
            this.firstCreated = firstCreated;
            return this;
        }

        public Builder versionCreated(Instant versionCreated) {
            this.versionCreated = versionCreated;
            return this;
        }

        public Builder embargoedUntil(Instant embargoedUntil) {
            this.embargoedUntil = embargoedUntil;
            return this;
        }

        /** Adds one metadata entry; a null value is ignored, so optional fields can be passed as-is. */
        public Builder metadata(String key, String value) {
            if (value != null) {
                metadata.put(key, value);
            }
            return this;
        }

        public Builder metadata(Map<String, String> entries) {
            entries.forEach(this::metadata);
            return this;
        }

        public Builder keywords(List<String> keywords) {
            this.keywords.clear();
            this.keywords.addAll(keywords);
            return this;
        }

        public Builder urgency(Integer urgency) {
            this.urgency = urgency;
            return this;
        }

        /**
         * @throws IllegalArgumentException or NullPointerException if a field breaks the record's
         *     contract (formats check their input first, so this signals a bug in the format)
         */
        public ParsedArticle build() {
            return new ParsedArticle(id, version, pubStatus, provider, headline, subheadline, byline,
                    dateline, section, language, body, firstCreated, versionCreated, embargoedUntil,
                    metadata, keywords, urgency);
        }
    }
}
