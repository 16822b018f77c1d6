package io.wirestream.chaos;

import io.wirestream.schemas.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

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
        this(name, launcher, bootstrapServers, work, List.of());
    }

    /**
     * A deployment whose config file also holds {@code settings} ({@code key=value} lines, such as
     * {@code enrich.consumer.session.timeout.ms=6000}), for scenarios that need shorter timeouts.
     */
    Deployment(String name, Launcher launcher, String bootstrapServers, Path work, List<String> settings) {
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
                    "ingest.poll.interval.ms=250", String.join("\n", settings), ""));
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

    String bootstrapServers() {
        return bootstrapServers;
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

    /** The consumer group (Streams application id) of {@code stage}. */
    String group(String stage) {
        return "chaos-" + name + "-" + stage;
    }

    /**
     * Waits until at least {@code members} members of {@code stage}'s consumer group each hold at least
     * one partition of {@code topic}: proof that a new instance took work, not just that it started.
     *
     * @return the partitions of {@code topic} per member (group.instance.id or client id), as text
     */
    String awaitSharedAssignment(String stage, String topic, int members, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<String, Integer> last = Map.of();
            while (System.nanoTime() < deadline) {
                var group = admin.describeConsumerGroups(List.of(group(stage))).all().get().get(group(stage));
                Map<String, Integer> held = new TreeMap<>();
                group.members().forEach(m -> held.put(m.groupInstanceId().orElse(m.clientId()),
                        (int) m.assignment().topicPartitions().stream().filter(tp -> tp.topic().equals(topic)).count()));
                last = held;
                if (held.values().stream().filter(n -> n > 0).count() >= members) {
                    return held.toString();
                }
                Stories.sleep(200);
            }
            throw new AssertionError(group(stage) + " never had " + members + " members each holding a partition of "
                    + topic + " within " + timeout + "; last seen " + last);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot describe group " + group(stage), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until {@code stage}'s group has committed offsets at the committed end of every
     * partition of {@code topic}: it has read (and its transactions have written) all there is.
     *
     * @return how long that took
     */
    Duration awaitCaughtUp(String stage, String topic, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            String lag = "";
            while (System.nanoTime() < deadline) {
                try {
                    lag = lag(admin, group(stage), topic);
                    if (lag.isEmpty()) {
                        return Duration.ofNanos(System.nanoTime() - start);
                    }
                } catch (ExecutionException | org.apache.kafka.common.KafkaException e) {
                    lag = e.toString();
                }
                Stories.sleep(250);
            }
            throw new AssertionError(stage + " did not catch up with " + topic + " within " + timeout + ": " + lag);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The partitions where {@code group} is behind, as text; empty when it is not. */
    private static String lag(Admin admin, String group, String topic) throws ExecutionException, InterruptedException {
        var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        partitions.forEach(p -> ends.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        var end = admin.listOffsets(ends, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        StringBuilder behind = new StringBuilder();
        end.forEach((tp, info) -> {
            OffsetAndMetadata c = committed.get(tp);
            long at = c == null ? 0 : c.offset();
            if (at < info.offset()) {
                behind.append(tp).append(' ').append(at).append('/').append(info.offset()).append(' ');
            }
        });
        return behind.toString();
    }

    /** Writes {@code value} to {@code topic} as a plain (non-transactional, acks=all) producer would. */
    void produce(String topic, String key, byte[] value) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot write to " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Deletes the state directory of one stage instance (the process must be stopped). */
    void wipeState(String stage, int instance) {
        Path state = stateDir(stage, instance);
        try (var files = Files.walk(state)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
