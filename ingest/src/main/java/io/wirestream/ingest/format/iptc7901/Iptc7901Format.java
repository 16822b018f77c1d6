package io.wirestream.ingest.format.iptc7901;

import static io.wirestream.ingest.format.teletype.ControlCodes.DEL;
import static io.wirestream.ingest.format.teletype.ControlCodes.ETX;
import static io.wirestream.ingest.format.teletype.ControlCodes.SOH;
import static io.wirestream.ingest.format.teletype.ControlCodes.STX;
import static io.wirestream.ingest.format.teletype.HeaderLine.lineEnd;

import io.wirestream.ingest.format.Detection;
import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.ParsedArticle;
import io.wirestream.ingest.format.WireFormat;
import io.wirestream.ingest.format.WireFormatException;
import io.wirestream.ingest.format.teletype.ControlCodes;
import io.wirestream.ingest.format.teletype.HeaderLine;
import io.wirestream.ingest.format.teletype.Months;
import io.wirestream.ingest.format.teletype.Priorities;
import io.wirestream.ingest.format.teletype.StoryIds;
import io.wirestream.ingest.format.teletype.TakeKey;
import io.wirestream.ingest.format.teletype.TeletypeText;
import io.wirestream.ingest.format.text.TextDecoder;
import io.wirestream.schemas.PubStatus;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPTC 7901 ("IPTC Recommended Message Format"), the teletype format of European agencies (dpa,
 * APA, ANSA, ...): one or more messages in a stream, 8-bit text.
 *
 * <pre>
 * SOH eca062 4 i 211 ccccb dpa 061       header: source + sequence, priority, category, word count, extras
 * Germany-politics/                      keyword line(s), "/"-separated
 * STX 1ST LEAD                           optional version line (take key)
 * Headline of the story =                headline, ended by "=" or a line end
 * By Name Surname, dpa =                 optional byline
 *    Berlin (dpa) - First paragraph ...  body: hard-wrapped, indented or blank-line separated
 * # dpa NOTEBOOK ... not for publication editorial notes: metadata "editorialNote", not body
 * dpa wsz jln                            editor initials: metadata "editors"
 * ETX 131137 GMT Nov 13                  trailer: DDHHMM GMT Mon YY = version created
 * DEL ... EOT
 * </pre>
 *
 * <p>Field table: id {@link StoryIds derived} from provider, trailer date and keyword line
 * (stable across leads; the header's source and sequence, which change per transmission, go to
 * {@code rawId}); version, signals and kills from the version line ({@link TakeKey}); urgency and
 * priority from the header priority; section from the category; provider from the origin's hint,
 * else the dateline's agency, else the header's agency token; place and dateline from the
 * dateline; versionCreated from the trailer. Damaged streams are tolerated: a missing SOH, STX,
 * ETX or EOT, CR/LF/CRLF line ends; a message with a header but no headline or no text is
 * rejected naming its number and sequence. Stateless and thread-safe.
 */
public final class Iptc7901Format implements WireFormat {

    /** The format id. */
    public static final String ID = "iptc7901";

