package io.wirestream.ingest.source.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.ingest.Ingestor;
import io.wirestream.ingest.RecordingSink;
import io.wirestream.ingest.format.FormatDetector;
import io.wirestream.ingest.ledger.LedgerIndex;
import io.wirestream.ingest.source.feed.FeedPoller.Outcome;
import io.wirestream.schemas.RawArticle;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A poller against a local HTTP server, with an in-memory sink and ledger: no broker. */
class FeedPollerTest {

    static final FeedServer.Item HARBOUR = new FeedServer.Item("g-1", "Harbour dredging starts",
            "Dredgers arrived at the east quay.", "Tue, 01 Dec 2026 08:00:00 GMT");
    static final FeedServer.Item FERRY = new FeedServer.Item("g-2", "Night ferry returns",
            "The night ferry sails again from Friday.", "Tue, 01 Dec 2026 09:00:00 GMT");
    static final FeedServer.Item MARKET = new FeedServer.Item("g-3", "Fish market moves indoors",
            "Stalls move to the old customs hall.", "Tue, 01 Dec 2026 10:00:00 GMT");

    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(15));

    private final FeedServer server;
    private final RecordingSink sink = new RecordingSink();
    private final LedgerIndex ledger = new LedgerIndex(100);

    FeedPollerTest() throws IOException {
        server = new FeedServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FeedPoller poller() {
        return new FeedPoller(new FeedSpec(server.url(), Duration.ofMinutes(5)),
                new Ingestor(FormatDetector.standard(), sink), ledger, HttpClient.newHttpClient(), BACKOFF,
                () -> 0.5, null, Clock.systemUTC());
    }

    private List<String> headlines() {
        return sink.published().stream().map(RawArticle::getHeadline).toList();
    }

    @Test
    void publishesEachItemOnceAndOnlyNewOrChangedItemsLater() {
        FeedPoller poller = poller();
        server.serve(List.of(HARBOUR, FERRY));

        FeedPoller.Poll first = poller.pollOnce();
        assertThat(first.outcome()).isEqualTo(Outcome.PUBLISHED);
        assertThat(first.published()).isEqualTo(2);
        assertThat(first.nextDelay()).isEqualTo(Duration.ofMinutes(5));
        assertThat(headlines()).containsExactly("Harbour dredging starts", "Night ferry returns");
        assertThat(sink.ledgerEntries()).extracting(e -> e.key())
                .containsExactly("feed:" + server.url() + "|gazette.example.net:g-1",
                        "feed:" + server.url() + "|gazette.example.net:g-2");

        FeedPoller.Poll unchanged = poller.pollOnce();
        assertThat(unchanged.outcome()).isEqualTo(Outcome.NOT_MODIFIED);
        assertThat(server.requests()).extracting(FeedServer.Request::ifNoneMatch).containsExactly(null, "\"r1\"");
        assertThat(server.requests().get(1).ifModifiedSince()).isNotNull();

        server.serve(List.of(MARKET, HARBOUR, FERRY));
        FeedPoller.Poll added = poller.pollOnce();
        assertThat(added.published()).isEqualTo(1);
        assertThat(added.skipped()).isEqualTo(2);

        FeedServer.Item corrected = new FeedServer.Item("g-2", FERRY.title(), "The night ferry sails again from Saturday.",
                FERRY.pubDate());
        server.serve(List.of(MARKET, HARBOUR, corrected));
        FeedPoller.Poll changed = poller.pollOnce();
        assertThat(changed.published()).as("same guid, other copy: a new version").isEqualTo(1);

        assertThat(headlines()).containsExactly("Harbour dredging starts", "Night ferry returns",
                "Fish market moves indoors", "Night ferry returns");
        assertThat(sink.published().get(3).getBody()).containsExactly("The night ferry sails again from Saturday.");
        assertThat(poller.health().items()).isEqualTo(4);
        assertThat(poller.health().lastError()).isNull();
    }

    @Test
    void aNewPollerWithTheSameLedgerPublishesNothingAgain() {
        server.serve(List.of(HARBOUR, FERRY));
        poller().pollOnce();

        FeedPoller.Poll restarted = poller().pollOnce();

        assertThat(restarted.outcome()).as("a full GET: the new poller has no validators").isEqualTo(Outcome.UNCHANGED);
        assertThat(restarted.skipped()).isEqualTo(2);
        assertThat(sink.published()).hasSize(2);
    }

    @Test
    void aFailedCommitKeepsTheOldValidatorsSoTheItemsAreSentOnTheNextPoll() {
        FeedPoller poller = poller();
        server.serve(List.of(HARBOUR, FERRY));
        sink.failNext(1);

        FeedPoller.Poll failed = poller.pollOnce();
        assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(failed.published()).isZero();
        assertThat(poller.validators()).isEqualTo(Validators.NONE);

        FeedPoller.Poll retried = poller.pollOnce();
        assertThat(retried.outcome()).isEqualTo(Outcome.PUBLISHED);
        assertThat(retried.published()).as("only the one that did not commit").isEqualTo(1);
        assertThat(retried.skipped()).isEqualTo(1);
        List<String> sorted = new ArrayList<>(headlines());
        sorted.sort(null);
        assertThat(sorted).containsExactly("Harbour dredging starts", "Night ferry returns");
    }

    @Test
    void serverErrorsBackOffExponentiallyAndASuccessResets() {
        FeedPoller poller = poller();
        server.serve(List.of(HARBOUR));
        server.force(500);

        List<FeedPoller.Poll> polls = List.of(poller.pollOnce(), poller.pollOnce(), poller.pollOnce());

        assertThat(polls).extracting(FeedPoller.Poll::outcome).containsOnly(Outcome.FAILED);
        assertThat(polls).extracting(FeedPoller.Poll::status).containsOnly(500);
        assertThat(polls).extracting(FeedPoller.Poll::failures).containsExactly(1, 2, 3);
        // random 0.5: three quarters of the ceiling 2 s, 4 s, 8 s (plus the half millisecond)
        assertThat(polls).extracting(FeedPoller.Poll::nextDelay)
                .containsExactly(Duration.ofMillis(1500), Duration.ofMillis(3000), Duration.ofMillis(6000));
        assertThat(poller.health().lastErrorMessage()).contains("HTTP 500");
        assertThat(sink.submitted()).isZero();

        server.force(0);
        FeedPoller.Poll recovered = poller.pollOnce();
        assertThat(recovered.outcome()).isEqualTo(Outcome.PUBLISHED);
        assertThat(recovered.failures()).isZero();
        assertThat(recovered.nextDelay()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aBrokenDocumentIsDeadLetteredOnceWhileItStaysTheSame() {
        FeedPoller poller = poller();
        server.serve(List.of(new FeedServer.Item("g-9", "Broken <b>unclosed", "x", "Tue, 01 Dec 2026 08:00:00 GMT")));

        FeedPoller.Poll first = poller.pollOnce();
        FeedPoller.Poll again = poller().pollOnce();

        assertThat(first.published()).isEqualTo(1);
        assertThat(again.skipped()).isEqualTo(1);
        assertThat(sink.deadLetters()).singleElement().satisfies(letter ->
                assertThat(letter.getOrigin()).isEqualTo(server.url().toString()));
        assertThat(poller.health().deadLetters()).isEqualTo(1);
    }
}
