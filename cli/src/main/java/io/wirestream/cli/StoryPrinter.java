package io.wirestream.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import io.wirestream.config.ClusterSettings;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Follows the downstream topics (JSON, desks, dead letters) with a read_committed consumer and
 * prints what arrives, for people watching the demo. Runs on its own thread until closed.
 */
final class StoryPrinter implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Topics topics;
    private final PrintWriter out;
    private final boolean fullJson;
    private final ObjectMapper mapper = new ObjectMapper();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicInteger stories = new AtomicInteger();
    private final AtomicInteger deadLetters = new AtomicInteger();
    private final Thread thread;
    private volatile long firstStoryAtNanos;

    StoryPrinter(ClusterSettings cluster, Topics topics, PrintWriter out, boolean fullJson) {
        this.topics = topics;
        this.out = out;
        this.fullJson = fullJson;
        Properties props = new Properties();
        props.putAll(cluster.consumerConfig(java.util.Map.of()));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "wirestream-demo-printer-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 2_000); // notice new desk topics quickly
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.thread = new Thread(this::loop, "wirestream-story-printer");
    }

    StoryPrinter start() {
        String prefix = Pattern.quote(topics.raw().name().replace("news.raw.v1", ""));
        consumer.subscribe(Pattern.compile(prefix + "news\\.(enriched\\.json|dlq|desk\\.[a-z0-9-]+)\\.v1"));
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    int stories() {
        return stories.get();
    }

    int deadLetters() {
        return deadLetters.get();
    }

    /**
     * Waits until at least {@code stories} stories and {@code deadLetters} dead letters have been
     * printed, or {@code timeout} has passed.
     *
     * @return true if they were printed
     */
    boolean await(int stories, int deadLetters, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (this.stories.get() < stories || this.deadLetters.get() < deadLetters) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    private synchronized void printed() {
        notifyAll();
    }

    /** System.nanoTime() when the first story was printed, or 0. */
    long firstStoryAtNanos() {
        return firstStoryAtNanos;
    }

    private void loop() {
        try {
            while (!closed.get()) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    print(record);
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void print(ConsumerRecord<byte[], byte[]> record) {
        String topic = record.topic();
        try {
            if (topic.equals(topics.enrichedJson().name())) {
                if (firstStoryAtNanos == 0) {
                    firstStoryAtNanos = System.nanoTime();
                }
                printStory(new String(record.value(), java.nio.charset.StandardCharsets.UTF_8));
                stories.incrementAndGet();
                printed();
            } else if (topic.equals(topics.deadLetters().name())) {
                DeadLetter letter = Topics.deadLetterSerde().decode(record.value());
                out.printf("%n✗ DEAD LETTER (%s) %s%n  %s%n", letter.getStage(), letter.getOrigin(),
                        letter.getErrorMessage());
                deadLetters.incrementAndGet();
                printed();
            } else {
                String desk = topic.replaceAll(".*news\\.desk\\.([a-z0-9-]+)\\.v1$", "$1");
                out.printf("  → desk %-10s %s%n", desk, new String(record.key(), java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (Exception e) {
            out.printf("(could not print a record from %s: %s)%n", topic, e.getMessage());
        }
        out.flush();
    }

    private void printStory(String json) throws Exception {
        if (fullJson) {
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(mapper.readTree(json)));
            return;
        }
        JsonNode story = mapper.readTree(json);
        out.printf("%n● %s v%s  %s  [%s, %d words, %d min read]%n", story.path("change").asText().toUpperCase(),
                story.path("version").asText(), story.path("guid").asText(), story.path("language").asText("?"),
                story.path("wordCount").asInt(), story.path("readingTimeMinutes").asInt());
        out.printf("  %s%n", story.path("headline").asText());
        if (story.path("pubStatus").asText().equals("canceled")) {
            out.println("  (killed: consumers must withdraw this story)");
        }
        Map<String, StringBuilder> byType = new LinkedHashMap<>();
        for (String type : List.of("PERSON", "ORGANIZATION", "LOCATION")) {
            byType.put(type, new StringBuilder());
        }
        for (JsonNode entity : story.path("entities")) {
            StringBuilder line = byType.computeIfAbsent(entity.path("type").asText(), t -> new StringBuilder());
            line.append(line.isEmpty() ? "" : ", ").append(entity.path("name").asText())
                    .append(" ×").append(entity.path("mentions").size());
        }
        byType.forEach((type, names) -> {
            if (!names.isEmpty()) {
                out.printf("  %-13s %s%n", type, names);
            }
        });
        Map<String, Integer> removed = new LinkedHashMap<>();
        story.path("boilerplate").forEach(b -> removed.merge(b.path("kind").asText(), 1, Integer::sum));
        if (!removed.isEmpty()) {
            out.printf("  boilerplate removed: %s%n", removed);
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            consumer.wakeup();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