    // "eca062 4 i 211 ccccb   dpa 061": source letters + sequence digits, priority, category, word count, rest.
    private static final Pattern HEADER = Pattern.compile(
            "^\\s*([A-Za-z]{1,8})(\\d{1,6})\\s+([0-9A-Za-z])\\s+([A-Za-z]{1,3})\\s+(\\d{1,5})(?:\\s+(.*?))?\\s*$");
    // "131137 GMT Nov 13"; European agencies also stamp local time ("011030 MEZ Dez 26").
    private static final Pattern TRAILER = Pattern.compile(
            "(\\d{2})(\\d{2})(\\d{2})\\s*(GMT|UTC|UT|Z|MEZ|MESZ|CET|CEST|MET|MEST|WET|WEST|EET|EEST|OEZ|OESZ|BST)"
                    + "\\s+(\\p{L}{3,5})\\.?\\s+(\\d{2,4})");
    private static final Map<String, ZoneOffset> TRAILER_ZONES = Map.ofEntries(
            Map.entry("MEZ", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("MET", ZoneOffset.ofHours(1)),
            Map.entry("MESZ", ZoneOffset.ofHours(2)), Map.entry("CEST", ZoneOffset.ofHours(2)), Map.entry("MEST", ZoneOffset.ofHours(2)),
            Map.entry("WEST", ZoneOffset.ofHours(1)), Map.entry("BST", ZoneOffset.ofHours(1)),
            Map.entry("EET", ZoneOffset.ofHours(2)), Map.entry("OEZ", ZoneOffset.ofHours(2)),
            Map.entry("EEST", ZoneOffset.ofHours(3)), Map.entry("OESZ", ZoneOffset.ofHours(3)));
    private static final Pattern NOTES_START = Pattern.compile(
            "(?i)^(?:#{1,3}\\s+\\S.*|\\*\\s*\\*\\s*\\*.*|.*\\bnot\\s+(?:intended\\s+)?for\\s+publication\\b.*)$");
    private static final Pattern EDITORS = Pattern.compile("^\\p{L}{2,8}(?:\\s+[a-z]{2,4}){1,8}$");
    private static final Pattern BYLINE = Pattern.compile("(?i)^(?:by|von|par|por|di|door|av)\\s+\\S.*");

    @Override
    public String id() {
        return ID;
    }

    /**
     * {@link Detection#CERTAIN} for an SOH followed by an IPTC 7901 header line;
     * {@link Detection#LIKELY} for such a header line without its SOH when an STX follows;
     * {@link Detection#NO_MATCH} otherwise (an ANPA-1312 header, SOH + letter + four digits + US,
     * is not one).
     */
    @Override
    public Detection detect(byte[] head) {
        HeaderLine opening = HeaderLine.of(head);
        String text = opening.text();
        boolean soh = opening.soh();
        int lineEnd = opening.lineEnd();
        String firstLine = opening.line();
        if (firstLine.indexOf('\u001f') >= 0 || !HEADER.matcher(firstLine).matches()) {
            return Detection.NO_MATCH;
        }
        if (soh) {
            return Detection.CERTAIN;
        }
        return text.indexOf(STX, lineEnd) >= 0 ? Detection.LIKELY : Detection.NO_MATCH;
    }

    @Override
    public List<ParsedArticle> parse(byte[] content, Origin origin) {
        String stream = TextDecoder.decode(content).text();
        List<String> messages = ControlCodes.messages(stream);
        if (messages.isEmpty()) {
            throw new WireFormatException(ID, origin, "no message in the stream");
        }
        List<ParsedArticle> articles = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            articles.add(parseMessage(messages.get(i), i + 1, messages.size(), origin));
        }
        return List.copyOf(articles);
    }

