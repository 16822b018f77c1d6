package io.wirestream.ingest;

import static java.util.stream.Collectors.toList;

import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.ParsedArticle;
import io.wirestream.schemas.Association;
import io.wirestream.schemas.Byline;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.Rendition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/** Turns what a wire format parsed into the {@link RawArticle} records the pipeline carries. */
public final class RawArticles {

    private RawArticles() {
    }

    /**
     * Maps a parsed article to its Avro record.
     *
     * <p>Timestamps are truncated to milliseconds, the precision of the Avro {@code timestamp-millis}
     * fields, so that a record equals itself after a round trip through Kafka. Lists and the map are
     * fresh mutable copies, as Avro code expects.
     *
     * @param article the parsed article, not null
     * @param origin where it came from, not null: gives {@code origin} and {@code receivedAt}
     * @param formatId id of the wire format that parsed it, not null
     */
    public static RawArticle toRawArticle(ParsedArticle article, Origin origin, String formatId) {
        Objects.requireNonNull(formatId, "formatId");
        return RawArticle.newBuilder()
                .setId(article.id())
                .setVersion(article.version())
                .setPubStatus(article.pubStatus())
                .setProvider(article.provider())
                .setFormat(formatId)
                .setOrigin(origin.name())
                .setReceivedAt(millis(origin.receivedAt()))
                .setHeadline(article.headline())
                .setSubheadline(article.subheadline())
                .setByline(article.byline())
                .setDateline(article.dateline())
                .setSection(article.section())
                .setLanguage(article.language())
                .setBody(new ArrayList<>(article.body()))
                .setFirstCreated(millis(article.firstCreated()))
                .setVersionCreated(millis(article.versionCreated()))
                .setEmbargoedUntil(millis(article.embargoedUntil()))
                .setMetadata(new LinkedHashMap<>(article.metadata()))
                .setContentHash(contentHash(article.headline(), article.body()))
                .setKeywords(new ArrayList<>(article.keywords()))
                .setUrgency(article.urgency())
                .setSubjects(article.subjects().stream().map(s -> io.wirestream.schemas.Subject.newBuilder()
                        .setScheme(s.scheme()).setCode(s.code()).setName(s.name()).build()).collect(toList()))
                .setPlaces(article.places().stream().map(p -> io.wirestream.schemas.Place.newBuilder()
                        .setName(p.name()).setScheme(p.scheme()).setCode(p.code()).setRole(p.role()).build())
                        .collect(toList()))
                .setBylines(article.bylines().stream().map(p -> Byline.newBuilder()
                        .setName(p.name()).setRole(p.role()).setTitle(p.title()).build()).collect(toList()))
                .setSignals(new ArrayList<>(article.signals()))
                .setAssociations(article.associations().stream().map(RawArticles::association).collect(toList()))
                .setPriority(article.priority())
                .setCopyrightHolder(article.copyrightHolder())
                .setCopyrightNotice(article.copyrightNotice())
                .setUsageTerms(article.usageTerms())
                .setRawId(article.rawId())
                .build();
    }

    private static Association association(ParsedArticle.Association a) {
        return Association.newBuilder()
                .setId(a.id()).setUri(a.uri()).setType(a.type()).setCaption(a.caption())
                .setRenditions(a.renditions().stream().map(r -> Rendition.newBuilder()
                        .setHref(r.href()).setMimeType(r.mimeType()).setSizeInBytes(r.sizeInBytes())
                        .setWidth(r.width()).setHeight(r.height()).build()).collect(toList()))
                .build();
    }

    /**
     * The content hash of a story: equal hashes mean equal copy, whatever format or line endings it
     * came in.
     *
     * <p>Defined as the lower-case hex SHA-256 of the UTF-8 bytes of
     * {@code headline + "\n\n" + body[0] + "\n\n" + body[1] ...} (just the headline when the body is
     * empty), where the headline and each paragraph are first normalised: CRLF and CR become LF,
     * and the text is put in Unicode NFC, so that the same words in composed or decomposed accents
     * hash the same. Metadata, ids and timestamps are not part of it.
     */
    public static String contentHash(String headline, List<String> body) {
        StringBuilder text = new StringBuilder(normalise(headline));
        for (String paragraph : body) {
            text.append("\n\n").append(normalise(paragraph));
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
