package io.wirestream.ingest.format.anpa1312;

import static io.wirestream.ingest.format.teletype.ControlCodes.ETX;
import static io.wirestream.ingest.format.teletype.ControlCodes.STX;
import static io.wirestream.ingest.format.teletype.HeaderLine.lineEnd;

import io.wirestream.ingest.format.Detection;
import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.format.ParsedArticle;
import io.wirestream.ingest.format.WireFormat;
import io.wirestream.ingest.format.WireFormatException;
import io.wirestream.ingest.format.teletype.ControlCodes;
import io.wirestream.ingest.format.teletype.HeaderLine;
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
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ANPA-1312, the teletype format of AP and other North American agencies: one or more messages
 * in a stream, 7- or 8-bit text with typesetting codes.
 *
 * <pre>
 * SYN SYN SOH z6715 US -----                      service level, sequence, selector codes
 * r z DC3 DC1 BC-BKN--Heat-Hawks 1stLd-Writethru 02-20 0500
 *                                                 priority, category, format (DC4/DC2 = tabular),
 *                                                 cycle-slug, take key, month-day, word count
 * STX ^BC-BKN--Heat-Hawks, 1st Ld-Writethru,416&lt;   caret lines: the keyword again, then the
 * ^Headline&lt;                                      headline, notes (Eds:, AP Photo), a summary,
 * ^Eds: Updates.&lt;                                 the byline and its title
 * ^By NAME=  ^AP Sports Writer=
 * TAB   CITY (AP) _ First paragraph.               body: one paragraph per indented line
 * BS ^;W;L;Pct DLE                                 tabular line (TLI): ";" separates columns
 * ETX AP-WF-02-20-16 0337GMT&lt;                      trailer: provider, desk, date, time
 * FF EOT
 * </pre>
 *
 * <p>Codes: {@code <} ends a quad-left line, {@code =} a centred one; both are dropped, as are the
 * space band DLE and the tab-line indicator BS. Tabular copy keeps each line as one paragraph with
 * its columns separated by tabs (AP's {@code {}} is ½ there), never re-flowed.
 *
 * <p>Field table: id {@link StoryIds derived} from provider, date (slug line month-day, year from
 * the trailer or receipt) and slug without its cycle designator (AM/PM/BC), so leads and
 * write-throughs of a story share it; {@code rawId} service level + sequence; version, signals and
 * kills from the take key; urgency from the priority letter; section the category letter; provider
 * the origin's hint, else the trailer's, else the dateline's agency; versionCreated the trailer.
 * Stateless and thread-safe.
 */
public final class Anpa1312Format implements WireFormat {

    /** The format id. */
    public static final String ID = "anpa1312";

    private static final char US = '\u001f';
    private static final char DC1 = '\u0011';
    private static final char DC2 = '\u0012';
    private static final char DC3 = '\u0013';
    private static final char DC4 = '\u0014';
    private static final char TLI = '\u0008';
    private static final char SPACE_BAND = '\u0010';

    // "z6715 US -----": service level letter, 4-digit sequence, optional US and selector codes.
    private static final Pattern HEADER = Pattern.compile("^\\s*([a-zA-Z])(\\d{4})(?:\u001f(.*))?\\s*$");
    // "r z DC3 DC1 BC-BKN--Heat-Hawks 1stLd-Writethru   02-20 0500"
    private static final Pattern SLUG_LINE = Pattern.compile(
            "^([a-zA-Z])\\s([a-zA-Z])([\u0013\u0014]?)([\u0011\u0012]?)\\s*(.*?)\\s*$");
    private static final Pattern KEYWORD = Pattern.compile(
            "^(?:(AM|PM|BC|AP|NL)-)?(\\S+)(?:\\s+(.*?))?\\s+(\\d{1,2})-(\\d{1,2})(?:\\s+(\\d{1,5}))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILER = Pattern.compile(
            "([A-Z]{1,8})-([A-Z]{1,4})-(\\d{2})-(\\d{2})-(\\d{2})\\s+(\\d{2})(\\d{2})\\s*GMT");
    private static final Pattern NOTE = Pattern.compile(
            "(?i)^(?:eds?:|editor'?s note|ap photos?\\b|with ap photos?|photos?:|graphic:|video:|corrects\\b|clarifies\\b|\\(?adv\\b).*");
    private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+\\S.*");
    private static final Pattern PRIORITY_WORD = Pattern.compile("(?i)(?:ap\\s*)?(?:bulletin|urgent|flash|alert|news\\s*alert|apnewsalert)[.!]?");
    private static final Pattern BYLINE_TITLE = Pattern.compile(
            "(?i).*\\b(?:writer|correspondent|editor|reporter|columnist|critic|staff|associated press|press|bureau chief)\\b.*");
    private static final Pattern KEYWORD_ECHO = Pattern.compile("(?i)^(?:[A-Z]{2}-)?[A-Z]{2,4}-{1,2}\\S.*");

    @Override
    public String id() {
        return ID;
    }

    /**
     * {@link Detection#CERTAIN} for SOH (after optional SYN SYN) followed by a service level,
     * four-digit sequence and US; {@link Detection#LIKELY} for such a header without its SOH when
     * the next line is a priority/category slug line; {@link Detection#NO_MATCH} otherwise.
     */
    @Override
    public Detection detect(byte[] head) {
        HeaderLine opening = HeaderLine.of(head);
        String text = opening.text();
        boolean soh = opening.soh();
        int end = opening.lineEnd();
        String first = opening.line();
        Matcher header = HEADER.matcher(first);
        if (!header.matches()) {
            return Detection.NO_MATCH;
        }
        if (soh && first.indexOf(US) >= 0) {
            return Detection.CERTAIN;
        }
        int next = skipLineEnd(text, end);
        String second = text.substring(next, lineEnd(text, next));
        boolean slugLine = SLUG_LINE.matcher(second).matches()
                && (second.indexOf(DC3) >= 0 || second.indexOf(DC4) >= 0);
        return slugLine ? (soh ? Detection.CERTAIN : Detection.LIKELY) : Detection.NO_MATCH;
    }

    @Override
    public List<ParsedArticle> parse(byte[] content, Origin origin) {
        List<String> messages = ControlCodes.messages(TextDecoder.decode(content).text());
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
        String m = message.replaceFirst("^[\u0016\\s]+", "");
        int end = lineEnd(m, 0);
        Matcher header = HEADER.matcher(m.substring(0, end));
        if (!header.matches()) {
            throw new WireFormatException(ID, origin, "no ANPA-1312 header line in " + where);
        }
        String rawId = header.group(1) + header.group(2);
        where = where + " (" + rawId + ")";
        int next = skipLineEnd(m, end);
        String slugText = m.substring(next, lineEnd(m, next));
        Matcher slugLine = SLUG_LINE.matcher(slugText);
        if (!slugLine.matches()) {
            throw new WireFormatException(ID, origin, "no priority/category slug line in " + where);
        }
        boolean tabular = !slugLine.group(3).isEmpty() && slugLine.group(3).charAt(0) == DC4
                || !slugLine.group(4).isEmpty() && slugLine.group(4).charAt(0) == DC2;
        Matcher keyword = KEYWORD.matcher(slugLine.group(5));
        String slug = keyword.matches() ? keyword.group(2) : slugLine.group(5).strip();
        TakeKey takeKey = TakeKey.parse(keyword.matches() ? keyword.group(3) : null);

        int stx = m.indexOf(STX, next);
        int etx = m.indexOf(ETX, Math.max(stx, next));
        String text = m.substring(stx >= 0 ? stx + 1 : lineEnd(m, next), etx >= 0 ? etx : m.length());
        String trailer = etx >= 0 ? m.substring(etx + 1) : "";
        Matcher trailerMatch = TRAILER.matcher(trailer);
        if (etx < 0) {
            trailerMatch = TRAILER.matcher(text);
        }
        boolean hasTrailer = trailerMatch.find();
        if (etx < 0 && hasTrailer) {
            // Damaged: no ETX. The trailer line is still the trailer, not the last paragraph.
            int lineStart = Math.max(text.lastIndexOf('\n', trailerMatch.start()), text.lastIndexOf('\r', trailerMatch.start())) + 1;
            text = text.substring(0, lineStart);
        }

        Story story = readText(text, tabular);
        if (story.headline == null) {
            throw new WireFormatException(ID, origin, "no headline in " + where);
        }
        if (story.body.isEmpty()) {
            throw new WireFormatException(ID, origin, "no text after the headline in " + where);
        }
        TeletypeText.Dateline dateline = TeletypeText.dateline(story.body.get(0)).orElse(null);
        String provider = origin.provider();
        if (provider == null && hasTrailer) {
            provider = trailerMatch.group(1);
        }
        if (provider == null && dateline != null) {
            provider = dateline.source();
        }
        if (provider == null) {
            provider = "unknown";
        }
        Instant versionCreated = hasTrailer ? trailerTime(trailerMatch) : null;
        LocalDate reference = (versionCreated != null ? versionCreated : origin.receivedAt()).atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate date = reference;
        if (keyword.matches()) {
            try {
                date = StoryIds.dateOf(MonthDay.of(Integer.parseInt(keyword.group(4)), Integer.parseInt(keyword.group(5))), reference);
            } catch (DateTimeException e) {
                date = reference;
            }
        }
        Integer urgency = Priorities.urgency(slugLine.group(1));

        ParsedArticle.Builder article = ParsedArticle.builder(StoryIds.derive(provider, date, slug), story.headline)
                .version(takeKey.version())
                .pubStatus(takeKey.kill() ? PubStatus.CANCELED : PubStatus.USABLE)
                .provider(provider)
                .subheadline(story.subheadline)
                .byline(story.byline)
                .dateline(dateline == null ? null : dateline.place())
                .section(slugLine.group(2))
                .body(story.body)
                .versionCreated(versionCreated)
                .keywords(List.of(slug))
                .urgency(urgency)
                .priority(urgency)
                .rawId(rawId)
                .signals(List.copyOf(takeKey.signals()))
                .metadata("takeKey", takeKey.text())
                .metadata("cycle", keyword.matches() ? keyword.group(1) : null)
                .metadata("category", slugLine.group(2))
                .metadata("wordCount", keyword.matches() ? keyword.group(6) : null)
                .metadata("selectors", blankToNull(header.group(3)))
                .metadata("tabular", tabular ? "true" : null)
                .metadata("editorialNote", story.notes.isEmpty() ? null : String.join("\n", story.notes))
                .metadata("trailer", hasTrailer ? trailerMatch.group() : null);
        if (story.byline != null) {
            article.person(new ParsedArticle.Person(
                    story.byline.replaceFirst("(?i)^by\\s+", "").strip(), "author", story.bylineTitle));
        }
        if (dateline != null) {
            article.place(new ParsedArticle.Place(dateline.place(), null, null, "located"));
        }
        return article.build();
    }

    /** What the text between STX and ETX holds. */
    private static final class Story {
        String headline;
        String subheadline;
        String byline;
        String bylineTitle;
        final List<String> notes = new ArrayList<>();
        final List<String> body = new ArrayList<>();
    }

    /**
     * Caret lines before the body are the header (keyword echo, headline, notes, summary, byline);
     * caret lines after the byline or after the first body line are body (section heads of
     * tabular copy). Indented lines are paragraphs, TLI lines table rows.
     */
    private static Story readText(String text, boolean tabular) {
        Story story = new Story();
        List<String> plain = new ArrayList<>();
        boolean inBody = false;
        boolean echoSeen = false;
        List<String> lines = ControlCodes.lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i).replace(String.valueOf(STX), "");
            if (raw.isBlank()) {
                continue;
            }
            boolean table = raw.indexOf(TLI) >= 0 && raw.indexOf(TLI) < 2;
            boolean caret = !table && raw.startsWith("^");
            String line = clean(raw, table);
            if (line.isEmpty()) {
                continue;
            }
            if (table) {
                inBody = true;
                story.body.add(line);
                continue;
            }
            if (caret && !inBody) {
                if (!echoSeen && story.headline == null && KEYWORD_ECHO.matcher(line).matches()) {
                    echoSeen = true;
                } else if (story.headline == null && PRIORITY_WORD.matcher(line).matches()) {
                    // "^BULLETIN<" marks the priority of an alert; the headline is its first paragraph.
                    story.notes.add(line);
                } else if (NOTE.matcher(line).matches()) {
                    story.notes.add(line);
                } else if (story.headline == null) {
                    story.headline = line;
                } else if (BYLINE.matcher(line).matches() && story.byline == null) {
                    story.byline = line;
                    String after = i + 1 < lines.size() ? lines.get(i + 1) : "";
                    if (after.startsWith("^") && BYLINE_TITLE.matcher(after).matches() && !BYLINE.matcher(clean(after, false)).matches()) {
                        story.bylineTitle = clean(after, false);
                        i++;
                    }
                    inBody = true;
                } else if (story.subheadline == null) {
                    story.subheadline = line;
                } else {
                    story.notes.add(line);
                }
                continue;
            }
            inBody = true;
            if (caret || tabular || TeletypeText.isTabular(line)) {
                flushPlain(plain, story.body);
                story.body.add(tabular ? line : line.strip());
            } else if (raw.startsWith("\t")) {
                // An indented line opens a paragraph; untyped lines after it continue it (copy
                // hard-wrapped at the line width, as agencies other than AP send it).
                plain.add("\t" + line);
            } else {
                // Untyped lines: hard-wrapped copy without tab indents; re-flowed.
                plain.add(raw.replaceAll("[<=]\\s*$", ""));
            }
        }
        flushPlain(plain, story.body);
        if (story.headline == null && !story.body.isEmpty()) {
            // An alert without a headline line: its first paragraph is the headline.
            story.headline = story.body.get(0);
        }
        return story;
    }

    private static void flushPlain(List<String> plain, List<String> body) {
        if (!plain.isEmpty()) {
            body.addAll(TeletypeText.paragraphs(plain));
            plain.clear();
        }
    }

    /**
     * Removes the typesetting codes: the leading caret or TLI, the trailing quad codes ({@code <},
     * {@code =}), space bands and other control bytes. In a table row ";" separates columns and
     * becomes a tab, and AP's {@code {}} is ½.
     */
    private static String clean(String raw, boolean table) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == SPACE_BAND || c == TLI || (c < 0x20 && c != '\t') || c == 0x7f) {
                continue;
            }
            out.append(c);
        }
        String s = out.toString();
        if (table) {
            s = s.replaceFirst("^\\^", "").stripTrailing().replace(';', '\t').replace('{', '½');
            return s.replaceAll(" +\t", "\t").replaceAll("\t +", "\t").strip().isEmpty() ? "" : s.replaceAll(" +$", "");
        }
        s = s.strip().replaceFirst("^\\^", "").strip();
        return s.replaceAll("\\s*[<=]+\\s*$", "").strip();
    }

    private static Instant trailerTime(Matcher trailer) {
        try {
            return LocalDateTime.of(2000 + Integer.parseInt(trailer.group(5)), Integer.parseInt(trailer.group(3)),
                    Integer.parseInt(trailer.group(4)), Integer.parseInt(trailer.group(6)), Integer.parseInt(trailer.group(7)))
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int skipLineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == '\r' || text.charAt(i) == '\n')) {
            i++;
        }
        return i;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
