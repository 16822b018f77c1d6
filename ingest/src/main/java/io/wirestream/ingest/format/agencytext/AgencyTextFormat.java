package io.wirestream.ingest.format.agencytext;

import io.wirestream.ingest.format.Detection;
import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.Paragraphs;
import io.wirestream.ingest.format.ParsedArticle;
import io.wirestream.ingest.format.WireFormat;
import io.wirestream.ingest.format.WireFormatException;
import io.wirestream.schemas.PubStatus;
import io.wirestream.ingest.format.text.TextDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text agency copy as agencies publish it on the web and send it as {@code .txt}: headline,
 * a short header, body paragraphs, and the site's copyright and credits footer.
 *
 * <pre>
 * Headline of the story
 * NEWS                                   section label, in capitals
 * Read about: 4 min.                     reading time     → metadata readingTime
 * Sub-headline or teaser
 * 3 hours ago                            date line        → metadata relativeDate, firstCreated
 * The link was copied                    share widget     → dropped
 *
 * First paragraph.
 *
 * Second paragraph.
 *
 * This website is maintained and managed by ...       footer: kept in the body
 * All rights reserved by ... © 2002-2025
 * </pre>
 *
 * <p>The header lines are optional and recognised by shape (see {@link Header}). The body is kept
 * as it is, one paragraph per line, <em>including</em> the footer: removing boilerplate is the
 * enrich stage's job, which keeps it as metadata.
 *
 * <p>Plain copy has no id, version or provider field, so:
 * <ul>
 *   <li>provider: the origin's hint, else a name from a footer notice ("maintained and managed by
 *       X", "All rights reserved by X", "© 2025 X"), else {@code unknown};</li>
 *   <li>id: {@code <provider-slug>:<headline-slug>-<story-key>}, where the story key is the
 *       first {@value #STORY_KEY_HEX} hex digits of the SHA-256 of the normalised headline (NFKC,
 *       lower case, whitespace collapsed) and, when the date line is absolute, its calendar day
 *       ({@link #storyKey}). The id depends on the copy only, not on how it arrived: the same
 *       story dropped as a file and pushed over HTTP, or re-sent under another file name, is one
 *       story, and a correction in its body keeps its id; the same headline on another day is
 *       another story. Relative date lines ("2 hours ago") are left out because they resolve
 *       differently on every re-send. Two stories collide only if provider, headline and day
 *       all match;</li>
 *   <li>version 1 and {@link PubStatus#USABLE} (a correction is told apart by its content hash).</li>
 * </ul>
 *
 * <p>Input is decoded by {@link TextDecoder} (UTF-8 with or without BOM, UTF-16 with BOM,
 * windows-1252, ISO-8859-1/-15), with LF, CRLF or CR line ends. Text that is no story (a list of
 * file names, delimited records, a log; see {@link NonStory}) is rejected. Stateless and
 * thread-safe.
 */
public final class AgencyTextFormat implements WireFormat {

    /** The format id. */
    public static final String ID = "agency-text";

    /** Provider used when neither the origin nor the footer names one. */
    public static final String UNKNOWN_PROVIDER = "unknown";

    /** A first line longer than this is a paragraph, not a headline. */
    static final int MAX_HEADLINE_CHARS = 200;

    /** Footer notices are looked for only in this many last paragraphs. */
    static final int FOOTER_PARAGRAPHS = 5;

    private static final int MAX_SLUG_CHARS = 64;
    private static final int MAX_HEADLINE_SLUG_CHARS = 40;

    /** Hex digits of the story key in an id: 48 bits, so distinct stories under one file name do not collide. */
    static final int STORY_KEY_HEX = 12;

    // A name as footers write it: capitalised first word, then up to five more words. Words start
    // with a letter, so a year range after the name ("X © 2002-2025", "X 2025") is not part of it.
    private static final String NAME =
            "(?<name>\\p{Lu}[\\p{L}\\p{N}&'’-]*(?:[ \\t]+[\\p{L}&][\\p{L}\\p{N}&'’-]*){0,5})";

    /** Footer notices that name the site's owner, most explicit first. */
    private static final List<Pattern> PROVIDER_NOTICES = List.of(
            Pattern.compile("(?i:\\b(?:website|site|portal|page|application|app|service)\\s+is\\s+"
                    + "(?:maintained|managed|operated|published|run)"
                    + "(?:\\s+and\\s+(?:maintained|managed|operated|published|run))?\\s+by)"
                    + "\\s+(?i:the\\s+)?" + NAME),
            Pattern.compile("(?i:\\ball\\s+rights\\s+reserved\\s+by)\\s+(?i:the\\s+)?" + NAME),
            Pattern.compile("(?:(?i:copyright)\\s*)?(?:©|\\((?i:c)\\))\\s*"
                    + "(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?" + NAME));

    private static final Pattern BYLINE_BY = Pattern.compile("^(?i:by|von|par|por|door|av|nga)\\s+");
    private static final Pattern BYLINE_AND = Pattern.compile("\\s+(?:and|und|et|y|e|i|og)\\s+|\\s*&\\s*");

    // "[{", "[\"", "[1", "[]": a JSON array. "[PHOTOS] Headline" is still text.
    private static final Pattern JSON_ARRAY_START = Pattern.compile("\\[\\s*[\\[{\"\\d\\]-]");

    @Override
    public String id() {
        return ID;
    }

    /**
     * {@link Detection#NO_MATCH} unless the head is text (see {@link TextDecoder}) without control bytes (other than
     * tab, CR, LF, FF) that does not open like markup or JSON (an object or array); {@link Detection#WEAK} if it has a
     * short first line followed by more lines; {@link Detection#LIKELY} if a reading-time or date
     * line is among its first {@value Header#MAX_LINES} lines.
     */
    @Override
    public Detection detect(byte[] head) {
        for (byte b : head) {
            if (isForbiddenControl(b & 0xff)) {
                return Detection.NO_MATCH;
            }
        }
        String s = TextDecoder.decodeHead(head).text().stripLeading();
        if (s.isEmpty() || s.charAt(0) == '<' || s.charAt(0) == '{' || JSON_ARRAY_START.matcher(s).lookingAt()) {
            return Detection.NO_MATCH;
        }
        List<String> lines = s.lines().toList();
        if (lines.get(0).strip().length() > MAX_HEADLINE_CHARS
                || lines.stream().skip(1).allMatch(String::isBlank)) {
            return Detection.NO_MATCH;
        }
        boolean marker = lines.stream().skip(1).limit(Header.MAX_LINES - 1)
                .anyMatch(line -> HeaderLine.classify(line).isMarker());
        return marker ? Detection.LIKELY : Detection.WEAK;
    }

    @Override
    public List<ParsedArticle> parse(byte[] content, Origin origin) {
        List<String> lines = decode(content, origin).lines().toList();
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size()) {
            throw new WireFormatException(ID, origin, "empty input");
        }
        String headline = lines.get(first).strip();
        Header header = Header.read(lines, first + 1);
        List<String> body = Paragraphs.fromLines(String.join("\n", lines.subList(header.bodyStart(), lines.size())));
        if (body.isEmpty()) {
            throw new WireFormatException(ID, origin, "no body after the header of '" + headline + "'");
        }
        NonStory.reason(lines).ifPresent(reason -> {
            throw new WireFormatException(ID, origin, reason);
        });
        String provider = origin.provider() != null
                ? origin.provider()
                : providerFromFooter(body).orElse(UNKNOWN_PROVIDER);
        Instant firstCreated = header.dateLine() == null
                ? null
                : DateLine.resolve(header.dateLine(), origin.receivedAt()).orElse(null);
        OptionalInt minutes = header.readingTime() == null
                ? OptionalInt.empty()
                : HeaderLine.readingMinutes(header.readingTime());

        String id = slug(provider) + ":" + headlineSlug(headline) + "-" + storyKey(headline, header.dateLine());
        ParsedArticle.Builder article = ParsedArticle.builder(id, headline)
                .version(1)
                .pubStatus(PubStatus.USABLE)
                .provider(provider)
                .section(header.section())
                .subheadline(header.subheadline())
                .byline(header.byline())
                .body(body)
                .firstCreated(firstCreated)
                .metadata("readingTime", header.readingTime())
                .metadata("readingTimeMinutes", minutes.isPresent() ? Integer.toString(minutes.getAsInt()) : null)
                .metadata("relativeDate", header.dateLine());
        if (header.byline() != null) {
            bylineNames(header.byline()).forEach(name -> article.person(new ParsedArticle.Person(name, "author", null)));
        }
        return List.of(article.build());
    }

    /** The names in a credit line: "By Ana Lis and Jon Ree, Liburna" gives Ana Lis and Jon Ree. */
    static List<String> bylineNames(String byline) {
        String names = BYLINE_BY.matcher(byline.strip()).replaceFirst("");
        int comma = names.indexOf(',');
        if (comma > 0) {
            // What follows the comma is the agency or a title, not another name.
            names = names.substring(0, comma);
        }
        return BYLINE_AND.splitAsStream(names).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    /**
     * Finds the site owner named by a footer notice. Only the last paragraphs are searched, so that
     * a story saying "the port is managed by X" does not make X the provider.
     */
    static Optional<String> providerFromFooter(List<String> body) {
        List<String> footer = body.subList(Math.max(0, body.size() - FOOTER_PARAGRAPHS), body.size());
        for (Pattern notice : PROVIDER_NOTICES) {
            for (int i = footer.size() - 1; i >= 0; i--) {
                Matcher matcher = notice.matcher(footer.get(i));
                if (matcher.find()) {
                    return Optional.of(matcher.group("name").strip());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What tells stories with similar headline slugs apart: a hash of the normalised headline and, if
     * {@code dateLine} is absolute, its day (see the class comment).
     *
     * @param dateLine the header's date line, or null
     */
    static String storyKey(String headline, String dateLine) {
        String normalised = Normalizer.normalize(headline, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        String day = dateLine == null ? "" : DateLine.absoluteDay(dateLine).orElse("");
        return sha256Hex(normalised + "\n" + day).substring(0, STORY_KEY_HEX);
    }

    /**
     * A lower-case ASCII slug: accents removed, runs of anything else turned into one hyphen. Text
     * with nothing left (say, a name in a non-Latin script) gets a stable hash instead, so ids
     * never collapse to an empty string.
     */
    static String slug(String text) {
        String slug = Normalizer.normalize(text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG_CHARS) {
            slug = slug.substring(0, MAX_SLUG_CHARS).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "x" + sha256Hex(text).substring(0, 16) : slug;
    }

    /** The headline's slug, cut at a word boundary to at most {@value #MAX_HEADLINE_SLUG_CHARS} chars: readable, not whole. */
    static String headlineSlug(String headline) {
        String slug = slug(headline);
        if (slug.length() <= MAX_HEADLINE_SLUG_CHARS) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', MAX_HEADLINE_SLUG_CHARS);
        return slug.substring(0, cut > 0 ? cut : MAX_HEADLINE_SLUG_CHARS);
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String decode(byte[] content, Origin origin) {
        String text = TextDecoder.decode(content).text();
        for (int i = 0, line = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (isForbiddenControl(c) || c == '\uFFFD') {
                throw new WireFormatException(ID, origin, c == '\uFFFD'
                        ? "undecodable byte on line " + line
                        : String.format(Locale.ROOT, "control character U+%04X on line %d", (int) c, line));
            }
        }
        return text;
    }

    private static boolean isForbiddenControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7f;
    }
}
