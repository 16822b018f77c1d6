package io.wirestream.observe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.wirestream.ingest.source.http.HttpPush;
import io.wirestream.ingest.source.http.PushRequest;
import io.wirestream.ingest.source.http.PushResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's one HTTP server, on one port:
 * <ul>
 *   <li>{@code GET /metrics}: Prometheus text exposition of {@link PipelineMetrics};</li>
 *   <li>{@code GET /health}: {@link HealthCheck} as JSON, 200 when ready, 503 when not;
 *       {@code /health/live}: the same body, 503 only when a stage has given up;</li>
 *   <li>with a {@link StoryFeed}: {@code GET /} the dashboard (its script and style served from this
 *       jar, nothing from the internet) and {@code GET /events}, a Server-Sent Events stream of
 *       {@code story}, {@code deadletter} and, every second, {@code stats} events;</li>
 *   <li>with an {@link HttpPush} (the ingest stage runs here and has a token):
 *       {@code POST /v1/articles}, answered as {@link HttpPush} says; other methods there get 405.</li>
 * </ul>
 *
 * <p>Javalin on Jetty 12: the push endpoint needs a server that streams a request body with a
 * bound and serves many clients at once. Compression is off so that the event stream is flushed
 * per event, not buffered by a gzip stream. Each SSE client holds one Jetty thread while connected,
 * fed by its own bounded queue so that a slow browser never blocks the feed.
 */
