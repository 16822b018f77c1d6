package io.wirestream.observe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.ingest.health.SourceHealth;
import io.wirestream.pipeline.Pipeline;
import io.wirestream.streamapp.lifecycle.Health;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Liveness and readiness of the stages in this process, for {@code /health}.
 *
 * <p>Live: no Streams stage has given up ({@link Health.Status#isTerminal()}). Ready: every Streams
 * stage is RUNNING, and, where the observer's feed runs, its read_committed consumer polled the
 * broker within {@link #BROKER_STALE_AFTER}. The ingest stage is reported with whether its
 * producer runs here; each source (provider) seen on the JSON topic with its last story and quiet
 * time, for people (a quiet source does not make the process unready: news can be slow).
 *
 * <p>Thread-safe.
 */
public final class HealthCheck {

    /** How long without a successful poll before the broker counts as unreachable. */
    static final Duration BROKER_STALE_AFTER = Duration.ofSeconds(30);

    /** A health answer: the JSON body and whether to answer 200 (ready) or 503. */
    public record Report(boolean live, boolean ready, String json) {
    }

    private final Pipeline pipeline;
    private final StoryFeed feed;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * @param pipeline the stages running here
     * @param feed     the observer's feed, or null where none runs
     */
    public HealthCheck(Pipeline pipeline, StoryFeed feed, Clock clock) {
        this.pipeline = pipeline;
        this.feed = feed;
        this.clock = clock;
    }

    /** The health now. */
    public Report check() {
        return check(pipeline.health(), pipeline.ingesting(), pipeline.sources());
    }

    Report check(Map<String, Health> stages, boolean ingesting) {
        return check(stages, ingesting, List.of());
    }

    /** @param ingestSources the health of each ingest source here (drop folders, feeds) */
    Report check(Map<String, Health> stages, boolean ingesting, List<SourceHealth> ingestSources) {
        Instant now = clock.instant();
        ObjectNode root = mapper.createObjectNode();
        ObjectNode stageNodes = root.putObject("stages");
        boolean live = true;
        boolean ready = true;
        for (Map.Entry<String, Health> e : stages.entrySet()) {
            Health health = e.getValue();
            boolean stageLive = !health.status().isTerminal();
            boolean stageReady = health.status() == Health.Status.RUNNING;
            live &= stageLive;
            ready &= stageReady;
            stageNodes.putObject(e.getKey())
                    .put("live", stageLive)
                    .put("ready", stageReady)
                    .put("status", health.status().name())
                    .put("state", health.state().name())
                    .put("since", health.since().toString())
                    .put("reason", health.reason());
        }
        if (ingesting) {
            ObjectNode ingest = stageNodes.putObject("ingest").put("live", true).put("ready", true)
                    .put("status", "RUNNING").put("reason", "producer open in this process");
            // For people, like the providers below: a quiet or failing source does not make ingest unready.
            com.fasterxml.jackson.databind.node.ArrayNode sourceNodes = ingest.putArray("sources");
            for (SourceHealth source : ingestSources) {
                sourceNodes.addObject().put("source", source.source())
                        .put("lastSuccessAt", source.lastSuccess() == null ? null : source.lastSuccess().toString())
                        .put("lastErrorAt", source.lastError() == null ? null : source.lastError().toString())
                        .put("lastError", source.lastErrorMessage())
                        .put("items", source.items())
                        .put("deadLetters", source.deadLetters())
                        .put("quiet", source.quiet());
            }
        }
        if (feed != null) {
            Instant polled = feed.lastPollAt();
            boolean reachable = polled != null && Duration.between(polled, now).compareTo(BROKER_STALE_AFTER) <= 0;
            ready &= reachable;
            root.putObject("broker").put("reachable", reachable)
                    .put("lastPollAt", polled == null ? null : polled.toString());
            ObjectNode sources = root.putObject("sources");
            for (StoryFeed.SourceState source : feed.sources()) {
                sources.putObject(source.provider())
                        .put("lastSuccessAt", source.lastStoryAt().toString())
                        .put("quietSeconds", Duration.between(source.lastStoryAt(), now).toSeconds())
                        .put("stories", source.stories());
            }
        }
        root.put("live", live);
        root.put("ready", ready);
        root.put("checkedAt", now.toString());
        try {
            return new Report(live, ready, mapper.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot render health", e);
        }
    }
}