    private static ParsedArticle parseMessage(String message, int number, int count, Origin origin) {
        String where = count > 1 ? "message " + number + " of " + count : "the message";
        int lineEnd = lineEnd(message, 0);
        Matcher header = HEADER.matcher(message.substring(0, lineEnd));
        if (!header.matches()) {
            throw new WireFormatException(ID, origin, "no IPTC 7901 header line in " + where);
        }
        String rawId = header.group(1) + header.group(2);
        where = where + " (" + rawId + ")";
        int stx = message.indexOf(STX, lineEnd);
        int etx = message.indexOf(ETX, Math.max(stx, lineEnd));
        String beforeText = message.substring(lineEnd, stx >= 0 ? stx : lineEnd);
        String text = message.substring(stx >= 0 ? stx + 1 : lineEnd, etx >= 0 ? etx : message.length());
        String trailer = etx >= 0 ? message.substring(etx + 1) : "";

        List<String> textLines = new ArrayList<>(ControlCodes.lines(clean(text)));
        List<String> keywords = new ArrayList<>();
        if (stx >= 0) {
            ControlCodes.lines(clean(beforeText)).forEach(line -> keywords.addAll(keywordsOf(line)));
        } else {
            // Damaged: no STX. The keyword line is the first line ending in "/", if any.
            while (!textLines.isEmpty() && textLines.get(0).isBlank()) {
                textLines.remove(0);
            }
            if (!textLines.isEmpty() && textLines.get(0).strip().endsWith("/")) {
                keywords.addAll(keywordsOf(textLines.remove(0)));
            }
        }
        if (etx < 0) {
            // Damaged: no ETX. A trailer-shaped last line is still the trailer.
            for (int i = textLines.size() - 1; i >= 0 && i >= textLines.size() - 3; i--) {
                if (TRAILER.matcher(textLines.get(i)).find() && textLines.get(i).strip().length() < 40) {
                    trailer = textLines.remove(i);
                    break;
                }
            }
        }

        int i = skipBlank(textLines, 0);
        TakeKey takeKey = TakeKey.NONE;
        if (i < textLines.size() && TakeKey.isVersionLine(textLines.get(i))) {
            takeKey = TakeKey.parse(textLines.get(i));
            i = skipBlank(textLines, i + 1);
        }
        StringBuilder headline = new StringBuilder();
        while (i < textLines.size() && !textLines.get(i).isBlank() && headline.length() < 400) {
            String line = textLines.get(i).strip();
            if (headline.length() > 0 && BYLINE.matcher(line).matches()) {
                break;
            }
            boolean ended = line.endsWith("=");
            headline.append(headline.length() > 0 ? " " : "").append(stripEnd(line));
            i++;
            if (ended || !continuesHeadline(textLines, i)) {
                break;
            }
        }
        if (headline.isEmpty()) {
            throw new WireFormatException(ID, origin, "no headline in " + where);
        }
        String byline = null;
        if (i < textLines.size() && BYLINE.matcher(textLines.get(i).strip()).matches()) {
            byline = stripEnd(textLines.get(i).strip());
            i++;
        }

        List<String> bodyLines = textLines.subList(i, textLines.size());
        int notes = bodyLines.size();
        for (int j = 0; j < bodyLines.size(); j++) {
            if (NOTES_START.matcher(bodyLines.get(j).strip()).matches()) {
                notes = j;
                break;
            }
        }
        List<String> body = new ArrayList<>(TeletypeText.paragraphs(bodyLines.subList(0, notes)));
        List<String> noteLines = new ArrayList<>(bodyLines.subList(notes, bodyLines.size()));
        String editors = lastEditorsLine(body, noteLines);
        if (body.isEmpty()) {
            throw new WireFormatException(ID, origin, "no text after the headline in " + where);
        }

        String provider = origin.provider();
        TeletypeText.Dateline dateline = TeletypeText.dateline(body.get(0)).orElse(null);
        if (provider == null && dateline != null) {
            provider = dateline.source();
        }
        if (provider == null) {
            provider = agencyToken(header.group(6));
        }
        if (provider == null) {
            provider = header.group(1).toLowerCase(Locale.ROOT);
        }
        Instant versionCreated = trailerTime(trailer, origin.receivedAt());
        LocalDate date = (versionCreated != null ? versionCreated : origin.receivedAt()).atZone(ZoneOffset.UTC).toLocalDate();
        String slug = keywords.isEmpty() ? headline.toString() : String.join("/", keywords);
        Integer urgency = Priorities.urgency(header.group(3));

        ParsedArticle.Builder article = ParsedArticle.builder(StoryIds.derive(provider, date, slug), headline.toString())
                .version(takeKey.version())
                .pubStatus(takeKey.kill() ? PubStatus.CANCELED : PubStatus.USABLE)
                .provider(provider)
                .byline(byline)
                .dateline(dateline == null ? null : dateline.place())
                .section(header.group(4))
                .body(body)
                .versionCreated(versionCreated)
                .keywords(keywords)
                .urgency(urgency)
                .priority(urgency)
                .rawId(rawId)
                .signals(List.copyOf(takeKey.signals()))
                .metadata("takeKey", takeKey.text())
                .metadata("category", header.group(4))
                .metadata("wordCount", header.group(5))
                .metadata("headerExtra", blankToNull(header.group(6)))
                .metadata("editorialNote", noteLines.isEmpty() ? null : String.join("\n", noteLines).strip())
                .metadata("editors", editors)
                .metadata("trailer", blankToNull(clean(trailer).strip()));
        if (byline != null) {
            article.person(person(byline));
        }
        if (dateline != null) {
            article.place(new ParsedArticle.Place(dateline.place(), null, null, "located"));
        }
        return article.build();
    }

