package io.wirestream.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.common.config.ConfigException;

/**
 * Kafka client settings passed through from configuration, so that a secured or tuned cluster can
 * be used without Wirestream knowing every client key: {@code kafka.*} goes to every client,
 * {@code producer.*}, {@code consumer.*} and {@code admin.*} to clients of that kind, and
 * {@code streams.*} to Kafka Streams itself ({@code streams.num.stream.threads}).
 *
 * <p>Settings that carry Wirestream's guarantees (exactly-once, idempotence, read_committed, the
 * application id) cannot be overridden: they are rejected naming the key, rather than silently
 * weakening a guarantee.
 *
 * <p>Immutable.
 */
public final class ClientOverrides {

    public static final String KAFKA_PREFIX = "kafka.";
    public static final String PRODUCER_PREFIX = "producer.";
    public static final String CONSUMER_PREFIX = "consumer.";
    public static final String ADMIN_PREFIX = "admin.";
    public static final String STREAMS_PREFIX = "streams.";

    private static final Set<String> PREFIXES = Set.of(KAFKA_PREFIX, PRODUCER_PREFIX, CONSUMER_PREFIX, ADMIN_PREFIX,
            STREAMS_PREFIX);

    /** Client keys Wirestream sets itself, each with the reason. */
    private static final Map<String, String> GUARDED = Map.of(
            "bootstrap.servers", "use the bootstrap.servers setting",
            "application.id", "use the stage's application.id setting",
            "processing.guarantee", "the stages always run exactly_once_v2",
            "enable.idempotence", "ingest and the stages always produce idempotently",
            "acks", "every producer writes with acks=all",
            "transactional.id", "transactional ids are derived per stage instance",
            "isolation.level", "stages read only committed records (read_committed)",
            "ensure.explicit.internal.resource.naming", "state store and topic names are fixed forever",
            "group.instance.id", "use the stage's group.instance.id setting",
            "group.protocol", "Kafka 4.2 Streams allows static members only with the classic protocol");

    private static final ClientOverrides NONE = new ClientOverrides(Map.of());

    private final Map<String, String> values;

    private ClientOverrides(Map<String, String> values) {
        this.values = values;
    }

    /** No overrides. */
    public static ClientOverrides none() {
        return NONE;
    }

    /** True if {@code key} is one this class takes (starts with a pass-through prefix). */
    public static boolean isPassThrough(String key) {
        return PREFIXES.stream().anyMatch(key::startsWith);
    }

    /**
     * The pass-through keys of {@code settings}; other keys are ignored.
     *
     * @throws ConfigException naming the key, for a guarded client setting or an empty client key
     */
    public static ClientOverrides from(Map<String, ?> settings) {
        Map<String, String> picked = new LinkedHashMap<>();
        settings.forEach((key, value) -> {
            if (!isPassThrough(key)) {
                return;
            }
            String clientKey = clientKey(key);
            if (clientKey.isEmpty()) {
                throw new ConfigException(key, value, "a client setting name must follow the prefix");
            }
            String guard = GUARDED.get(clientKey);
            if (guard != null) {
                throw new ConfigException(key, value, "cannot be overridden: " + guard);
            }
            picked.put(key, Objects.toString(value, null));
        });
        return picked.isEmpty() ? NONE : new ClientOverrides(Collections.unmodifiableMap(picked));
    }

    private static String clientKey(String key) {
        return key.substring(key.indexOf('.') + 1);
    }

    /** The settings as given, with their prefixes. */
    public Map<String, String> asMap() {
        return values;
    }

    /** Settings for a producer: {@code kafka.*}, then {@code producer.*} over them. */
    public Map<String, Object> producer() {
        return forClient(PRODUCER_PREFIX);
    }

    /** Settings for a consumer: {@code kafka.*}, then {@code consumer.*} over them. */
    public Map<String, Object> consumer() {
        return forClient(CONSUMER_PREFIX);
    }

    /** Settings for an admin client: {@code kafka.*}, then {@code admin.*} over them. */
    public Map<String, Object> admin() {
        return forClient(ADMIN_PREFIX);
    }

    /**
     * Settings for Kafka Streams, in its own naming: {@code kafka.*} and {@code streams.*} without
     * prefix (Streams hands unprefixed client settings to all its clients), {@code producer.*},
     * {@code consumer.*} and {@code admin.*} with Streams' client prefixes, which are the same words.
     */
    public Properties streams() {
        Properties props = new Properties();
        values.forEach((key, value) -> {
            if (key.startsWith(KAFKA_PREFIX)) {
                props.put(clientKey(key), value);
            }
        });
        values.forEach((key, value) -> {
            if (key.startsWith(STREAMS_PREFIX)) {
                props.put(clientKey(key), value);
            } else if (!key.startsWith(KAFKA_PREFIX)) {
                props.put(key, value); // producer.x, consumer.x, admin.x: Streams' own prefixes
            }
        });
        return props;
    }

    private Map<String, Object> forClient(String prefix) {
        Map<String, Object> config = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(KAFKA_PREFIX)) {
                config.put(clientKey(key), value);
            }
        });
        values.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                config.put(clientKey(key), value);
            }
        });
        return config;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClientOverrides other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** Keys only: values may be credentials. */
    @Override
    public String toString() {
        return "ClientOverrides" + values.keySet();
    }
}
