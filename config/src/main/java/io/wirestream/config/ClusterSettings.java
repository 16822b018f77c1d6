package io.wirestream.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a stage reaches its cluster: the bootstrap list, the topic prefix and the client settings
 * passed through ({@link ClientOverrides}). Every stage has one, parsed from the same common keys.
 *
 * @param bootstrapServers Kafka bootstrap servers, not blank
 * @param topicPrefix      prefix of every Wirestream topic, possibly empty
 * @param clients          client settings passed through, not null
 */
public record ClusterSettings(String bootstrapServers, String topicPrefix, ClientOverrides clients) {

    public ClusterSettings {
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        if (bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("bootstrapServers is blank");
        }
        Objects.requireNonNull(topicPrefix, "topicPrefix");
        Objects.requireNonNull(clients, "clients");
    }

    /** A plaintext cluster at {@code bootstrapServers}, no prefix, no overrides (tests, tools). */
    public static ClusterSettings of(String bootstrapServers) {
        return new ClusterSettings(bootstrapServers, "", ClientOverrides.none());
    }

    /** {@code defaults}, then the pass-through producer settings, then bootstrap.servers. */
    public Map<String, Object> producerConfig(Map<String, Object> defaults) {
        return merge(defaults, clients.producer());
    }

    /** {@code defaults}, then the pass-through consumer settings, then bootstrap.servers. */
    public Map<String, Object> consumerConfig(Map<String, Object> defaults) {
        return merge(defaults, clients.consumer());
    }

    /** {@code defaults}, then the pass-through admin settings, then bootstrap.servers. */
    public Map<String, Object> adminConfig(Map<String, Object> defaults) {
        return merge(defaults, clients.admin());
    }

    private Map<String, Object> merge(Map<String, Object> defaults, Map<String, Object> overrides) {
        Map<String, Object> config = new HashMap<>(defaults);
        config.putAll(overrides);
        config.put("bootstrap.servers", bootstrapServers);
        return config;
    }
}
