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
 * @param subjects subject codes, in order, no null elements
 * @param places places the story was filed from or is about, no null elements
 * @param bylines the people credited, structured ({@code byline} keeps the statement as sent)
 * @param signals editorial signals in lower case ({@code update}, {@code correction}), no duplicates
 * @param associations pictures, video and other items attached by reference, never fetched
 * @param priority provider priority (ANPA, IPTC 7901), nullable
 * @param copyrightHolder who holds the copyright, nullable
 * @param copyrightNotice the copyright statement as sent, nullable
 * @param usageTerms usage terms or restrictions as sent, nullable
 * @param rawId the item's own id in its original format (doc-id, guid, PublicIdentifier) when
 *     {@code id} is derived from it or differs from it, nullable
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
        Integer urgency,
        List<Subject> subjects,
        List<Place> places,
        List<Person> bylines,
        List<String> signals,
        List<Association> associations,
        Integer priority,
        String copyrightHolder,
        String copyrightNotice,
        String usageTerms,
        String rawId) {

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
        subjects = List.copyOf(subjects);
        places = List.copyOf(places);
        bylines = List.copyOf(bylines);
        signals = List.copyOf(new java.util.LinkedHashSet<>(signals));
        associations = List.copyOf(associations);
    }

    /**
     * A subject term: a code in a scheme and its name; at least one of code and name is set.
     *
     * @param scheme scheme or qcode prefix ({@code subj}, {@code medtop}, a scheme URI), nullable
     * @param code code in the scheme, nullable
     * @param name human-readable name, nullable
     */
    public record Subject(String scheme, String code, String name) {
        public Subject {
            if (code == null && name == null) {
                throw new IllegalArgumentException("a subject needs a code or a name");
            }
        }
    }

    /**
     * A place; at least one of name and code is set.
     *
     * @param name place name, nullable
     * @param scheme scheme of the code, nullable
     * @param code code in the scheme, nullable
     * @param role {@code located} (filed from) or {@code about}; nullable when not said
     */
    public record Place(String name, String scheme, String code, String role) {
        public Place {
            if (name == null && code == null) {
                throw new IllegalArgumentException("a place needs a name or a code");
            }
        }
    }

    /**
     * A credited person.
     *
     * @param name the person's name, not blank
     * @param role role such as {@code author} or {@code photographer}, nullable
     * @param title job title or affiliation ({@code AP Sports Writer}), nullable
     */
    public record Person(String name, String role, String title) {
        public Person {
            requireNonBlank(name, "byline name");
        }
    }

    /**
     * An item attached by reference (a picture, a video); nothing it points at is fetched.
     *
     * @param id id or guid of the item, nullable
     * @param uri URI of the item, nullable
     * @param type {@code picture}, {@code video}, {@code audio}, {@code graphic}..., nullable
     * @param caption caption text, nullable
     * @param renditions the renditions by reference, no null elements
     */
    public record Association(String id, String uri, String type, String caption, List<Rendition> renditions) {
        public Association {
            renditions = List.copyOf(renditions);
        }
    }

    /**
     * One rendition of an associated item, by reference.
     *
     * @param href where it can be fetched, not blank
     * @param mimeType media type, nullable
     * @param sizeInBytes size, nullable
     * @param width width in pixels, nullable
     * @param height height in pixels, nullable
     */
    public record Rendition(String href, String mimeType, Long sizeInBytes, Integer width, Integer height) {
        public Rendition {
            requireNonBlank(href, "rendition href");
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
        private final List<Subject> subjects = new ArrayList<>();
        private final List<Place> places = new ArrayList<>();
        private final List<Person> bylines = new ArrayList<>();
        private final List<String> signals = new ArrayList<>();
        private final List<Association> associations = new ArrayList<>();
        private Integer priority;
        private String copyrightHolder;
        private String copyrightNotice;
        private String usageTerms;
        private String rawId;

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

        /** Adds one subject term. */
        public Builder subject(Subject subject) {
            subjects.add(Objects.requireNonNull(subject, "subject"));
            return this;
        }

        public Builder subjects(List<Subject> subjects) {
            this.subjects.clear();
            subjects.forEach(this::subject);
            return this;
        }

        /** Adds one place. */
        public Builder place(Place place) {
            places.add(Objects.requireNonNull(place, "place"));
            return this;
        }

        public Builder places(List<Place> places) {
            this.places.clear();
            places.forEach(this::place);
            return this;
        }

        /** Adds one structured byline. */
        public Builder person(Person person) {
            bylines.add(Objects.requireNonNull(person, "person"));
            return this;
        }

        public Builder bylines(List<Person> people) {
            bylines.clear();
            people.forEach(this::person);
            return this;
        }

        /** Adds one editorial signal, lower-cased; a repeated signal is kept once. */
        public Builder signal(String signal) {
            signals.add(Objects.requireNonNull(signal, "signal").strip().toLowerCase(java.util.Locale.ROOT));
            return this;
        }

        public Builder signals(List<String> signals) {
            this.signals.clear();
            signals.forEach(this::signal);
            return this;
        }

        /** Adds one associated item. */
        public Builder association(Association association) {
            associations.add(Objects.requireNonNull(association, "association"));
            return this;
        }

        public Builder associations(List<Association> associations) {
            this.associations.clear();
            associations.forEach(this::association);
            return this;
        }

        public Builder priority(Integer priority) {
            this.priority = priority;
            return this;
        }

        public Builder copyrightHolder(String copyrightHolder) {
            this.copyrightHolder = copyrightHolder;
            return this;
        }

        public Builder copyrightNotice(String copyrightNotice) {
            this.copyrightNotice = copyrightNotice;
            return this;
        }

        public Builder usageTerms(String usageTerms) {
            this.usageTerms = usageTerms;
            return this;
        }

        public Builder rawId(String rawId) {
            this.rawId = rawId;
            return this;
        }

        /**
         * Builds the article, cutting over-long short fields as {@link FieldLimits} says (and noting
         * each cut in the metadata).
         *
         * @throws IllegalArgumentException or NullPointerException if a field breaks the record's
         *     contract (formats check their input first, so this signals a bug in the format)
         */
        public ParsedArticle build() {
            // Every format goes through here, so the field limits are enforced once for all.
            Map<String, String> notes = new LinkedHashMap<>();
            String cutHeadline = FieldLimits.cut("headline", headline, FieldLimits.HEADLINE, notes);
            String cutSubheadline = FieldLimits.cut("subheadline", subheadline, FieldLimits.SUBHEADLINE, notes);
            String cutByline = FieldLimits.cut("byline", byline, FieldLimits.BYLINE, notes);
            String cutDateline = FieldLimits.cut("dateline", dateline, FieldLimits.DATELINE, notes);
            String cutSection = FieldLimits.cut("section", section, FieldLimits.SHORT_TEXT, notes);
            List<String> cutKeywords = FieldLimits.keywords(keywords, notes);
            Map<String, String> allMetadata = new LinkedHashMap<>();
            metadata.forEach((key, value) -> allMetadata.put(key,
                    key.equals("slugline") ? FieldLimits.cut("slugline", value, FieldLimits.SHORT_TEXT, notes) : value));
            allMetadata.putAll(notes);
            return new ParsedArticle(id, version, pubStatus, provider, cutHeadline, cutSubheadline, cutByline,
                    cutDateline, cutSection, language, body, firstCreated, versionCreated, embargoedUntil,
                    allMetadata, cutKeywords, urgency, subjects, places, bylines, signals, associations,
                    priority, copyrightHolder, copyrightNotice, usageTerms, rawId);
        }
    }
}
