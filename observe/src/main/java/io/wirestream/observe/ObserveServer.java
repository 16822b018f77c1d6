package io.wirestream.observe;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The observer's HTTP endpoints on one port:
 * <ul>
 *   <li>{@code GET /metrics}: Prometheus text exposition of {@link PipelineMetrics};</li>
 *   <li>{@code GET /health}: {@link HealthCheck} as JSON, 200 when ready, 503 when not;
 *       {@code /health/live}: the same body, 503 only when a stage has given up;</li>
 *   <li>with a {@link StoryFeed}: {@code GET /} the dashboard (its script and style served from this
 *       jar, nothing from the internet) and {@code GET /events}, a Server-Sent Events stream of
 *       {@code story}, {@code deadletter} and, every second, {@code stats} events.</li>
 * </ul>
 *
 * <p>The JDK's {@code com.sun.net.httpserver} is enough here: a handful of GET routes and one
 * streaming response (a chunked body that is flushed per event), with no dependency to keep
 * converged with Kafka's. Each SSE client holds one thread of a cached pool while connected.
 */
public final class ObserveServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ObserveServer.class);
    private static final String DASHBOARD = "/io/wirestream/observe/dashboard/";
    private static final Map<String, String> ASSETS = Map.of(
            "/", "index.html", "/index.html", "index.html", "/app.js", "app.js", "/style.css", "style.css");
    private static final int CLIENT_QUEUE = 10_000;

    private final HttpServer server;
    private final ExecutorService executor;
    private final ScheduledExecutorService ticker;
    private final PipelineMetrics metrics;
    private final HealthCheck health;
    private final StoryFeed feed;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    private double lastStories = -1;

    private ObserveServer(HttpServer server, PipelineMetrics metrics, HealthCheck health, StoryFeed feed) {
        this.server = server;
        this.metrics = metrics;
        this.health = health;
        this.feed = feed;
        this.executor = Executors.newCachedThreadPool(daemon("wirestream-http"));
        this.ticker = Executors.newSingleThreadScheduledExecutor(daemon("wirestream-http-stats"));
    }

    /**
     * Binds {@code address} (port 0: a free port) and starts serving.
     *
     * @param feed the downstream feed for the dashboard, or null to serve only /metrics and /health
     * @throws UncheckedIOException if the address cannot be bound
     */
    public static ObserveServer start(InetSocketAddress address, PipelineMetrics metrics, HealthCheck health,
                                      StoryFeed feed) {
        HttpServer http;
        try {
            http = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve HTTP on " + address + ": " + e.getMessage(), e);
        }
        ObserveServer server = new ObserveServer(http, metrics, health, feed);
        http.setExecutor(server.executor);
        http.createContext("/metrics", server::metrics);
        http.createContext("/health", server::health);
        if (feed != null) {
            http.createContext("/events", server::events);
            http.createContext("/", server::asset);
            server.ticker.scheduleAtFixedRate(server::tick, 1, 1, TimeUnit.SECONDS);
        }
        http.start();
        LOG.info("event=http-started address={}", server.uri());
        return server;
    }

    /** The base address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        InetSocketAddress bound = server.getAddress();
        return URI.create("http://" + bound.getAddress().getHostAddress() + ":" + bound.getPort() + "/");
    }

    private void metrics(HttpExchange exchange) throws IOException {
        respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
    }

    private void health(HttpExchange exchange) throws IOException {
        HealthCheck.Report report = health.check();
        boolean ok = exchange.getRequestURI().getPath().endsWith("/live") ? report.live() : report.ready();
        respond(exchange, ok ? 200 : 503, "application/json", report.json());
    }

    private void asset(HttpExchange exchange) throws IOException {
        String name = ASSETS.get(exchange.getRequestURI().getPath());
        if (name == null) {
            respond(exchange, 404, "text/plain; charset=utf-8", "not found\n");
            return;
        }
        try (InputStream in = ObserveServer.class.getResourceAsStream(DASHBOARD + name)) {
            if (in == null) {
                throw new IllegalStateException("dashboard asset missing from the jar: " + name);
            }
            String type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css" : "text/html";
            respond(exchange, 200, type + "; charset=utf-8", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private void events(HttpExchange exchange) throws IOException {
        BlockingQueue<String> queue = new ArrayBlockingQueue<>(CLIENT_QUEUE);
        Consumer<StoryFeed.Event> subscriber = event -> offer(queue, sse(event.type(), event.json()));
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0); // 0: chunked, open until the client goes
        clients.add(queue);
        feed.subscribe(subscriber);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("retry: 2000\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            while (!closed) {
                String message = queue.poll(15, TimeUnit.SECONDS);
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
            exchange.close();
        }
    }

    private void offer(BlockingQueue<String> queue, String message) {
        if (!queue.offer(message)) {
            // A client this far behind gets a fresh start on reconnect rather than unbounded memory.
            clients.remove(queue);
            queue.clear();
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

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        closed = true;
        ticker.shutdownNow();
        server.stop(0);
        executor.shutdownNow();
    }
}
