package io.wirestream.ingest.source.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * One configured feed: its URL and how often it is polled.
 *
 * @param url an absolute http or https URL, not null
 * @param interval time between polls after a success, positive
 */
public record FeedSpec(URI url, Duration interval) {

    /** Shortest poll interval accepted, per feed or as the default. */
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

    public FeedSpec {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) URL: " + url);
        }
        Objects.requireNonNull(interval, "interval");
        if (interval.compareTo(MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("poll interval of " + url + " is below " + MIN_INTERVAL.toMillis()
                    + " ms: " + interval.toMillis() + " ms");
        }
    }

    /**
     * Parses {@code url} or {@code url|intervalMs}.
     *
     * @param defaultInterval the interval when none is given
     * @throws IllegalArgumentException saying what is wrong with the entry
     */
    public static FeedSpec parse(String entry, Duration defaultInterval) {
        String text = Objects.requireNonNull(entry, "entry").strip();
        int bar = text.lastIndexOf('|');
        Duration interval = defaultInterval;
        if (bar >= 0) {
            String millis = text.substring(bar + 1).strip();
            try {
                interval = Duration.ofMillis(Long.parseLong(millis));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("interval after '|' is not a number of milliseconds: '" + millis
                        + "' in '" + text + "'");
            }
            text = text.substring(0, bar).strip();
        }
        try {
            return new FeedSpec(new URI(text), interval);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: '" + text + "' (" + e.getReason() + ")");
        }
    }

    /** The source name used in health and logs: {@code feed:<url>}. */
    public String sourceName() {
        return "feed:" + url;
    }
}
