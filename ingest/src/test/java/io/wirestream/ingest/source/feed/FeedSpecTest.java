package io.wirestream.ingest.source.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FeedSpecTest {

    private static final Duration DEFAULT = Duration.ofMinutes(5);

    @Test
    void aBareUrlTakesTheDefaultIntervalAndABarGivesItsOwn() {
        assertThat(FeedSpec.parse(" https://news.example.org/rss ", DEFAULT))
                .isEqualTo(new FeedSpec(URI.create("https://news.example.org/rss"), DEFAULT));
        assertThat(FeedSpec.parse("http://news.example.org/atom?x=1|60000", DEFAULT))
                .isEqualTo(new FeedSpec(URI.create("http://news.example.org/atom?x=1"), Duration.ofMinutes(1)));
    }

    @Test
    void rejectsWhatIsNotAnHttpFeedOrAnInterval() {
        assertThatThrownBy(() -> FeedSpec.parse("ftp://news.example.org/rss", DEFAULT)).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> FeedSpec.parse("news.example.org/rss", DEFAULT)).hasMessageContaining("http(s)");
        assertThatThrownBy(() -> FeedSpec.parse("https://news.example.org/rss|soon", DEFAULT))
                .hasMessageContaining("'soon'");
        assertThatThrownBy(() -> FeedSpec.parse("https://news.example.org/rss|10", DEFAULT))
                .hasMessageContaining("below 1000 ms");
    }
}
