package io.wirestream.ingest.kafka;

import io.wirestream.ingest.IngestSink;
import io.wirestream.ingest.InputRecords;
import io.wirestream.ingest.SinkClosedException;
import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.Topic;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.deadletter.DeadLetters;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes raw articles (keyed by story id) and ingest dead letters to Kafka in transactions: all
 * the records of one input, and usually of many inputs, in one transaction, so a
 * {@code read_committed} consumer sees every story of an input or none of them, and a crash in the
 * middle of a multi-story input leaves nothing of it.
 *
 * <p>Design: one transactional producer ({@code transactional.id} given, stable per ingest
 * instance, so that a restarted instance fences its predecessor and aborts whatever transaction it
 * left open) owned by one sender thread. Source threads call {@link #submit} concurrently: they
 * serialize their records themselves (parallel work) and queue them; the sender thread begins a
 * transaction, sends every queued input asynchronously until a {@link BatchLimits} limit is reached
 * or the queue stays empty for the linger time, commits, and then completes each input's future.
 * Why one thread: a producer has one open transaction at a time, so begin/send/commit of different
 * inputs must not interleave from several threads; and batching many inputs per commit is what
 * makes ingest fast (a commit costs a coordinator round trip and a marker per partition, a send
 * costs almost nothing). One transactional id per source thread would instead commit tiny
 * transactions and need an id scheme per thread.
 *
 * <p>Failures: an error in a transaction (a send or the commit) aborts it and fails the futures of
 * all its inputs; none of their records are visible, and the sources retry them. So that one
 * input that can never be sent does not sink every batch it lands in, the inputs after an aborted
 * batch go one per transaction until as many have passed as the batch held. A fenced producer
 * ({@link ProducerFencedException}: another instance started with the same
 * {@code transactional.id}), or an abort that fails, is fatal: it is logged as an error naming the
 * id, the sink closes, and every pending and later input fails with {@link SinkClosedException}.
 *
 * <p>Producer settings: idempotent, {@code acks=all}, {@code max.in.flight.requests.per.connection=5},
 * lz4, and {@code max.request.size} of {@link Topics#MAX_RECORD_BYTES}; any of them, and any other
 * client setting (security, timeouts), can be overridden by the client settings given, except
 * {@code transactional.id} and the serializers.
 *
 * <p>Thread-safe. {@link #close()} publishes what is already queued, then closes the producer.
 */
public final class KafkaIngestSink implements IngestSink, AutoCloseable {

    /** Prefix of the transactional id that {@link #KafkaIngestSink(String, Topics, Duration)} derives. */
    public static final String DEFAULT_TRANSACTIONAL_ID_PREFIX = "wirestream-ingest-";

    private static final Logger log = LoggerFactory.getLogger(KafkaIngestSink.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    private static final int COMMIT_TIMEOUT_RETRIES = 3;

    /** Called before each send, with the send's position in its transaction; a test hook. */
    @FunctionalInterface
    interface SendHook {
        SendHook NONE = (position, record) -> { };

        void beforeSend(int position, ProducerRecord<byte[], byte[]> record);
    }

    /** A commit that kept timing out: whether it took effect is unknown, so the sink cannot go on. */
    private static final class CommitTimedOut extends KafkaException {
        private static final long serialVersionUID = 1L;

        CommitTimedOut(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private record Pending(InputRecords input, List<ProducerRecord<byte[], byte[]>> records, long bytes,
                           CompletableFuture<Void> done) {
    }

    private final Producer<byte[], byte[]> producer;
    private final Topic<String, RawArticle> rawTopic;
    private final Topic<byte[], DeadLetter> deadLetterTopic;
    private final String transactionalId;
    private final BatchLimits limits;
    private final SendHook hook;
    private final BlockingQueue<Pending> queue;
    private final AtomicReference<SinkClosedException> closed = new AtomicReference<>();
    private final Thread sender;
    private volatile boolean closing;
    /** Inputs still to be committed one per transaction after an abort; sender thread only. */
    private int isolated;

    /**
     * A sink with default batch limits and a transactional id derived from the host name and the
     * topic prefix ({@value #DEFAULT_TRANSACTIONAL_ID_PREFIX}{@code <prefix><host>}): stable across
     * restarts of the one ingest instance of a host. Two ingest processes on one host need distinct
     * ids: use {@link #KafkaIngestSink(Map, Topics, String, BatchLimits)}.
     *
     * @param bootstrapServers Kafka bootstrap servers
     * @param topics           topic names
     * @param timeout          how long a send may take before its transaction is aborted
     */
    public KafkaIngestSink(String bootstrapServers, Topics topics, Duration timeout) {
        this(timeoutSettings(bootstrapServers, timeout), topics, defaultTransactionalId(topics), BatchLimits.DEFAULTS);
    }

    /**
     * Starts the sink: creates the producer and calls {@code initTransactions()}, which fences any
     * earlier producer with the same id and aborts its open transaction (blocking up to
     * {@code max.block.ms}).
     *
     * @param clientSettings Kafka producer settings applied over the defaults above, at least
     *     {@code bootstrap.servers}; not null
     * @param topics topic names, not null
     * @param transactionalId this ingest instance's {@code transactional.id}: the same on every
     *     restart of the instance, different from every other instance; not blank
     * @param limits how many inputs go in one transaction, not null
     * @throws KafkaException if the producer cannot be created or initialised
     */
    public KafkaIngestSink(Map<String, Object> clientSettings, Topics topics, String transactionalId,
                           BatchLimits limits) {
        this(clientSettings, topics, transactionalId, limits,
                config -> new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer()),
                SendHook.NONE);
    }

    KafkaIngestSink(Map<String, Object> clientSettings, Topics topics, String transactionalId, BatchLimits limits,
                    Function<Map<String, Object>, Producer<byte[], byte[]>> producers, SendHook hook) {
        Objects.requireNonNull(transactionalId, "transactionalId");
        if (transactionalId.isBlank()) {
            throw new IllegalArgumentException("transactionalId is blank");
        }
        this.transactionalId = transactionalId;
        this.rawTopic = topics.raw();
        this.deadLetterTopic = topics.deadLetters();
        this.limits = Objects.requireNonNull(limits, "limits");
        this.hook = Objects.requireNonNull(hook, "hook");
        // Room for a few batches, so sources can prepare the next batch while one commits, and
        // block (backpressure) beyond that.
        this.queue = new LinkedBlockingQueue<>(Math.max(limits.maxInputs() * 4, 16));
        this.producer = producers.apply(producerConfig(clientSettings, transactionalId));
        try {
            producer.initTransactions();
        } catch (RuntimeException e) {
            producer.close(Duration.ZERO);
            throw e;
        }
        this.sender = new Thread(this::run, "wirestream-ingest-sender-" + transactionalId);
        sender.setDaemon(false);
        sender.setUncaughtExceptionHandler((thread, e) ->
                log.error("Ingest sink {} stopped: its sender thread died", transactionalId, e));
        sender.start();
        log.info("Ingest sink started with transactional.id {} (batches of at most {} inputs, {} bytes, {})",
                transactionalId, limits.maxInputs(), limits.maxBytes(), limits.maxLinger());
    }

    /** The producer configuration: defaults, then {@code clientSettings}, then what must hold. */
    static Map<String, Object> producerConfig(Map<String, Object> clientSettings, String transactionalId) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_RECORD_BYTES);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "wirestream-ingest");
        config.putAll(Objects.requireNonNull(clientSettings, "clientSettings"));
        if (config.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG) == null) {
            throw new IllegalArgumentException(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG + " is required");
        }
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        return config;
    }

    private static Map<String, Object> timeoutSettings(String bootstrapServers, Duration timeout) {
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Math.max(millis, 15_000),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(millis, 15_000));
    }

    /** {@value #DEFAULT_TRANSACTIONAL_ID_PREFIX}{@code <topic prefix><host name>}. */
    static String defaultTransactionalId(Topics topics) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return DEFAULT_TRANSACTIONAL_ID_PREFIX + topics.prefix() + host;
    }

    /** This sink's {@code transactional.id}. */
    public String transactionalId() {
        return transactionalId;
    }

    @Override
    public CompletableFuture<Void> submit(InputRecords input) {
        SinkClosedException stopped = closed.get();
        if (stopped != null) {
            return CompletableFuture.failedFuture(stopped);
        }
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>(input.articles().size() + 1);
        long bytes = 0;
        // Serialized on the caller's thread: many sources serialize at once, the sender only sends.
        for (RawArticle article : input.articles()) {
            byte[] key = rawTopic.keySerde().serializer().serialize(rawTopic.name(), article.getId());
            byte[] value = rawTopic.valueSerde().serializer().serialize(rawTopic.name(), article);
            records.add(new ProducerRecord<>(rawTopic.name(), key, value));
            bytes += key.length + value.length;
        }
        if (input.deadLetter() != null) {
            byte[] key = DeadLetters.recordKey(input.deadLetter());
            byte[] value = deadLetterTopic.valueSerde().serializer().serialize(deadLetterTopic.name(), input.deadLetter());
            records.add(new ProducerRecord<>(deadLetterTopic.name(), key, value));
            bytes += key.length + value.length;
        }
        Pending pending = new Pending(input, records, bytes, new CompletableFuture<>());
        try {
            while (!queue.offer(pending, 100, TimeUnit.MILLISECONDS)) {
                if (closed.get() != null) {
                    return CompletableFuture.failedFuture(closed.get());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(new KafkaException("interrupted while queueing " + input.origin().name(), e));
        }
        if (closed.get() != null) {
            // Closed while queueing: the sender may have drained the queue already.
            failQueued();
        }
        return pending.done();
    }

    private void run() {
        try {
            while (closed.get() == null) {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    publishBatch(first);
                } else if (closing) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Error e) {
            // No abort, no flush: the JVM is in trouble (or a test simulates a crash). The open
            // transaction is aborted by the coordinator when the next instance with this id starts,
            // or when it times out.
            stop(new SinkClosedException("ingest sink " + transactionalId + " died", e), List.of());
            throw e;
        } finally {
            stop(new SinkClosedException("ingest sink " + transactionalId + " is closed", null), List.of());
        }
    }

    private void publishBatch(Pending first) throws InterruptedException {
        List<Pending> batch = new ArrayList<>();
        int maxInputs = isolated > 0 ? 1 : limits.maxInputs();
        long bytes = 0;
        int position = 0;
        try {
            producer.beginTransaction();
            long deadline = System.nanoTime() + limits.maxLinger().toNanos();
            Pending next = first;
            while (next != null) {
                batch.add(next);
                bytes += next.bytes();
                for (ProducerRecord<byte[], byte[]> record : next.records()) {
                    hook.beforeSend(position++, record);
                    // Asynchronous: a failed send puts the transaction in error, and the commit throws.
                    producer.send(record);
                }
                if (batch.size() >= maxInputs || bytes >= limits.maxBytes()) {
                    break;
                }
                long wait = deadline - System.nanoTime();
                next = wait <= 0 ? queue.poll() : queue.poll(wait, TimeUnit.NANOSECONDS);
            }
            commit();
        } catch (ProducerFencedException | InvalidProducerEpochException | OutOfOrderSequenceException
                 | AuthorizationException | UnsupportedVersionException | CommitTimedOut e) {
            log.error("Ingest producer with transactional.id {} was fenced or hit a fatal error ({}): another"
                    + " ingest instance probably started with the same id. This sink stops; {} input(s) were"
                    + " not published and stay with their sources.", transactionalId, e.toString(),
                    batch.size() + queue.size());
            stop(new SinkClosedException("ingest sink " + transactionalId + " stopped: " + e, e), batch);
            return;
        } catch (RuntimeException e) {
            abort(batch, e);
            return;
        } catch (Error e) {
            stop(new SinkClosedException("ingest sink " + transactionalId + " died", e), batch);
            throw e;
        }
        if (isolated > 0) {
            isolated--;
        }
        for (Pending pending : batch) {
            pending.done().complete(null);
        }
        log.debug("Committed a transaction of {} input(s), {} bytes", batch.size(), bytes);
    }

    private void commit() {
        for (int attempt = 1; ; attempt++) {
            try {
                producer.commitTransaction();
                return;
            } catch (TimeoutException e) {
                // KafkaProducer#commitTransaction: after a timeout the commit may be retried (not aborted).
                if (attempt >= COMMIT_TIMEOUT_RETRIES) {
                    throw new CommitTimedOut("commit timed out " + attempt + " times: " + e.getMessage(), e);
                }
                log.warn("Commit of transactional.id {} timed out; retrying", transactionalId);
            }
        }
    }

    private void abort(List<Pending> batch, RuntimeException error) {
        try {
            producer.abortTransaction();
        } catch (RuntimeException abortError) {
            log.error("Ingest producer with transactional.id {} cannot abort a failed transaction ({}); this sink"
                    + " stops. {} input(s) were not published and stay with their sources.", transactionalId,
                    abortError.toString(), batch.size() + queue.size(), error);
            stop(new SinkClosedException("ingest sink " + transactionalId + " stopped: " + abortError, abortError),
                    batch);
            return;
        }
        log.warn("Aborted a transaction of {} input(s) ({}); they will be retried by their sources",
                batch.size(), error.toString());
        isolated = batch.size() > 1 ? batch.size() : 0;
        KafkaException failure = error instanceof KafkaException k ? k
                : new KafkaException("could not publish: " + error, error);
        for (Pending pending : batch) {
            pending.done().completeExceptionally(failure);
        }
    }

    /** Marks the sink closed (first cause wins) and fails {@code batch} and everything queued. */
    private void stop(SinkClosedException cause, List<Pending> batch) {
        closed.compareAndSet(null, cause);
        SinkClosedException reason = closed.get();
        batch.forEach(p -> p.done().completeExceptionally(reason));
        failQueued();
    }

    private void failQueued() {
        SinkClosedException reason = closed.get();
        for (Pending pending = queue.poll(); pending != null; pending = queue.poll()) {
            pending.done().completeExceptionally(reason);
        }
    }

    /** Publishes what is queued (waiting up to 30 s), then closes the producer. Idempotent. */
    @Override
    public void close() {
        closing = true;
        if (Thread.currentThread() != sender) {
            try {
                sender.join(CLOSE_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (sender.isAlive()) {
                log.warn("Ingest sink {} did not drain within {}", transactionalId, CLOSE_TIMEOUT);
                stop(new SinkClosedException("ingest sink " + transactionalId + " is closed", null), List.of());
            }
        }
        producer.close(Duration.ofSeconds(10));
    }

    @Override
    public String toString() {
        return "KafkaIngestSink[" + transactionalId + "]";
    }
}
