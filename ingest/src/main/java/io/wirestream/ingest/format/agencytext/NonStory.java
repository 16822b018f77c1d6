package io.wirestream.ingest.format.agencytext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises plain text that is not a story, so that a list of file names, a CSV export or a log
 * dropped into a folder is dead-lettered instead of published as an article.
 *
 * <p>Every story has prose: at least one line of {@value #PROSE_WORDS} or more words or one
 * sentence (words ending in {@code . ! ?} or a closing quote). Text without any is rejected; so is text whose lines mostly have the shape of file names, of delimited
 * records with the same number of fields, or of log records (a timestamp or a level first). The
 * shares are high (80 %, logs 60 %) so that a story quoting a path or a table is still a story.
 */
final class NonStory {

    /** A story has at least one line with this many words. */
    static final int PROSE_WORDS = 6;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
    // One token with a path separator or a file extension: "in/a.xml", "C:\\x\\y", "report.csv".
    private static final Pattern FILE_NAME = Pattern.compile(
            "\\S*(?:[/\\\\]\\S*|\\.[A-Za-z0-9]{1,5})");
    private static final Pattern LOG_RECORD = Pattern.compile(
            "(?:\\[?\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}|\\[?\\d{2}:\\d{2}:\\d{2}|"
                    + "\\[?(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL)\\]?\\s).*");
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{L}[.!?…]?[.!?…\"”»’)]$");
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private NonStory() {
    }

    /**
     * Returns why the non-blank {@code lines} (headline first) are not a story, or empty if they may
     * be one.
     */
    static Optional<String> reason(List<String> lines) {
        List<String> nonBlank = lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (nonBlank.isEmpty()) {
            return Optional.of("empty input");
        }
        int n = nonBlank.size();
        long fileNames = nonBlank.stream().filter(l -> FILE_NAME.matcher(l).matches()).count();
        if (n >= 3 && fileNames * 5 >= n * 4L) {
            return Optional.of("not a story: " + fileNames + " of " + n + " lines are file names");
        }
        long logRecords = nonBlank.stream().filter(l -> LOG_RECORD.matcher(l).matches()).count();
        if (n >= 3 && logRecords * 5 >= n * 3L) {
            return Optional.of("not a story: " + logRecords + " of " + n + " lines are log records");
        }
        for (char delimiter : DELIMITERS) {
            int fields = sameFieldCount(nonBlank, delimiter);
            if (n >= 3 && fields >= 3) {
                return Optional.of("not a story: every line is a record of " + fields + " '"
                        + (delimiter == '\t' ? "\\t" : String.valueOf(delimiter)) + "'-separated fields");
            }
        }
        boolean prose = nonBlank.stream().anyMatch(l -> WORD.matcher(l).results().count() >= PROSE_WORDS
                || (SENTENCE_END.matcher(l).find() && WORD.matcher(l).find()));
        if (!prose) {
            return Optional.of("not a story: no sentence and no line of " + PROSE_WORDS + " or more words");
        }
        return Optional.empty();
    }

    /** The field count shared by at least 80 % of the lines (and the first), or 0. */
    private static int sameFieldCount(List<String> lines, char delimiter) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (String line : lines) {
            counts.merge(fields(line, delimiter), 1, Integer::sum);
        }
        int first = fields(lines.get(0), delimiter);
        int share = counts.get(first);
        return first >= 3 && share * 5 >= lines.size() * 4 ? first : 0;
    }

    private static int fields(String line, char delimiter) {
        int count = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == delimiter) {
                count++;
            }
        }
        return count;
    }
}
