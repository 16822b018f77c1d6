package io.wirestream.schemas;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/**
 * A Kafka topic bound to the serdes of its keys and values, so that producers, consumers and
 * topologies cannot disagree on what a topic holds.
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {
    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
        if (name.isBlank() || name.contains("_")) {
            // '.' and '_' collide in Kafka metric names, so Wirestream topics use dots and hyphens only.
            throw new IllegalArgumentException("topic name must be non-blank and have no '_': '" + name + "'");
        }
    }
}
