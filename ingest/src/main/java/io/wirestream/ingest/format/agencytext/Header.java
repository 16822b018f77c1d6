package io.wirestream.ingest.format.agencytext;

import java.util.List;

/**
 * The lines between the headline and the body of agency copy, recognised by shape.
 *
 * <p>The header is the block of non-blank lines right after the headline (at most
 * {@link #MAX_LINES}). It counts as a header only if at least one of its lines is recognised
 * (section, reading time, date, share widget): otherwise the copy has no header and the block is
 * the first body paragraph. Within a header the first unrecognised line is the sub-headline; a
 * second one means the body has started without a blank line, so the header ends there.
 *
 * @param section section label, nullable
 * @param readingTime reading-time line verbatim, nullable
 * @param dateLine date line verbatim, nullable
 * @param subheadline sub-headline, nullable
 * @param byline credit line as written ({@code By Arben Kola}), nullable
 * @param bodyStart index of the first line after the header
 */
record Header(String section, String readingTime, String dateLine, String subheadline, String byline, int bodyStart) {

    /** Header lines looked at after the headline; also how far detection looks for markers. */
    static final int MAX_LINES = 8;

    /**
     * Reads the header that starts at {@code start}, the line after the headline.
     *
     * @param lines all lines of the copy
     */
    static Header read(List<String> lines, int start) {
        int end = start;
        while (end < lines.size() && !lines.get(end).isBlank() && end - start < MAX_LINES) {
            end++;
        }
        boolean recognised = lines.subList(start, end).stream()
                .anyMatch(line -> HeaderLine.classify(line) != HeaderLine.OTHER);
        if (!recognised) {
            return new Header(null, null, null, null, null, start);
        }
        String section = null;
        String readingTime = null;
        String dateLine = null;
        String subheadline = null;
        String byline = null;
        int i = start;
        for (; i < end; i++) {
            String line = lines.get(i).strip();
            HeaderLine kind = HeaderLine.classify(line);
            // A second line of a kind already seen is not header any more.
            if (kind == HeaderLine.SECTION && section == null) {
                section = line;
            } else if (kind == HeaderLine.READING_TIME && readingTime == null) {
                readingTime = line;
            } else if (kind == HeaderLine.DATE && dateLine == null) {
                dateLine = line;
            } else if (kind == HeaderLine.BYLINE && byline == null) {
                byline = line;
            } else if (kind == HeaderLine.SHARE_WIDGET) {
                // Page furniture, not copy: dropped.
                continue;
            } else if (subheadline == null) {
                subheadline = line;
            } else {
                break;
            }
        }
        return new Header(section, readingTime, dateLine, subheadline, byline, i);
    }
}
