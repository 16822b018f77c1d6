package io.wirestream.ingest.source.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidatorsTest {

    private static HttpRequest request(Validators validators) {
        return validators.applyTo(HttpRequest.newBuilder(URI.create("http://127.0.0.1/rss"))).build();
    }

    @Test
    void aResponsesEtagAndLastModifiedBecomeTheNextRequestsConditions() {
        Validators validators = Validators.of(HttpHeaders.of(Map.of(
                "ETag", List.of("W/\"r7\""), "Last-Modified", List.of("Wed, 02 Dec 2026 03:00:00 GMT")), (k, v) -> true));

        HttpRequest next = request(validators);

        assertThat(validators.conditional()).isTrue();
        assertThat(next.headers().firstValue("If-None-Match")).hasValue("W/\"r7\"");
        assertThat(next.headers().firstValue("If-Modified-Since")).hasValue("Wed, 02 Dec 2026 03:00:00 GMT");
    }

    @Test
    void aResponseWithoutValidatorsLeavesTheNextRequestUnconditional() {
        Validators validators = Validators.of(HttpHeaders.of(Map.of("ETag", List.of(" ")), (k, v) -> true));

        assertThat(validators).isEqualTo(Validators.NONE);
        assertThat(validators.conditional()).isFalse();
        assertThat(request(validators).headers().map()).doesNotContainKeys("If-None-Match", "If-Modified-Since");
    }

    @Test
    void onlyTheHeadersThatWereSentAreSentBack() {
        HttpRequest next = request(new Validators(null, "Wed, 02 Dec 2026 03:00:00 GMT"));

        assertThat(next.headers().firstValue("If-None-Match")).isEmpty();
        assertThat(next.headers().firstValue("If-Modified-Since")).isPresent();
    }
}
