package io.wirestream.ingest.source.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server serving one RSS document that a test changes: it answers 304 when the
 * request's If-None-Match matches the current document's ETag, or a status the test forces.
 * Records each request's conditional headers. Loopback only.
 */
final class FeedServer implements AutoCloseable {

    /** One item of the served feed. */
    record Item(String guid, String title, String body, String pubDate) {
    }

    /** The conditional headers of one request (null when absent). */
    record Request(String ifNoneMatch, String ifModifiedSince, String userAgent) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger forcedStatus = new AtomicInteger();
    private volatile List<Item> items = List.of();
    private volatile int revision;

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/rss", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/rss");
    }

    /** Serves these items from now on, under a new ETag. */
    synchronized void serve(List<Item> served) {
        items = List.copyOf(served);
        revision++;
    }

    /** Answers every request with {@code status} (0: serve normally again). */
    void force(int status) {
        forcedStatus.set(status);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = exchange.getRequestHeaders();
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        requests.add(new Request(ifNoneMatch, exchange.getRequestHeaders().getFirst("If-Modified-Since"),
                headers.containsKey("User-Agent") ? exchange.getRequestHeaders().getFirst("User-Agent") : null));
        try (exchange) {
            int forced = forcedStatus.get();
            if (forced != 0) {
                exchange.sendResponseHeaders(forced, -1);
                return;
            }
            String etag;
            byte[] body;
            synchronized (this) {
                etag = "\"r" + revision + "\"";
                body = document(items).getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", "Wed, 02 Dec 2026 03:0" + (revision % 10) + ":00 GMT");
            if (etag.equals(ifNoneMatch)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String document(List<Item> items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Harbour Gazette</title><link>https://gazette.example.net/</link><language>en</language>\n");
        for (Item item : items) {
            xml.append("<item><title>").append(item.title()).append("</title>")
                    .append("<link>https://gazette.example.net/story/").append(item.guid()).append("</link>")
                    .append("<guid isPermaLink=\"false\">").append(item.guid()).append("</guid>")
                    .append("<pubDate>").append(item.pubDate()).append("</pubDate>")
                    .append("<description>").append(item.body()).append("</description></item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