public final class ObserveServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ObserveServer.class);
    private static final String DASHBOARD = "/io/wirestream/observe/dashboard/";
    private static final Map<String, String> ASSETS = Map.of(
            "/", "index.html", "/index.html", "index.html", "/app.js", "app.js", "/style.css", "style.css");
    private static final int CLIENT_QUEUE = 10_000;
    // Put in each client's queue on close so that its stream ends at once, not at the next keep-alive.
    private static final String END = "";

    private final ScheduledExecutorService ticker;
    private final PipelineMetrics metrics;
    private final HealthCheck health;
    private final StoryFeed feed;
    private final HttpPush push;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private Javalin server;
    private URI uri;
    private volatile boolean closed;
    private double lastStories = -1;

    private ObserveServer(PipelineMetrics metrics, HealthCheck health, StoryFeed feed, HttpPush push) {
        this.metrics = metrics;
        this.health = health;
        this.feed = feed;
        this.push = push;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wirestream-http-stats");
            t.setDaemon(true);
            return t;
        });
    }

    /** As {@link #start(InetSocketAddress, PipelineMetrics, HealthCheck, StoryFeed, HttpPush)} without push. */
    public static ObserveServer start(InetSocketAddress address, PipelineMetrics metrics, HealthCheck health,
                                      StoryFeed feed) {
        return start(address, metrics, health, feed, null);
    }

    /**
     * Binds {@code address} (port 0: a free port) and starts serving.
     *
     * @param feed the downstream feed for the dashboard, or null to serve only /metrics and /health
     * @param push the push endpoint's handler, or null not to serve {@value HttpPush#PATH}
     * @throws UncheckedIOException if the address cannot be bound
     */
    public static ObserveServer start(InetSocketAddress address, PipelineMetrics metrics, HealthCheck health,
                                      StoryFeed feed, HttpPush push) {
        ObserveServer server = new ObserveServer(metrics, health, feed, push);
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.http.prefer405over404 = true;
            config.jetty.host = address.getAddress().getHostAddress();
            config.jetty.port = address.getPort();
            config.routes.get("/metrics", server::metrics);
            config.routes.get("/health", server::health);
            config.routes.get("/health/live", server::health);
            if (feed != null) {
                config.routes.get("/events", server::events);
                for (String path : ASSETS.keySet()) {
                    config.routes.get(path, server::asset);
                }
            }
            if (push != null) {
                config.routes.post(HttpPush.PATH, server::push);
                for (HandlerType method : List.of(HandlerType.GET, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE)) {
                    config.routes.addHttpHandler(method, HttpPush.PATH, ObserveServer::methodNotAllowed);
                }
            }
        });
        try {
            javalin.start();
        } catch (RuntimeException e) {
            server.ticker.shutdownNow();
            javalin.stop();
            throw new UncheckedIOException("cannot serve HTTP on " + address + ": " + e.getMessage(),
                    new IOException(e));
        }
        server.server = javalin;
        server.uri = URI.create("http://" + hostForUri(address) + ":" + javalin.port() + "/");
        if (feed != null) {
            server.ticker.scheduleAtFixedRate(server::tick, 1, 1, TimeUnit.SECONDS);
        }
        LOG.info("event=http-started address={} push={}", server.uri(), push != null);
        return server;
    }

    private static String hostForUri(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** The base address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        return uri;
    }

    /** Whether {@code POST /v1/articles} is served. */
    public boolean pushes() {
        return push != null;
    }

    private void metrics(Context ctx) {
        respond(ctx, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
    }

    private void health(Context ctx) {
        HealthCheck.Report report = health.check();
        boolean ok = ctx.path().endsWith("/live") ? report.live() : report.ready();
        respond(ctx, ok ? 200 : 503, "application/json", report.json());
    }

    private void asset(Context ctx) throws IOException {
        String name = ASSETS.get(ctx.path());
        try (InputStream in = ObserveServer.class.getResourceAsStream(DASHBOARD + name)) {
            if (in == null) {
                throw new IllegalStateException("dashboard asset missing from the jar: " + name);
            }
            String type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css" : "text/html";
            respond(ctx, 200, type + "; charset=utf-8", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private void push(Context ctx) throws IOException {
        String remote = ctx.req().getRemoteAddr();
        PushResponse response = push.push(new PushRequest(ctx.req().getInputStream(), ctx.header("Content-Type"),
                ctx.queryParam("format"), ctx.header("Authorization"),
                remote.contains(":") ? "[" + remote + "]" : remote, ctx.header("X-Request-Id")));
        if (response.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"wirestream\"");
        }
        respond(ctx, response.status(), "application/json", response.json());
    }

    private static void methodNotAllowed(Context ctx) {
        ctx.header("Allow", "POST");
        respond(ctx, 405, "application/json", "{\"error\":\"use POST to push a document\"}");
    }

    /** The event stream, written straight to the response and flushed per message; ends with the client. */
    private void events(Context ctx) {
        BlockingQueue<String> queue = new ArrayBlockingQueue<>(CLIENT_QUEUE);
        Consumer<StoryFeed.Event> subscriber = event -> offer(queue, sse(event.type(), event.json()));
        ctx.status(200);
        ctx.header("Content-Type", "text/event-stream; charset=utf-8");
        ctx.header("Cache-Control", "no-cache");
        clients.add(queue);
        feed.subscribe(subscriber);
        try {
            OutputStream out = ctx.res().getOutputStream();
            out.write("retry: 2000\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (!closed) {
                String message = queue.poll(15, TimeUnit.SECONDS);
                if (END.equals(message)) {
                    break;
                }
                // A comment line keeps proxies and the browser from timing the stream out.
                out.write((message == null ? ": keep-alive\n\n" : message).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            // the browser went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            feed.unsubscribe(subscriber);
            clients.remove(queue);
        }
    }

    private void offer(BlockingQueue<String> queue, String message) {
        if (!queue.offer(message)) {
            // A client this far behind gets a fresh start on reconnect rather than unbounded memory.
            clients.remove(queue);
            queue.clear();
            queue.offer(END);
        }
    }

    /** Once a second: totals, rate and latency percentiles, and the health report, to every client. */
    private void tick() {
        try {
            double stories = metrics.total("wirestream.stories.published");
            double rate = lastStories < 0 ? 0 : stories - lastStories;
            lastStories = stories;
            double[] p = metrics.latencyPercentilesMillis();
            ObjectNode stats = mapper.createObjectNode()
                    .put("t", System.currentTimeMillis())
                    .put("stories", (long) stories)
                    .put("deadLetters", (long) metrics.total("wirestream.dead.letters"))
                    .put("storiesPerSecond", rate)
                    .put("p50", p[0]).put("p95", p[1]).put("p99", p[2]);
            ObjectNode steps = stats.putObject("enrichSteps");
            metrics.stepPercentilesMillis().forEach((step, ms) ->
                    steps.putObject(step).put("p50", ms[0]).put("p95", ms[1]).put("p99", ms[2]));
            stats.set("health", mapper.readTree(health.check().json()));
            String message = sse("stats", mapper.writeValueAsString(stats));
            clients.forEach(queue -> offer(queue, message));
        } catch (Exception e) {
            LOG.warn("event=stats-failed error=\"{}\"", e.toString());
        }
    }

    /** One SSE message; {@code json} is one line (Jackson's compact output), so one data line suffices. */
    static String sse(String type, String json) {
        return "event: " + type + "\ndata: " + json.replace("\n", "\ndata: ") + "\n\n";
    }

    private static void respond(Context ctx, int status, String type, String body) {
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(type);
        ctx.result(body.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        closed = true;
        ticker.shutdownNow();
        clients.forEach(queue -> {
            queue.clear();
            queue.offer(END);
        });
        if (server != null) {
            server.stop();
        }
    }
}