    /** A headline goes on to the next line only if it is not blank and not a byline or the body. */
    private static boolean continuesHeadline(List<String> lines, int i) {
        if (i >= lines.size() || lines.get(i).isBlank()) {
            return false;
        }
        String next = lines.get(i);
        return !Character.isWhitespace(next.charAt(0)) && !BYLINE.matcher(next.strip()).matches()
                && next.strip().endsWith("=");
    }

    /** Removes the editor-initials line ("dpa wsz jln") from the end of the body or notes. */
    private static String lastEditorsLine(List<String> body, List<String> noteLines) {
        while (!noteLines.isEmpty() && noteLines.get(noteLines.size() - 1).isBlank()) {
            noteLines.remove(noteLines.size() - 1);
        }
        if (!noteLines.isEmpty() && EDITORS.matcher(noteLines.get(noteLines.size() - 1).strip()).matches()) {
            return noteLines.remove(noteLines.size() - 1).strip();
        }
        if (noteLines.isEmpty() && !body.isEmpty() && EDITORS.matcher(body.get(body.size() - 1)).matches()) {
            return body.remove(body.size() - 1);
        }
        return null;
    }

    private static ParsedArticle.Person person(String byline) {
        String name = byline.replaceFirst("(?i)^(?:by|von|par|por|di|door|av)\\s+", "");
        String title = null;
        int comma = name.indexOf(',');
        if (comma > 0) {
            title = name.substring(comma + 1).strip();
            name = name.substring(0, comma).strip();
        }
        return new ParsedArticle.Person(name, "author", title == null || title.isEmpty() ? null : title);
    }

    /** The last all-letter token of the header's extras ("ccccb   dpa 061" gives dpa), if any. */
    private static String agencyToken(String extras) {
        if (extras == null) {
            return null;
        }
        String[] tokens = extras.strip().split("\\s+");
        for (int i = tokens.length - 1; i >= 1; i--) {
            if (tokens[i].matches("\\p{L}{2,8}")) {
                return tokens[i];
            }
        }
        return null;
    }

    private static Instant trailerTime(String trailer, Instant receivedAt) {
        Matcher m = TRAILER.matcher(trailer);
        if (!m.find()) {
            return null;
        }
        int month = Months.of(m.group(5));
        if (month == 0) {
            return null;
        }
        int year = Integer.parseInt(m.group(6));
        if (year < 100) {
            int century = receivedAt.atZone(ZoneOffset.UTC).getYear() / 100 * 100;
            year += century;
        }
        try {
            return LocalDateTime.of(year, month, Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                    .toInstant(TRAILER_ZONES.getOrDefault(m.group(4), ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static List<String> keywordsOf(String line) {
        return Arrays.stream(line.split("/")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Drops padding and stray control bytes other than tab and line ends. */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != DEL && !(c >= 0x80 && c < 0xA0))) {
                out.append(c);
            } else if (c == SOH || c == STX) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static String stripEnd(String line) {
        return line.replaceFirst("\\s*=+\\s*$", "").strip();
    }

    private static int skipBlank(List<String> lines, int i) {
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
