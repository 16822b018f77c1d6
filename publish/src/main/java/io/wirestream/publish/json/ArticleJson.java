package io.wirestream.publish.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.schemas.Association;
import io.wirestream.schemas.Boilerplate;
import io.wirestream.schemas.Byline;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.Entity;
import io.wirestream.schemas.Mention;
import io.wirestream.schemas.Place;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.Rendition;
import io.wirestream.schemas.Subject;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders articles as JSON with ninjs 3.x-style (camelCase) field names, so any Kafka client
 * (kcat, a search indexer) can read the JSON topic without Avro.
 *
 * <p>Enriched form, top level: {@code guid, uri, type, version, pubStatus, change, headline,
 * subheadline, byline, located, firstCreated, versionCreated, embargoed, language,
 * languageConfidence, body, provider{name}, keywords, urgency, section, wordCount, sentenceCount,
 * paragraphCount, readingTimeMinutes, entities[{type, name, mentions[{start, end, text}]}],
 * boilerplate[{kind, text}], source{format, origin, receivedAt, contentHash}, metadata, enrichedAt,
 * enricher}}. Since schema v3, with ninjs 3.x names: {@code subjects[{name, literal, scheme}],
 * places[{name, literal, scheme, rel}], people[{name, role, jobTitle}], signals[],
 * associations[{name, uri, type, description, renditions[{href, contentType, sizeInBytes, width,
 * height}]}], priority, copyrightHolder, copyrightNotice, usageTerms, altIds[{role, value}]} (the
 * original format's raw id has role {@code original}). Since schema v4, entities add {@code canonicalName},
 * {@code relevance} (ninjs 3.x name of the salience, 0-1) and, when linked, {@code wikidataId, geonamesId,
 * geometry{type: Point, coordinates[lon, lat]}, countryCode}; and see {@link Extractions} for
 * {@code dateline, dateReference, dates, quantities, quotes}; since v5, {@link TopicsJson} for {@code mediaTopics,
 * keyphrases}. Entity offsets are UTF-16 offsets into
 * {@code body}, end exclusive. Absent optional values and empty v3 lists are omitted. Times are
 * ISO-8601 UTC.
 *
 * <p>Immutable and thread-safe.
 */
public final class ArticleJson {

    private final ObjectMapper mapper;

    /** @param pretty indent the output (for people) or keep one object per line (for topics) */
    public ArticleJson(boolean pretty) {
        this.mapper = new ObjectMapper().configure(SerializationFeature.INDENT_OUTPUT, pretty);
    }

    /** The enriched article as a JSON document. */
    public String render(EnrichedArticle enriched) {
        return write(tree(enriched));
    }

    /** The parsed (not enriched) article as a JSON document. */
    public String render(RawArticle article) {
        return write(tree(article));
    }

    /** The enriched article as a JSON tree, to embed in a larger document. */
    public ObjectNode tree(EnrichedArticle enriched) {
        RawArticle article = enriched.getArticle();
        ObjectNode node = mapper.createObjectNode();
        header(node, article);
        node.put("change", lower(enriched.getChange().name()));
        node.put("headline", article.getHeadline());
        optional(node, "subheadline", article.getSubheadline());
        optional(node, "byline", article.getByline());
        optional(node, "located", article.getDateline());
        times(node, article);
        optional(node, "language", enriched.getLanguage());
        if (enriched.getLanguage() != null) {
            node.put("languageConfidence", enriched.getLanguageConfidence());
        }
        node.put("body", enriched.getBody());
        described(node, article);
        provider(node, article);
        node.put("wordCount", enriched.getWordCount());
        node.put("sentenceCount", enriched.getSentenceCount());
        node.put("paragraphCount", enriched.getParagraphCount());
        node.put("readingTimeMinutes", enriched.getReadingTimeMinutes());
        ArrayNode entities = node.putArray("entities");
        for (Entity entity : enriched.getEntities()) {
            ObjectNode e = entities.addObject().put("type", entity.getType()).put("name", entity.getName());
            optional(e, "canonicalName", entity.getCanonicalName());
            e.put("relevance", entity.getSalience());
            optional(e, "wikidataId", entity.getWikidataId());
            if (entity.getGeonamesId() != null) {
                e.put("geonamesId", entity.getGeonamesId());
            }
            if (entity.getLatitude() != null && entity.getLongitude() != null) {
                e.putObject("geometry").put("type", "Point").putArray("coordinates")
                        .add(entity.getLongitude()).add(entity.getLatitude());
            }
            optional(e, "countryCode", entity.getCountryCode());
            ArrayNode mentions = e.putArray("mentions");
            for (Mention m : entity.getMentions()) {
                mentions.addObject().put("start", m.getStart()).put("end", m.getEnd()).put("text", m.getText());
            }
        }
        Extractions.write(node, enriched);
        TopicsJson.write(node, enriched);
        ClusterJson.write(node, enriched);
        ArrayNode boilerplate = node.putArray("boilerplate");
        for (Boilerplate b : enriched.getBoilerplate()) {
            boilerplate.addObject().put("kind", b.getKind()).put("text", b.getText());
        }
        source(node, article);
        metadata(node, article);
        node.put("enrichedAt", enriched.getEnrichedAt().toString());
        node.put("enricher", enriched.getEnricher());
        return node;
    }

    /** The parsed article as a JSON tree: body as paragraphs, no enrichment. */
    public ObjectNode tree(RawArticle article) {
        ObjectNode node = mapper.createObjectNode();
        header(node, article);
        node.put("headline", article.getHeadline());
        optional(node, "subheadline", article.getSubheadline());
        optional(node, "byline", article.getByline());
        optional(node, "located", article.getDateline());
        times(node, article);
        optional(node, "language", article.getLanguage());
        ArrayNode body = node.putArray("bodyParagraphs");
        article.getBody().forEach(body::add);
        described(node, article);
        provider(node, article);
        source(node, article);
        metadata(node, article);
        return node;
    }

    /** Serialises any tree made by this class. */
    public String write(Object tree) {
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot render article JSON", e);
        }
    }

    /** The mapper behind this renderer, for callers that build surrounding documents. */
    public ObjectMapper mapper() {
        return mapper;
    }

    private static void header(ObjectNode node, RawArticle article) {
        node.put("guid", article.getId());
        node.put("uri", "urn:wirestream:story:" + article.getId());
        node.put("type", "text");
        node.put("version", article.getVersion());
        node.put("pubStatus", lower(article.getPubStatus().name()));
    }

    private static void times(ObjectNode node, RawArticle article) {
        optional(node, "firstCreated", article.getFirstCreated());
        optional(node, "versionCreated", article.getVersionCreated());
        optional(node, "embargoed", article.getEmbargoedUntil());
        if (article.getUrgency() != null) {
            node.put("urgency", article.getUrgency());
        }
        ArrayNode keywords = node.putArray("keywords");
        article.getKeywords().forEach(keywords::add);
        optional(node, "section", article.getSection());
    }

    /** The structured v3 fields, under their ninjs 3.x names. */
    private static void described(ObjectNode node, RawArticle article) {
        if (!article.getSubjects().isEmpty()) {
            ArrayNode subjects = node.putArray("subjects");
            for (Subject s : article.getSubjects()) {
                ObjectNode o = subjects.addObject();
                optional(o, "name", s.getName());
                optional(o, "literal", s.getCode());
                optional(o, "scheme", s.getScheme());
            }
        }
        if (!article.getPlaces().isEmpty()) {
            ArrayNode places = node.putArray("places");
            for (Place p : article.getPlaces()) {
                ObjectNode o = places.addObject();
                optional(o, "name", p.getName());
                optional(o, "literal", p.getCode());
                optional(o, "scheme", p.getScheme());
                optional(o, "rel", p.getRole());
            }
        }
        if (!article.getBylines().isEmpty()) {
            ArrayNode people = node.putArray("people");
            for (Byline b : article.getBylines()) {
                ObjectNode o = people.addObject().put("name", b.getName());
                optional(o, "role", b.getRole());
                optional(o, "jobTitle", b.getTitle());
            }
        }
        if (!article.getSignals().isEmpty()) {
            ArrayNode signals = node.putArray("signals");
            article.getSignals().forEach(signals::add);
        }
        if (!article.getAssociations().isEmpty()) {
            ArrayNode associations = node.putArray("associations");
            for (Association a : article.getAssociations()) {
                ObjectNode o = associations.addObject();
                optional(o, "name", a.getId());
                optional(o, "uri", a.getUri());
                optional(o, "type", a.getType());
                optional(o, "description", a.getCaption());
                ArrayNode renditions = o.putArray("renditions");
                for (Rendition r : a.getRenditions()) {
                    ObjectNode ro = renditions.addObject().put("href", r.getHref());
                    optional(ro, "contentType", r.getMimeType());
                    if (r.getSizeInBytes() != null) {
                        ro.put("sizeInBytes", r.getSizeInBytes());
                    }
                    if (r.getWidth() != null) {
                        ro.put("width", r.getWidth());
                    }
                    if (r.getHeight() != null) {
                        ro.put("height", r.getHeight());
                    }
                }
            }
        }
        if (article.getPriority() != null) {
            node.put("priority", article.getPriority());
        }
        optional(node, "copyrightHolder", article.getCopyrightHolder());
        optional(node, "copyrightNotice", article.getCopyrightNotice());
        optional(node, "usageTerms", article.getUsageTerms());
        if (article.getRawId() != null) {
            node.putArray("altIds").addObject().put("role", "original").put("value", article.getRawId());
        }
    }

    private static void provider(ObjectNode node, RawArticle article) {
        node.putObject("provider").put("name", article.getProvider());
    }

    private static void source(ObjectNode node, RawArticle article) {
        node.putObject("source")
                .put("format", article.getFormat())
                .put("origin", article.getOrigin())
                .put("receivedAt", article.getReceivedAt().toString())
                .put("contentHash", article.getContentHash());
    }

    private static void metadata(ObjectNode node, RawArticle article) {
        ObjectNode metadata = node.putObject("metadata");
        for (Map.Entry<String, String> e : new TreeMap<>(article.getMetadata()).entrySet()) {
            metadata.put(e.getKey(), e.getValue());
        }
    }

    private static void optional(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void optional(ObjectNode node, String field, Instant value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }

    private static String lower(String symbol) {
        return symbol.toLowerCase(Locale.ROOT);
    }
}
