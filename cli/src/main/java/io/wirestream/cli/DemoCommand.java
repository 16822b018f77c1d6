package io.wirestream.cli;

import io.wirestream.config.CommonConfig;
import io.wirestream.ingest.IngestResult;
import io.wirestream.ingest.format.Origin;
import io.wirestream.ingest.source.FileResult;
import io.wirestream.observe.Observer;
import io.wirestream.observe.PipelineMetrics;
import io.wirestream.pipeline.Pipeline;
import io.wirestream.pipeline.PipelineSettings;
import io.wirestream.pipeline.TopicSetup;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wirestream demo}: the whole pipeline on an embedded broker, with live output. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"The whole pipeline on an embedded Kafka, with live output.", "",
                "Starts a single-node KRaft broker in-process, runs ingest, enrich and",
                "publish, ingests the bundled sample copy and any PATHs, and prints every",
                "story as it arrives downstream. Accepts pushes on POST /v1/articles with",
                "the printed token (ingest.http.token, else a random one). With",
                "--bootstrap-servers (or KAFKA_BOOTSTRAP_SERVERS) it uses that cluster."})
final class DemoCommand implements Callable<Integer> {

    /** How often the structured summary line is logged (at INFO: WIRESTREAM_LOG_LEVEL=INFO shows it). */
    static final Duration SUMMARY_EVERY = Duration.ofSeconds(30);

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "More wire files or folders to ingest.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--drop-folder", paramLabel = "DIR",
            description = "Folder to watch while the demo runs (default: a new temporary folder).")
    Path dropFolder;

    @Option(names = "--no-samples", description = "Do not ingest the bundled sample copy.")
    boolean noSamples;

    @Option(names = "--json", description = "Print each story's full JSON instead of a summary.")
    boolean json;

    @Option(names = "--exit-when-done", description = "Exit once every ingested story and dead letter has been printed.")
    boolean exitWhenDone;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Port of the dashboard, /metrics, /health and POST /v1/articles (push) on 127.0.0.1"
                    + " (default: http.port, else a free port).")
    Integer httpPortOption;

    @Mixin
    KafkaOptions kafka;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        PipelineSettings settings = kafka.settings();
        String external = settings.values().get("bootstrap.servers");
        out.println(external == null ? "Starting embedded Kafka (single-node KRaft)..." : "Using Kafka at " + external);
        out.flush();
        IngestLogging.quietRejections(); // each bad file is shown once, as its dead letter
        Path stateDir = Files.createTempDirectory("wirestream-demo-state");
        Path drop = dropFolder != null ? Files.createDirectories(dropFolder) : Files.createTempDirectory("wirestream-drop");
        List<Path> temporary = dropFolder != null ? List.of(stateDir) : List.of(stateDir, drop);
        String run = UUID.randomUUID().toString().substring(0, 8);

        LocalBroker cluster = LocalBroker.start(external);
        double brokerSeconds = seconds(started);
        // Fresh state each run: a demo should show every sample again, not resume an earlier run.
        if (external != null && !settings.values().containsKey("topic.prefix")) {
            // Never write sample copy into a real cluster's production topics.
            settings = settings.with("topic.prefix", "wirestream-demo-" + run + ".");
        }
        // The demo serves pushes on loopback; without a configured token it makes up one and prints it.
        String pushToken = settings.values().get("ingest.http.token");
        if (pushToken == null || pushToken.isBlank()) {
            pushToken = newToken();
            settings = settings.with("ingest.http.token", pushToken);
        }
        settings = settings.with("bootstrap.servers", cluster.bootstrapServers())
                .with("state.dir", stateDir.toString())
                .with("enrich.application.id", "wirestream-demo-enrich-" + run)
                .with("publish.application.id", "wirestream-demo-publish-" + run);
        int configured = CommonConfig.httpPort(settings.values(), 0);
        // The demo always serves: its dashboard is the point, so "off" means a free port here.
        int httpPort = httpPortOption != null ? httpPortOption : Math.max(0, configured);
        PipelineMetrics metrics = new PipelineMetrics();
        Pipeline pipeline;
        try {
            pipeline = Pipeline.startAll(settings, new TopicSetup(1, (short) 1), metrics.enrichmentListener());
        } catch (RuntimeException e) {
            // A bad setting is found here, after the broker started: leave nothing behind.
            cluster.close();
            temporary.forEach(DemoShutdown::delete);
            throw e;
        }
        Observer observer;
        try {
            observer = Observer.start(pipeline, metrics,
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), httpPort), true, SUMMARY_EVERY);
        } catch (RuntimeException e) {
            pipeline.close();
            cluster.close();
            temporary.forEach(DemoShutdown::delete);
            throw e;
        }
        StoryPrinter printer = new StoryPrinter(pipeline.cluster(), pipeline.topics(), out, json).start();
        double pipelineSeconds = seconds(started);
        out.printf("Kafka ready in %.1f s, all stages running in %.1f s (bootstrap %s)%n", brokerSeconds,
                pipelineSeconds, cluster.bootstrapServers());
        out.printf("Dashboard: %s  (metrics: %smetrics, health: %shealth)%n", observer.uri(), observer.uri(),
                observer.uri());
        String token = pushToken;
        observer.pushUri().ifPresent(push -> out.printf("Push: curl -H 'Authorization: Bearer %s' --data-binary @story.xml %s%n",
                token, push));

        CountDownLatch stopped = new CountDownLatch(1);
        DemoShutdown shutdown = new DemoShutdown(out, started, printer::stories, printer::deadLetters,
                List.of(printer, observer, pipeline, cluster), temporary);
        Thread hook = new Thread(() -> {
            shutdown.run();
            stopped.countDown();
        }, "wirestream-demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        cluster.leaveShutdownToOwner();

        int published = 0;
        int rejected = 0;
        if (!noSamples) {
            for (Samples.Sample sample : Samples.all()) {
                IngestResult result = pipeline.ingestor().ingest(sample.content(),
                        new Origin("samples/" + sample.name(), null, Clock.systemUTC().instant()));
                published += result.published();
                rejected += result.failed() ? 1 : 0;
                report(out, "samples/" + sample.name(), result);
            }
        }
        for (FileResult result : pipeline.ingest(paths)) {
            published += result.result().published();
            rejected += result.result().failed() ? 1 : 0;
            report(out, result.file().toString(), result.result());
        }
        pipeline.watch(drop);
        out.printf("Watching drop folder %s (drop more wire files there). Ctrl-C to stop.%n", drop);
        out.flush();

        if (exitWhenDone) {
            boolean complete = printer.await(published, rejected, Duration.ofSeconds(60));
            if (printer.firstStoryAtNanos() > 0) {
                out.printf("%nFirst enriched story printed %.1f s after start; %d stories, %d dead letter(s).%n",
                        (printer.firstStoryAtNanos() - started) / 1e9, printer.stories(), printer.deadLetters());
            }
            out.flush();
            Runtime.getRuntime().removeShutdownHook(hook);
            hook.run();
            return complete ? 0 : 1;
        }
        stopped.await();
        return 0;
    }

    private static void report(PrintWriter out, String name, IngestResult result) {
        // A rejected file is shown once, by its dead-letter block.
        if (!result.failed()) {
            synchronized (out) {
                out.printf("ingest: %s -> %s, %d article(s)%n", Texts.cut(name), result.formatId(), result.published());
                out.flush();
            }
        }
    }

    /** 32 random bytes, URL-safe Base64: a bearer token for this run only. */
    private static String newToken() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
