package io.wirestream.cli;

import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.Topics;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

    /** How long a story waits for its desk routes, which come on other topics. */
    static final Duration HOLD = Duration.ofMillis(300);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Topics topics;
    private final PrintWriter out;
    private final StoryBlocks blocks;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicInteger stories = new AtomicInteger();
    private final AtomicInteger deadLetters = new AtomicInteger();
    private final Thread thread;
    private volatile long firstStoryAtNanos;

    StoryPrinter(ClusterSettings cluster, Topics topics, PrintWriter out, boolean fullJson) {
        this.topics = topics;
        this.out = out;
        this.blocks = new StoryBlocks(fullJson, HOLD.toNanos(), this::print);
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
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    take(record);
                }
                blocks.flush(System.nanoTime());
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            blocks.flushAll();
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void take(ConsumerRecord<byte[], byte[]> record) {
        String topic = record.topic();
        String key = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
        try {
            if (topic.equals(topics.enrichedJson().name())) {
                blocks.story(key, new String(record.value(), StandardCharsets.UTF_8), System.nanoTime());
            } else if (topic.equals(topics.deadLetters().name())) {
                DeadLetter letter = Topics.deadLetterSerde().decode(record.value());
                blocks.deadLetter(letter.getStage(), letter.getOrigin(), letter.getErrorMessage());
            } else {
                String desk = topic.replaceAll(".*news\\.desk\\.([a-z0-9-]+)\\.v1$", "$1");
                blocks.desk(key, desk, System.nanoTime());
            }
        } catch (Exception e) {
            out.printf("(could not print a record from %s: %s)%n", topic, Texts.cut(e.getMessage()));
            out.flush();
        }
    }

    private void print(StoryBlocks.Block block) {
        synchronized (out) {
            out.print(block.text());
            out.flush();
        }
        if (block.kind() == StoryBlocks.Kind.STORY) {
            if (firstStoryAtNanos == 0) {
                firstStoryAtNanos = System.nanoTime();
            }
            stories.incrementAndGet();
        } else if (block.kind() == StoryBlocks.Kind.DEAD_LETTER) {
            deadLetters.incrementAndGet();
        }
        printed();
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
