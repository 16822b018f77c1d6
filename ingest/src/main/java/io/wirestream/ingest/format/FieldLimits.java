package io.wirestream.ingest.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sane lengths for the short fields of an article, enforced in one place
 * ({@link ParsedArticle.Builder#build()}) so that every format benefits: a ninjs item with a 1 MB
 * headline, or a feed whose title is a whole page, is cut, not published whole.
 *
 * <p>A value over its limit is cut at the last word boundary before the limit and ends with an
 * ellipsis; the article's metadata records what was cut under {@code fieldLimit.<field>}
 * ({@code "cut from 1048576 to 1000 characters"}), so the cut is visible downstream. Lists of
 * keywords are capped at {@link #KEYWORDS} entries. Stateless and thread-safe.
 */
public final class FieldLimits {

    /** Longest headline, in characters (UTF-16 units). */
    public static final int HEADLINE = 1_000;
    /** Longest subheadline. */
    public static final int SUBHEADLINE = 2_000;
    /** Longest byline statement. */
    public static final int BYLINE = 500;
    /** Longest dateline. */
    public static final int DATELINE = 300;
    /** Longest section label, keyword, slugline or other metadata value. */
    public static final int SHORT_TEXT = 300;
    /** Most keywords kept. */
    public static final int KEYWORDS = 200;

    private static final char ELLIPSIS = '\u2026';

    private FieldLimits() {
    }

    /**
     * {@code value} cut to {@code limit} characters, noting the cut in {@code notes}; null stays
     * null, a value within the limit is returned as is.
     */
    public static String cut(String field, String value, int limit, Map<String, String> notes) {
        if (value == null || value.length() <= limit) {
            return value;
        }
        int end = limit - 1;
        int space = value.lastIndexOf(' ', end);
        if (space > limit / 2) {
            end = space;
        }
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        notes.put("fieldLimit." + field, "cut from " + value.length() + " to " + limit + " characters");
        return value.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** The keywords, each cut to {@link #SHORT_TEXT} and at most {@link #KEYWORDS} of them. */
    public static List<String> keywords(List<String> keywords, Map<String, String> notes) {
        List<String> kept = new ArrayList<>();
        for (String keyword : keywords) {
            if (kept.size() == KEYWORDS) {
                notes.put("fieldLimit.keywords", "kept " + KEYWORDS + " of " + keywords.size() + " keywords");
                break;
            }
            kept.add(cut("keyword", keyword, SHORT_TEXT, notes));
        }
        return kept;
    }
}
