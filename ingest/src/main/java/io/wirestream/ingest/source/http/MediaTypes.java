package io.wirestream.ingest.source.http;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The wire format a pushed document's {@code Content-Type} names, if it names one. Generic types
 * ({@code text/plain}, {@code application/xml}, {@code application/octet-stream}) name none: the
 * format is then detected from the content, as for a file.
 */
final class MediaTypes {

    private static final Map<String, String> FORMATS = Map.ofEntries(
            Map.entry("application/ninjs+json", "ninjs"),
            Map.entry("application/json", "ninjs"),
            Map.entry("application/vnd.iptc.g2.newsitem+xml", "newsml-g2"),
            Map.entry("application/vnd.iptc.g2.newsmessage+xml", "newsml-g2"),
            Map.entry("application/nitf+xml", "nitf"),
            Map.entry("application/rss+xml", "feed"),
            Map.entry("application/atom+xml", "feed"),
            Map.entry("text/html", "html"),
            Map.entry("application/xhtml+xml", "html"));

    private MediaTypes() {
    }

    /**
     * The format id for {@code contentType}; parameters ({@code ; charset=..}) and case are ignored.
     *
     * @param contentType the header's value, or null
     */
    static Optional<String> formatOf(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(FORMATS.get(type));
    }
}
