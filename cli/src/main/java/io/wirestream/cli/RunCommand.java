package io.wirestream.cli;

import io.wirestream.config.CommonConfig;
import io.wirestream.ingest.source.FileResult;
import io.wirestream.ingest.source.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import io.wirestream.observe.Observer;
import io.wirestream.observe.PipelineMetrics;
import io.wirestream.pipeline.Pipeline;
import io.wirestream.pipeline.PipelineSettings;
import io.wirestream.pipeline.Stage;
import io.wirestream.pipeline.TopicSetup;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wirestream run --stage ...}: a stage, or all of them, against a real cluster. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a stage (or all) against a Kafka cluster until Ctrl-C.", "",
                "With --stage ingest, ingests the FILE arguments, then watches",
                "--drop-folder if given (without one it exits when the files are done).", "",
                "With --http-port and the ingest stage here, also accepts documents",
                "on POST /v1/articles (needs ingest.http.token; without one the",
                "endpoint is not opened). A push endpoint, like a drop folder, keeps",
                "--stage ingest running."})
final class RunCommand implements Callable<Integer> {

    /** What --stage accepts. */
    enum StageChoice { INGEST, ENRICH, PUBLISH, ALL }

    @Option(names = "--stage", required = true, paramLabel = "STAGE",
            description = "ingest, enrich, publish or all.")
    StageChoice stage;

    @Option(names = "--drop-folder", paramLabel = "DIR", description = "Folder to watch (ingest).")
    Path dropFolder;

    @Option(names = "--partitions", defaultValue = "3", paramLabel = "N",
            description = "Partitions of topics this command creates (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--replication-factor", defaultValue = "1", paramLabel = "N",
            description = "Replication factor of topics this command creates (default: ${DEFAULT-VALUE}; use 3 on a real cluster).")
    short replicationFactor;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Files or folders to ingest once (ingest).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Serve /metrics (Prometheus), /health and, with the ingest stage and ingest.http.token,"
                    + " POST /v1/articles on this port, all interfaces (default: http.port, else off; 0: a free port).")
    Integer httpPortOption;

    @Option(names = "--dashboard", description = "Also serve the live dashboard on --http-port.")
    boolean dashboard;

    @Mixin
    KafkaOptions kafka;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Files handed to the file source at a time when ingesting FILE arguments. */
    static final int INGEST_CHUNK = 64;

    /** The FILE arguments with folders replaced by their files (a folder that cannot be listed stays). */
    private static List<Path> expand(List<Path> paths) {
        List<Path> inputs = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try {
                    inputs.addAll(InputFiles.list(path));
                    continue;
                } catch (IOException e) {
                    // the file source reports it as that path's failure
                }
            }
            inputs.add(path);
        }
        return inputs;
    }

    @Override
    public Integer call() throws InterruptedException {
        PipelineSettings settings = kafka.settings();
        if (!settings.values().containsKey("bootstrap.servers")) {
            throw new ParameterException(spec.commandLine(),
                    "no Kafka cluster: give --bootstrap-servers or set KAFKA_BOOTSTRAP_SERVERS (or use `wirestream demo`)");
        }
        Set<Stage> stages = stage == StageChoice.ALL ? EnumSet.allOf(Stage.class) : EnumSet.of(Stage.valueOf(stage.name()));
        boolean ingesting = stages.contains(Stage.INGEST);
        if (!ingesting && (dropFolder != null || !files.isEmpty())) {
            throw new ParameterException(spec.commandLine(), "files and --drop-folder need --stage ingest or all");
        }
        int httpPort = httpPortOption != null ? httpPortOption
                : CommonConfig.httpPort(settings.values(), CommonConfig.HTTP_OFF);
        PipelineMetrics metrics = new PipelineMetrics();
        Pipeline pipeline = Pipeline.start(settings, stages, new TopicSetup(partitions, replicationFactor),
                metrics.enrichmentListener());
        CountDownLatch stopped = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger exitCode = new java.util.concurrent.atomic.AtomicInteger();
        pipeline.onStageFailure((name, health) -> {
            spec.commandLine().getErr().println("wirestream run: " + name + " stopped (" + health.status() + "): "
                    + health.reason());
            spec.commandLine().getErr().flush();
            exitCode.set(1);
            stopped.countDown();
        });
        Observer observer;
        try {
            observer = httpPort < 0 ? null
                    : Observer.start(pipeline, metrics, new InetSocketAddress(httpPort), dashboard,
                            DemoCommand.SUMMARY_EVERY);
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
        if (observer != null) {
            spec.commandLine().getOut().println("wirestream: serving " + observer.uri() + "metrics and "
                    + observer.uri() + "health" + (dashboard ? ", dashboard at " + observer.uri() : ""));
            observer.pushUri().ifPresent(push -> spec.commandLine().getOut().println("wirestream: accepting pushes on POST "
                    + push + " (Authorization: Bearer <ingest.http.token>)"));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (observer != null) {
                observer.close();
            }
            pipeline.close();
            stopped.countDown();
        }, "wirestream-shutdown"));
        int failed = 0;
        if (!files.isEmpty()) {
            List<Path> inputs = expand(files);
            try (FileProgress progress = FileProgress.forCommand("run", "dead letters", inputs.size(),
                    spec.commandLine().getErr())) {
                // In chunks, so the progress moves while the file source still reads several at once.
                for (int from = 0; from < inputs.size(); from += INGEST_CHUNK) {
                    List<Path> chunk = inputs.subList(from, Math.min(inputs.size(), from + INGEST_CHUNK));
                    for (FileResult result : pipeline.ingest(chunk)) {
                        boolean rejected = result.result().failed();
                        if (rejected) {
                            failed++;
                            spec.commandLine().getErr().println("wirestream run: "
                                    + Texts.rejection(result.file().toString(), result.result().reason()));
                        }
                        progress.file(rejected ? 0 : result.result().published(), rejected);
                    }
                }
            }
        }
        if (dropFolder != null) {
            pipeline.watch(dropFolder);
        }
        // A push endpoint keeps an ingest-only process running, like a drop folder does.
        boolean pushing = observer != null && observer.pushUri().isPresent();
        boolean oneShot = stages.equals(EnumSet.of(Stage.INGEST)) && dropFolder == null && !pushing;
        if (oneShot) {
            if (observer != null) {
                observer.close();
            }
            pipeline.close();
            return failed == 0 ? 0 : 1;
        }
        spec.commandLine().getOut().println("wirestream: running " + stages + "; Ctrl-C to stop");
        spec.commandLine().getOut().flush();
        stopped.await();
        if (exitCode.get() != 0) {
            if (observer != null) {
                observer.close();
            }
            pipeline.close();
        }
        return exitCode.get();
    }
}
