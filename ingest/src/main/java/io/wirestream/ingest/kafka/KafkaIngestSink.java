package io.wirestream.ingest.kafka;

import io.wirestream.config.ClusterSettings;
import io.wirestream.ingest.IngestSink;
import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.Topic;
import io.wirestream.schemas.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Publishes raw articles (keyed by story id) and ingest dead letters to Kafka with an idempotent
 * producer ({@code acks=all}, {@code enable.idempotence=true}).
 *
 * <p>Each call waits for the broker's acknowledgement, so a source moves its file to {@code done/}
 * only once the copy is durable. If the process dies between the acknowledgement and the move, the
 * file is ingested again on restart: the same version with the same content hash, which the enrich
 * stage drops as a re-delivery. So nothing is lost and nothing is published twice downstream.
 *
 * <p>Thread-safe (the Kafka producer is).
 */
public final class KafkaIngestSink implements IngestSink, AutoCloseable {

    private final Producer<byte[], byte[]> producer;
    private final Topic<String, RawArticle> rawTopic;
    private final Topic<byte[], DeadLetter> deadLetterTopic;
    private final Duration timeout;

    /**
     * @param bootstrapServers Kafka bootstrap servers
     * @param topics           topic names
     * @param timeout          how long to wait for one acknowledgement
     */
    public KafkaIngestSink(String bootstrapServers, Topics topics, Duration timeout) {
        this(ClusterSettings.of(bootstrapServers), topics, timeout);
    }

    /**
     * @param cluster the cluster, with the pass-through producer settings (security, tuning)
     * @param topics  topic names
     * @param timeout how long to wait for one acknowledgement
     */
    public KafkaIngestSink(ClusterSettings cluster, Topics topics, Duration timeout) {
        this.rawTopic = topics.raw();
        this.deadLetterTopic = topics.deadLetters();
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        Properties props = new Properties();
        props.putAll(cluster.producerConfig(Map.of(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                ProducerConfig.LINGER_MS_CONFIG, 5)));
        props.putAll(producerProperties(cluster.bootstrapServers(), timeout));
        props.putAll(cluster.clients().producer());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // One producer for both topics: records are encoded with each topic's own serdes below.
        this.producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    static Properties producerProperties(String bootstrapServers, Duration timeout) {
        Properties props = new Properties();
        props.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_RECORD_BYTES,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.max(timeout.toMillis(), 15_000),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 15_000),
                ProducerConfig.CLIENT_ID_CONFIG, "wirestream-ingest"));
        return props;
    }

    @Override
    public void publish(RawArticle article) {
        byte[] key = rawTopic.keySerde().serializer().serialize(rawTopic.name(), article.getId());
        byte[] value = rawTopic.valueSerde().serializer().serialize(rawTopic.name(), article);
        await(producer.send(new ProducerRecord<>(rawTopic.name(), key, value)),
                "article " + article.getId() + " to " + rawTopic.name());
    }

    @Override
    public void deadLetter(DeadLetter letter) {
        ByteBuffer key = letter.getKey();
        byte[] keyBytes = key != null ? key.array() : letter.getOrigin().getBytes(StandardCharsets.UTF_8);
        byte[] value = deadLetterTopic.valueSerde().serializer().serialize(deadLetterTopic.name(), letter);
        await(producer.send(new ProducerRecord<>(deadLetterTopic.name(), keyBytes, value)),
                "dead letter for " + letter.getOrigin() + " to " + deadLetterTopic.name());
    }

    private void await(java.util.concurrent.Future<?> sent, String what) {
        try {
            sent.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while sending " + what, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaException("could not send " + what + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
