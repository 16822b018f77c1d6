package io.wirestream.chaos;

import io.wirestream.schemas.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One scenario's pipeline: its own topic prefix, application ids, drop folder and a state
 * directory per stage instance (which also keeps each instance's {@code group.instance.id}), all
 * under {@code <work>/<name>}. Processes it started are killed by {@link #close()}.
 */
final class Deployment implements AutoCloseable {

    private final String name;
    private final Launcher launcher;
    private final String bootstrapServers;
    private final Path dir;
    private final Path config;
    private final Topics topics;
    private final List<OsProcess> started = new ArrayList<>();
    private Tail tail;

    Deployment(String name, Launcher launcher, String bootstrapServers, Path work) {
        this.name = name;
        this.launcher = launcher;
        this.bootstrapServers = bootstrapServers;
        this.dir = work.resolve(name);
        this.topics = new Topics("chaos." + name + ".");
        try {
            Files.createDirectories(dir);
            config = Files.writeString(dir.resolve("wirestream.properties"), String.join("\n",
                    "enrich.application.id=chaos-" + name + "-enrich",
                    "publish.application.id=chaos-" + name + "-publish",
                    "commit.interval.ms=100",
                    "ingest.poll.interval.ms=250", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Topics topics() {
        return topics;
    }

    Path dropFolder() {
        return dir.resolve("in");
    }

    Path stateDir(String stage, int instance) {
        return dir.resolve("state-" + stage + "-" + instance);
    }

    /** Starts instance 1 of {@code stage}. */
    OsProcess start(String stage) {
        return start(stage, 1);
    }

    OsProcess start(String stage, int instance) {
        List<String> args = new ArrayList<>(List.of("--bootstrap-servers", bootstrapServers,
                "--config", config.toString(), "--topic-prefix", topics.raw().name().replace("news.raw.v1", ""),
                "--state-dir", stateDir(stage, instance).toString()));
        if (stage.equals("ingest")) {
            args.addAll(List.of("--drop-folder", dropFolder().toString()));
        }
        return track(launcher.stage(name + "-" + stage + "-" + instance, stage, args));
    }

    OsProcess restart(OsProcess process) {
        return track(process.restart());
    }

    private OsProcess track(OsProcess process) {
        started.add(process);
        return process;
    }

    /** The output tail, started once the topics exist (the stages create them). */
    Tail tail() {
        if (tail == null) {
            tail = new Tail(bootstrapServers, List.of(topics.raw().name(), topics.enriched().name(),
                    topics.enrichedJson().name(), topics.latest().name(), topics.desk("business").name(),
                    topics.deadLetters().name()), Duration.ofSeconds(120));
        }
        return tail;
    }

    /** Files in the drop folder's failed/ subfolder (rejected input; none for valid copy). */
    long failedFiles() {
        Path failed = dropFolder().resolve("failed");
        if (!Files.isDirectory(failed)) {
            return 0;
        }
        try (var files = Files.list(failed)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (tail != null) {
            tail.close();
        }
        for (OsProcess p : started) {
            if (p.isAlive()) {
                p.kill();
            }
        }
    }
}
