package io.wirestream.observe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.config.ClusterSettings;
import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the JSON topic and the dead-letter topic with a read_committed consumer (so it sees
 * only what committed transactions published), counts what arrives in {@link PipelineMetrics},
 * remembers the latest version of recent stories and the last dead letters, and pushes each as a
 * {@link Event} to its subscribers (the dashboard's Server-Sent Events streams).
 *
 * <p>Runs on its own daemon thread from {@link #start()} to {@link #close()}. Thread-safe.
 */
public final class StoryFeed implements AutoCloseable {

    /** One thing to show: {@code type} is {@code story} or {@code deadletter}; {@code json} a one-line object. */
    public record Event(String type, String json) {
    }

    /** What the feed knows of one provider (source): when its last story arrived, how many. */
    public record SourceState(String provider, Instant lastStoryAt, long stories) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(StoryFeed.class);
    private static final int RECENT_STORIES = 200;
    private static final int RECENT_DEAD_LETTERS = 50;

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Topics topics;
    private final PipelineMetrics metrics;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread thread;
    private final List<Consumer<Event>> subscribers = new CopyOnWriteArrayList<>();
    // Guarded by this.
    private final LinkedHashMap<String, Event> stories = new LinkedHashMap<>();
    private final Deque<Event> deadLetters = new ArrayDeque<>();
    private final Map<String, SourceState> sources = new LinkedHashMap<>();
    private volatile Instant lastPollAt;

    /**
     * @param cluster how to reach the cluster (a downstream reader's settings)
     * @param topics  the pipeline's topics
     * @param metrics where to count what arrives; its Kafka client metrics are bound too
     */
    public StoryFeed(ClusterSettings cluster, Topics topics, PipelineMetrics metrics, Clock clock) {
        this.topics = topics;
        this.metrics = metrics;
        this.clock = clock;
        Properties props = new Properties();
        props.putAll(cluster.consumerConfig(Map.of()));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "wirestream-observe-" + UUID.randomUUID());
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "wirestream-observe-feed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        metrics.bindClient("observe", consumer);
        this.thread = new Thread(this::loop, "wirestream-observe-feed");
        thread.setDaemon(true);
    }

    /** Subscribes and starts reading from the beginning of both topics. */
    public StoryFeed start() {
        consumer.subscribe(List.of(topics.enrichedJson().name(), topics.deadLetters().name()));
        thread.start();
        return this;
    }

    /**
     * Adds a subscriber and hands it, first, what the feed already holds (recent stories, then
     * dead letters), so a page opened late shows them too. Called on the feed's thread afterwards;
     * it must not block for long.
     */
    public synchronized void subscribe(Consumer<Event> subscriber) {
        stories.values().forEach(subscriber);
        deadLetters.forEach(subscriber);
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<Event> subscriber) {
        subscribers.remove(subscriber);
    }

    /** Every provider seen so far, with its last story. */
    public synchronized List<SourceState> sources() {
        return new ArrayList<>(sources.values());
    }

    /** When the consumer last returned from a poll without error (the broker answered), or null. */
    public Instant lastPollAt() {
        return lastPollAt;
    }

    private void loop() {
        try {
            while (!closed.get()) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    handle(record);
                }
                lastPollAt = clock.instant();
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.error("event=feed-stopped error=\"{}\"", e.toString(), e);
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void handle(ConsumerRecord<byte[], byte[]> record) {
        metrics.recordIn(record.topic());
        try {
            Event event = record.topic().equals(topics.deadLetters().name()) ? deadLetter(record) : story(record);
            for (Consumer<Event> subscriber : subscribers) {
                subscriber.accept(event);
            }
        } catch (Exception e) {
            // One record we cannot show must not stop the feed (it is already on its topic).
            LOG.warn("event=feed-skip topic={} partition={} offset={} error=\"{}\"", record.topic(),
                    record.partition(), record.offset(), e.toString());
        }
    }

    private Event story(ConsumerRecord<byte[], byte[]> record) throws Exception {
        ObjectNode story = (ObjectNode) mapper.readTree(new String(record.value(), StandardCharsets.UTF_8));
        Instant now = clock.instant();
        String provider = story.path("provider").path("name").asText("unknown");
        JsonNode receivedAt = story.path("source").path("receivedAt");
        Duration latency = receivedAt.isTextual()
                ? Duration.between(Instant.parse(receivedAt.asText()), now) : Duration.ofMillis(-1);
        metrics.storyPublished(provider, story.path("source").path("format").asText("unknown"),
                story.path("change").asText("unknown"), latency);
        if (!latency.isNegative()) {
            story.put("latencyMs", latency.toMillis());
        }
        story.put("topic", record.topic());
        Event event = new Event("story", mapper.writeValueAsString(story));
        synchronized (this) {
            String guid = story.path("guid").asText();
            stories.remove(guid);
            stories.put(guid, event);
            if (stories.size() > RECENT_STORIES) {
                stories.remove(stories.keySet().iterator().next());
            }
            SourceState before = sources.get(provider);
            sources.put(provider, new SourceState(provider, now, before == null ? 1 : before.stories() + 1));
        }
        return event;
    }

    private Event deadLetter(ConsumerRecord<byte[], byte[]> record) throws Exception {
        DeadLetter letter = Topics.deadLetterSerde().decode(record.value());
        String reason = simpleName(letter.getErrorClass());
        metrics.deadLetter(letter.getStage(), reason);
        ObjectNode node = mapper.createObjectNode()
                .put("stage", letter.getStage())
                .put("origin", letter.getOrigin())
                .put("format", letter.getFormat())
                .put("reason", reason)
                .put("errorClass", letter.getErrorClass())
                .put("errorMessage", letter.getErrorMessage())
                .put("failedAt", letter.getFailedAt().toString())
                .put("coordinates", letter.getSourceTopic() == null ? null
                        : letter.getSourceTopic() + "-" + letter.getSourcePartition() + "@" + letter.getSourceOffset());
        Event event = new Event("deadletter", mapper.writeValueAsString(node));
        synchronized (this) {
            deadLetters.addLast(event);
            if (deadLetters.size() > RECENT_DEAD_LETTERS) {
                deadLetters.removeFirst();
            }
        }
        return event;
    }

    /** {@code a.b.FooException} to {@code FooException}: a bounded label for metrics. */
    static String simpleName(String errorClass) {
        if (errorClass == null || errorClass.isBlank()) {
            return "unknown";
        }
        return errorClass.substring(errorClass.lastIndexOf('.') + 1);
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
