package io.wirestream.ingest.kafka;

import io.wirestream.config.ClusterSettings;
import io.wirestream.ingest.IngestConfig;
import io.wirestream.ingest.IngestSink;
import io.wirestream.ingest.InputRecords;
import io.wirestream.ingest.SinkClosedException;
import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.Topic;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.deadletter.DeadLetters;
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
import java.util.concurrent.atomic.LongAdder;
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
 * Publishes raw articles (keyed by story id), ingest dead letters and, for inputs that carry one,
 * their ingest-ledger record ({@link Topics#ingestLedger()}) to Kafka in transactions: all
 * the records of one input, and usually of many inputs, in one transaction, so a
 * {@code read_committed} consumer sees every story of an input or none of them, and a crash in the
 * middle of a multi-story input leaves nothing of it.
 *
 * <p>Design: one transactional producer per lane ({@code transactional.id} given, stable per
 * ingest instance, so that a restarted instance fences its predecessor and aborts whatever
 * transaction it left open), each owned by one sender thread. Source threads call {@link #submit}
 * concurrently: they serialize their records themselves (parallel work) and queue them; a sender
 * thread begins a transaction, sends queued inputs asynchronously until a {@link BatchLimits} limit
 * is reached or the queue stays empty for the linger time, commits, and then completes each
 * input's future. Why one thread per producer: a producer has one open transaction at a time, so
 * begin/send/commit of different inputs must not interleave from several threads; and batching
 * many inputs per commit is what makes ingest fast (a commit costs a coordinator round trip and a
 * marker per partition, a send almost nothing). Why more than one producer: a commit, and the
 * first sends of the next transaction (which race the previous commit's markers), are mostly
 * waiting, and with one producer nothing is sent meanwhile; several lanes take turns, so one fills a
 * transaction while the other waits for its commit. Inputs are independent, so which lane
 * publishes an input does not matter; stories of one input are never split across lanes. (Two
 * inputs in flight at once may commit in either order, as they may with parallel sources anyway.)
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
    public static final String DEFAULT_TRANSACTIONAL_ID_PREFIX = IngestConfig.DEFAULT_TRANSACTIONAL_ID_PREFIX;

    private static final Logger log = LoggerFactory.getLogger(KafkaIngestSink.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    private static final int COMMIT_TIMEOUT_RETRIES = 3;

    /** Producers of the sink that {@link #KafkaIngestSink(String, Topics, Duration)} makes. */
    public static final int DEFAULT_PRODUCERS = 3;

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

    private final List<Lane> lanes = new ArrayList<>();
    private final Topic<String, RawArticle> rawTopic;
    private final Topic<byte[], DeadLetter> deadLetterTopic;
    private final Topic<String, String> ledgerTopic;
    private final String transactionalId;
    private final BatchLimits limits;
    private final SendHook hook;
    private final BlockingQueue<Pending> queue;
    private final AtomicReference<SinkClosedException> closed = new AtomicReference<>();
    private volatile boolean closing;
    private final LongAdder transactions = new LongAdder();
    private final LongAdder committedInputs = new LongAdder();
    private final LongAdder aborted = new LongAdder();
    private final LongAdder commitNanos = new LongAdder();

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
        this(timeoutSettings(bootstrapServers, timeout), topics, defaultTransactionalId(topics), BatchLimits.DEFAULTS,
                DEFAULT_PRODUCERS);
    }

    /**
     * A sink on a cluster with its pass-through producer settings (security, tuning) over the
     * defaults, with the default transactional id and limits.
     */
    public KafkaIngestSink(ClusterSettings cluster, Topics topics, Duration timeout) {
        this(cluster.producerConfig(timeoutSettings(cluster.bootstrapServers(), timeout)), topics,
                defaultTransactionalId(topics), BatchLimits.DEFAULTS, DEFAULT_PRODUCERS);
    }

    /**
     * The sink an ingest stage configured by {@code config} writes with: its cluster's pass-through
     * producer settings ({@code kafka.*}, {@code producer.*}) over the defaults, its transactional
     * id, producer count and batch limits.
     *
     * @param timeout how long a send may take before its transaction is aborted
     * @throws KafkaException if a producer cannot be created or initialised
     */
    public static KafkaIngestSink forConfig(IngestConfig config, Duration timeout) {
        ClusterSettings cluster = config.cluster();
        return new KafkaIngestSink(cluster.producerConfig(timeoutSettings(cluster.bootstrapServers(), timeout)),
                config.topics(), config.transactionalId(),
                new BatchLimits(config.batchMaxInputs(), config.batchMaxBytes(), config.batchLinger()),
                config.producers());
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
     * @param producers how many transactional producers take turns (see the class comment): 1 uses
     *     {@code transactionalId} itself, more use {@code <transactionalId>-0}, {@code -1}, ...; keep
     *     it the same across restarts of an instance, since only a producer with the same id aborts
     *     what its predecessor left open (a dropped id's open transaction lasts until
     *     {@code transaction.timeout.ms})
     * @throws KafkaException if a producer cannot be created or initialised
     */
    public KafkaIngestSink(Map<String, Object> clientSettings, Topics topics, String transactionalId,
                           BatchLimits limits, int producers) {
        this(clientSettings, topics, transactionalId, limits, producers,
                config -> new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer()),
                SendHook.NONE);
    }

    /** As {@link #KafkaIngestSink(Map, Topics, String, BatchLimits, int)} with one producer. */
    public KafkaIngestSink(Map<String, Object> clientSettings, Topics topics, String transactionalId,
                           BatchLimits limits) {
        this(clientSettings, topics, transactionalId, limits, 1);
    }

    KafkaIngestSink(Map<String, Object> clientSettings, Topics topics, String transactionalId, BatchLimits limits,
                    int producerCount, Function<Map<String, Object>, Producer<byte[], byte[]>> producers,
                    SendHook hook) {
        Objects.requireNonNull(transactionalId, "transactionalId");
        if (transactionalId.isBlank()) {
            throw new IllegalArgumentException("transactionalId is blank");
        }
        this.transactionalId = transactionalId;
        this.rawTopic = topics.raw();
        this.deadLetterTopic = topics.deadLetters();
        this.ledgerTopic = topics.ingestLedger();
        this.limits = Objects.requireNonNull(limits, "limits");
        this.hook = Objects.requireNonNull(hook, "hook");
        // Room for a few batches, so sources can prepare the next batch while one commits, and
        // block (backpressure) beyond that.
        this.queue = new LinkedBlockingQueue<>(Math.max(limits.maxInputs() * 4, 16));
        if (producerCount < 1) {
            throw new IllegalArgumentException("producers must be positive: " + producerCount);
        }
        try {
            for (int i = 0; i < producerCount; i++) {
                String id = producerCount == 1 ? transactionalId : transactionalId + "-" + i;
                Producer<byte[], byte[]> producer = producers.apply(producerConfig(clientSettings, id));
                try {
                    producer.initTransactions();
                } catch (RuntimeException e) {
                    producer.close(Duration.ZERO);
                    throw e;
                }
                lanes.add(new Lane(id, producer));
            }
        } catch (RuntimeException e) {
            lanes.forEach(lane -> lane.producer.close(Duration.ZERO));
            throw e;
        }
        lanes.forEach(Lane::start);
        log.info("Ingest sink started with transactional.id {} ({} producer(s); batches of at most {} inputs, {} bytes,"
                + " {})", transactionalId, producerCount, limits.maxInputs(), limits.maxBytes(), limits.maxLinger());
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
        // The first send of a transaction often races the previous commit's markers (transactions
        // v2 adds partitions on produce) and is refused with CONCURRENT_TRANSACTIONS; the default
        // 100 ms back-off then stalls every transaction. Retry soon instead.
        config.put(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, 10);
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
        return IngestConfig.defaultTransactionalId(topics.prefix());
    }

    /**
     * Counters since start, for logs and benchmarks.
     *
     * @param transactions transactions committed
     * @param inputs inputs committed
     * @param aborted transactions aborted
     * @param commitTime total time spent in {@code commitTransaction()}
     */
    public record Stats(long transactions, long inputs, long aborted, Duration commitTime) {
    }

    /** What this sink has done so far. */
    public Stats stats() {
        return new Stats(transactions.sum(), committedInputs.sum(), aborted.sum(), Duration.ofNanos(commitNanos.sum()));
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
        if (input.ledgerEntry() != null) {
            // Same transaction as the input's records: a restarted source finds it exactly when
            // the articles (or the dead letter) are visible.
            byte[] key = ledgerTopic.keySerde().serializer().serialize(ledgerTopic.name(), input.ledgerEntry().key());
            byte[] value = ledgerTopic.valueSerde().serializer().serialize(ledgerTopic.name(),
                    input.ledgerEntry().encodeValue());
            records.add(new ProducerRecord<>(ledgerTopic.name(), key, value));
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

    /**
     * One transactional producer and the thread that owns it. Lanes take batches from the shared
     * queue in turn: while one waits for its commit, another fills its transaction.
     */
    private final class Lane {

        private final String id;
        private final Producer<byte[], byte[]> producer;
        private final Thread thread;
        /** Inputs still to be committed one per transaction after an abort; this lane's thread only. */
        private int isolated;

        Lane(String id, Producer<byte[], byte[]> producer) {
            this.id = id;
            this.producer = producer;
            this.thread = new Thread(this::run, "wirestream-ingest-sender-" + id);
            thread.setDaemon(false);
            thread.setUncaughtExceptionHandler((t, e) ->
                    log.error("Ingest sink {} stopped: its sender thread died", id, e));
        }

        void start() {
            thread.start();
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
                stop(new SinkClosedException("ingest sink " + id + " died", e), List.of());
                throw e;
            } finally {
                stop(new SinkClosedException("ingest sink " + id + " is closed", null), List.of());
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
                long commitStart = System.nanoTime();
                commit();
                commitNanos.add(System.nanoTime() - commitStart);
            } catch (ProducerFencedException | InvalidProducerEpochException | OutOfOrderSequenceException
                     | AuthorizationException | UnsupportedVersionException | CommitTimedOut e) {
                log.error("Ingest producer with transactional.id {} was fenced or hit a fatal error ({}): another"
                        + " ingest instance probably started with the same id. This sink stops; {} input(s) were"
                        + " not published and stay with their sources.", id, e.toString(),
                        batch.size() + queue.size());
                stop(new SinkClosedException("ingest sink " + id + " stopped: " + e, e), batch);
                return;
            } catch (RuntimeException e) {
                abort(batch, e);
                return;
            } catch (Error e) {
                stop(new SinkClosedException("ingest sink " + id + " died", e), batch);
                throw e;
            }
            if (isolated > 0) {
                isolated--;
            }
            transactions.increment();
            committedInputs.add(batch.size());
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
                    log.warn("Commit of transactional.id {} timed out; retrying", id);
                }
            }
        }

        private void abort(List<Pending> batch, RuntimeException error) {
            try {
                producer.abortTransaction();
            } catch (RuntimeException abortError) {
                log.error("Ingest producer with transactional.id {} cannot abort a failed transaction ({}); this sink"
                        + " stops. {} input(s) were not published and stay with their sources.", id,
                        abortError.toString(), batch.size() + queue.size(), error);
                stop(new SinkClosedException("ingest sink " + id + " stopped: " + abortError, abortError),
                        batch);
                return;
            }
            aborted.increment();
            log.warn("Aborted a transaction of {} input(s) ({}); they will be retried by their sources",
                    batch.size(), error.toString());
            isolated = batch.size() > 1 ? batch.size() : 0;
            KafkaException failure = error instanceof KafkaException k ? k
                    : new KafkaException("could not publish: " + error, error);
            for (Pending pending : batch) {
                pending.done().completeExceptionally(failure);
            }
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
        long deadline = System.nanoTime() + CLOSE_TIMEOUT.toNanos();
        for (Lane lane : lanes) {
            if (Thread.currentThread() == lane.thread) {
                continue;
            }
            try {
                lane.thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (lane.thread.isAlive()) {
                log.warn("Ingest sink {} did not drain within {}", lane.id, CLOSE_TIMEOUT);
                stop(new SinkClosedException("ingest sink " + transactionalId + " is closed", null), List.of());
            }
        }
        lanes.forEach(lane -> lane.producer.close(Duration.ofSeconds(10)));
    }

    @Override
    public String toString() {
        return "KafkaIngestSink[" + transactionalId + "]";
    }
}
