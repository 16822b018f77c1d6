package io.wirestream.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Waits for conditions in tests by polling until a deadline, never by sleeping a fixed time.
 *
 * <p>A condition is checked at once and then again after short pauses (10 ms growing to 200 ms)
 * until it holds or the timeout passes; in the second case an {@link AssertionError} says what was
 * awaited and for how long. Exceptions thrown by a condition are not caught.
 *
 * <p>Stateless and thread-safe.
 */
public final class Await {

    private static final long FIRST_PAUSE_MS = 10;
    private static final long MAX_PAUSE_MS = 200;

    private Await() {
    }

    /**
     * Waits until {@code condition} returns true.
     *
     * @throws AssertionError if it is still false after {@code timeout}
     */
    public static void until(Duration timeout, BooleanSupplier condition) {
        until(timeout, "condition", condition);
    }

    /**
     * Waits until {@code condition} returns true.
     *
     * @param description what is awaited, for the failure message (e.g. "group 'g' to be empty")
     * @throws AssertionError if it is still false after {@code timeout}
     */
    public static void until(Duration timeout, String description, BooleanSupplier condition) {
        Objects.requireNonNull(condition, "condition");
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = FIRST_PAUSE_MS;
        int checks = 0;
        while (true) {
            checks++;
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + description
                    + " (checked " + checks + " times)");
            }
            io.wirestream.embedded.TopicAdmin.sleep(Math.min(pause, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            pause = Math.min(pause * 2, MAX_PAUSE_MS);
        }
    }

    /**
     * Polls {@code consumer} until at least {@code count} records have arrived and returns all of
     * them in arrival order (possibly more than {@code count} if the last poll brought extra).
     * The consumer must already be subscribed or assigned; it is used from the calling thread only.
     *
     * @throws AssertionError if fewer than {@code count} records arrive within {@code timeout}
     */
    public static <K, V> List<ConsumerRecord<K, V>> records(Consumer<K, V> consumer, int count, Duration timeout) {
        Objects.requireNonNull(consumer, "consumer");
        long deadline = System.nanoTime() + timeout.toNanos();
        List<ConsumerRecord<K, V>> received = new ArrayList<>();
        while (received.size() < count) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + count + " records: got "
                    + received.size() + " (assignment " + consumer.assignment() + ", subscription "
                    + consumer.subscription() + ")" + (received.isEmpty() ? "" : "; last: " + describe(received)));
            }
            consumer.poll(Duration.ofNanos(Math.min(remaining, Duration.ofMillis(200).toNanos())))
                .forEach(received::add);
        }
        return received;
    }

    private static String describe(List<? extends ConsumerRecord<?, ?>> records) {
        ConsumerRecord<?, ?> last = records.get(records.size() - 1);
        return last.topic() + "-" + last.partition() + "@" + last.offset();
    }
}
