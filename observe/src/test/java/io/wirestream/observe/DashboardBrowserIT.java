package io.wirestream.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirestream.embedded.KafkaCluster;
import io.wirestream.ingest.IngestResult;
import io.wirestream.ingest.format.Origin;
import io.wirestream.pipeline.Pipeline;
import io.wirestream.pipeline.PipelineSettings;
import io.wirestream.pipeline.TopicSetup;
import io.wirestream.testkit.SharedKafkaExtension;
import io.wirestream.testkit.TopicNames;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The pipeline and its observer on the shared broker, the dashboard in headless Chromium: a story
 * ingested appears with its entities highlighted, its kill strikes it in place, a broken one
 * is listed with its reason; /health and /metrics answer. Skips only where no Chromium is installed ({@code .ci/run} installs one).
 */
@ExtendWith(SharedKafkaExtension.class)
class DashboardBrowserIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(60);

    private static Pipeline pipeline;
    private static Observer observer;
    private static Path stateDir;

    @BeforeAll
    static void start(KafkaCluster cluster, TestInfo info) throws Exception {
        stateDir = Files.createTempDirectory("dashboard-it-state");
        String run = UUID.randomUUID().toString().substring(0, 8);
        PipelineMetrics metrics = new PipelineMetrics();
        pipeline = Pipeline.startAll(new PipelineSettings(Map.of(
                "bootstrap.servers", cluster.bootstrapServers(),
                "topic.prefix", TopicNames.unique(info) + ".",
                "state.dir", stateDir.toString(),
                "commit.interval.ms", "100",
                "enrich.application.id", "dashboard-it-enrich-" + run,
                "publish.application.id", "dashboard-it-publish-" + run)), new TopicSetup(1, (short) 1),
                metrics.enrichmentListener());
        observer = Observer.start(pipeline, metrics, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), true,
                Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (observer != null) {
            observer.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
        try (java.util.stream.Stream<Path> files = Files.walk(stateDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temporary folder
        }
    }

    @Test
    void showsAStoryWithItsEntitiesHighlightedStrikesItWhenKilledAndListsDeadLetters() throws Exception {
        Optional<Path> binary = Chromium.find();
        assumeTrue(binary.isPresent(), "no Chromium found (looked at $CHROME_BIN, /usr/bin/chromium, "
                + "/usr/bin/chromium-browser, /usr/bin/google-chrome): install Debian's chromium to run this test");
        String uri = "urn:newsml:wirestream.test:" + UUID.randomUUID() + ":rutte-pristina";
        String headline = "Rutte in Pristina " + uri.substring(24, 32);
        try (Chromium browser = Chromium.launch(binary.get())) {
            browser.open(observer.uri());
            browser.waitFor(Duration.ofSeconds(20), "the event stream to open",
                    "document.getElementById('connection').textContent === 'live'");

            ingest(ninjs(uri, 1, "usable", headline, "NATO Secretary General Mark Rutte arrived in Pristina on"
                    + " Tuesday to meet officials of Kosovo. Analyst Ivan Vejvoda said the visit mattered to the"
                    + " European Union."));
            String card = "[...document.querySelectorAll('.story')].find(c => c.querySelector('.headline')"
                    + ".textContent === " + quote(headline) + ")";
            JsonNode shown = browser.waitFor(ARRIVAL, "the story on the dashboard",
                    "(() => { const c = " + card + "; if (!c) return null;"
                            + " c.querySelector('summary').click();"
                            + " const marks = [...c.querySelectorAll('.body mark.ent')];"
                            + " return {guid: c.dataset.guid, open: c.querySelector('details').open,"
                            + "  killed: c.classList.contains('killed'),"
                            + "  body: c.querySelector('.body').innerText,"
                            + "  mentions: c.story.entities.reduce((n, e) => n + e.mentions.length, 0),"
                            + "  marks: marks.filter(m => ['PERSON','ORGANIZATION','LOCATION','MISC'].includes(m.dataset.type))"
                            + "   .map(m => ({type: m.dataset.type, text: m.textContent,"
                            + "   cls: m.className}))}; })()");

            assertThat(shown.path("open").asBoolean()).as("expanded after a click").isTrue();
            assertThat(shown.path("killed").asBoolean()).isFalse();
            assertThat(shown.path("body").asText()).contains("Secretary General");
            JsonNode marks = shown.path("marks");
            assertThat(marks.size()).as("highlighted mentions: %s", marks).isPositive()
                    .isEqualTo(shown.path("mentions").asInt());
            for (JsonNode mark : marks) {
                assertThat(mark.path("type").asText()).isIn("PERSON", "ORGANIZATION", "LOCATION", "MISC");
                assertThat(mark.path("cls").asText()).isEqualTo("ent ent-" + mark.path("type").asText());
                assertThat(shown.path("body").asText()).contains(mark.path("text").asText());
            }
            assertThat(marks.findValuesAsText("text")).contains("Mark Rutte");

            ingest(ninjs(uri, 2, "canceled", "KILL: story withdrawn", ""));
            String guid = shown.path("guid").asText();
            String byGuid = "document.querySelectorAll('.story[data-guid=\"' + CSS.escape(" + quote(guid) + ") + '\"]')";
            JsonNode killed = browser.waitFor(ARRIVAL, "the kill to strike the story",
                    "(() => { const cs = " + byGuid + "; const c = cs[0];"
                            + " if (!c || !c.classList.contains('killed')) return null;"
                            + " return {cards: cs.length, status: c.dataset.status,"
                            + "  headline: c.querySelector('.headline').textContent,"
                            + "  decoration: getComputedStyle(c.querySelector('.headline')).textDecorationLine,"
                            + "  badge: c.querySelector('.badge').textContent}; })()");
            assertThat(killed.path("cards").asInt()).as("struck in place, not added").isEqualTo(1);
            assertThat(killed.path("status").asText()).isEqualTo("canceled");
            assertThat(killed.path("headline").asText()).isEqualTo(headline);
            assertThat(killed.path("decoration").asText()).contains("line-through");
            assertThat(killed.path("badge").asText()).isEqualTo("KILLED v2");

            String cut = "it/cut-" + UUID.randomUUID() + ".json";
            IngestResult rejected = pipeline.ingestor().ingest("{\"uri\": \"urn:cut\", \"head"
                    .getBytes(StandardCharsets.UTF_8), new Origin(cut, null, Instant.now()));
            assertThat(rejected.failed()).isTrue();
            JsonNode letter = browser.waitFor(ARRIVAL, "the dead letter on the dashboard",
                    "(() => { const li = [...document.querySelectorAll('#dead-letters li')]"
                            + ".find(l => l.textContent.includes(" + quote(cut) + "));"
                            + " return li ? li.querySelector('.reason').textContent : null; })()");
            assertThat(letter.asText()).startsWith("ingest: ");
            // For people: what the page looked like (target/dashboard.png), not asserted on.
            browser.screenshot(Path.of("target", "dashboard.png"));
        }
    }

    @Test
    void servesHealthAndMetrics() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        // Ready only once the dashboard's own consumer has polled the broker, a moment after start.
        io.wirestream.testkit.Await.until(java.time.Duration.ofSeconds(30), "/health to answer 200", () -> {
            try {
                return http.send(HttpRequest.newBuilder(observer.uri().resolve("/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (java.io.IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(observer.uri().resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(health.body()).contains("\"enrich\":{\"live\":true,\"ready\":true", "\"ready\":true");

        ingest(ninjs("urn:newsml:wirestream.test:" + UUID.randomUUID() + ":metrics", 1, "usable",
                "Metrics story", "A short story for the meters."));
        long deadline = System.nanoTime() + ARRIVAL.toNanos();
        String metrics = "";
        while (!metrics.contains("wirestream_stories_published_total{") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            metrics = http.send(HttpRequest.newBuilder(observer.uri().resolve("/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
        assertThat(metrics).contains("wirestream_stories_published_total{", "format=\"ninjs\"",
                "wirestream_latency_end_to_end_seconds_bucket",
                "wirestream_records_in_total",
                "kafka_consumer_fetch_manager_records_lag_max", "kafka_stream_thread_");
        assertThat(metrics).containsPattern("wirestream_enrich_step_seconds_bucket\\{[^}]*step=\"entities\"");
    }

    private static void ingest(String json) {
        IngestResult result = pipeline.ingestor().ingest(json.getBytes(StandardCharsets.UTF_8),
                new Origin("it/" + UUID.randomUUID() + ".json", null, Instant.now()));
        assertThat(result.failed()).as(result.reason()).isFalse();
    }

    private static String ninjs(String uri, int version, String pubStatus, String headline, String body) {
        return "{\"uri\": " + quote(uri) + ", \"type\": \"text\", \"version\": \"" + version + "\","
                + " \"versioncreated\": \"2026-03-11T10:0" + version + ":00Z\", \"pubstatus\": \"" + pubStatus + "\","
                + " \"language\": \"en\", \"headline\": " + quote(headline) + ","
                + " \"provider\": {\"name\": \"Wirestream Test Desk\"}, \"body_text\": " + quote(body) + "}";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

}
