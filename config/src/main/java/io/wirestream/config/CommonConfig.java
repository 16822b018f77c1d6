package io.wirestream.config;

import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;

/**
 * The keys every stage has, each defined once with its doc, default and check, and the one parse
 * that every stage's {@code from(Map)} goes through: unknown keys are rejected, pass-through client
 * keys ({@link ClientOverrides}) are taken as they are.
 */
public final class CommonConfig {

    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    private static final String BOOTSTRAP_SERVERS_DOC = "Kafka bootstrap servers (host:port,...). The CLI fills it"
            + " from --bootstrap-servers or $KAFKA_BOOTSTRAP_SERVERS.";
    public static final String TOPIC_PREFIX = "topic.prefix";
    private static final String TOPIC_PREFIX_DOC = "Prefix for every Wirestream topic name (letters, digits, dots"
            + " and hyphens).";

    public static final String HTTP_PORT = "http.port";
    private static final String HTTP_PORT_DOC = "Port of the process's one HTTP server: /metrics, /health, the"
            + " dashboard and, with the ingest stage and ingest.http.token, POST /v1/articles. -1: no server"
            + " (the demo then takes a free port); 0: a free port. --http-port overrides it.";
    /** {@link #HTTP_PORT}'s value for "no server". */
    public static final int HTTP_OFF = -1;

    private static final Pattern TOPIC_PREFIX_CHARS = Pattern.compile("[A-Za-z0-9.-]*");

    private CommonConfig() {
    }

    /** A definition holding the common keys, for a stage to add its own to. */
    public static ConfigDef define() {
        return new ConfigDef()
                .define(BOOTSTRAP_SERVERS, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new ConfigDef.NonEmptyString(),
                        Importance.HIGH, BOOTSTRAP_SERVERS_DOC)
                .define(TOPIC_PREFIX, Type.STRING, "", ConfigDef.LambdaValidator.with((name, value) -> {
                    if (value != null && !TOPIC_PREFIX_CHARS.matcher(value.toString()).matches()) {
                        throw new ConfigException(name, value, "only letters, digits, dots and hyphens");
                    }
                }, () -> "letters, digits, dots and hyphens"), Importance.LOW, TOPIC_PREFIX_DOC)
                .define(HTTP_PORT, Type.INT, HTTP_OFF, ConfigDef.Range.between(HTTP_OFF, 65535), Importance.MEDIUM,
                        HTTP_PORT_DOC);
    }

    /**
     * Parses a stage's settings against its definition.
     *
     * @param stage      the stage name, for messages ({@code ingest}, {@code enrich})
     * @param definition every key of the stage
     * @param values     the stage's settings, with the stage prefix already removed
     * @throws ConfigException naming the key, for an unknown key, a guarded client key or a bad value
     */
    public static AbstractConfig parse(String stage, ConfigDef definition, Map<String, ?> values) {
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            String key = entry.getKey();
            if (!definition.names().contains(key) && !ClientOverrides.isPassThrough(key)) {
                String guess = closest(key, definition.names());
                // The stage prefix is removed before this point, so the message names both spellings.
                throw new ConfigException(key, entry.getValue(), "unknown " + stage + " setting '" + key
                        + "' (given as " + key + " or " + stage + "." + key + ")"
                        + (guess == null ? "" : "; did you mean " + guess + "?") + " Known: "
                        + String.join(", ", new java.util.TreeSet<>(definition.names()))
                        + ", and kafka.*, producer.*, consumer.*, admin.*, streams.* for the Kafka clients");
            }
        }
        Map<String, Object> known = new java.util.HashMap<>();
        values.forEach((key, value) -> {
            if (definition.names().contains(key)) {
                known.put(key, value);
            }
        });
        return new AbstractConfig(definition, known, false);
    }

    /** The known key nearest to {@code key} by edit distance, if it is a plausible typo (at most 3 edits). */
    static String closest(String key, java.util.Set<String> known) {
        String best = null;
        int bestDistance = 4;
        for (String candidate : new java.util.TreeSet<>(known)) {
            int d = distance(key, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * The HTTP port the settings ask for, before any stage parses them (the server belongs to the process,
     * not to a stage).
     *
     * @param values   the flat settings
     * @param fallback the port when the settings do not name one
     * @throws ConfigException naming {@value #HTTP_PORT} if the value is not a port, 0 or -1
     */
    public static int httpPort(Map<String, ?> values, int fallback) {
        Object value = values.get(HTTP_PORT);
        if (value == null) {
            return fallback;
        }
        Object parsed = ConfigDef.parseType(HTTP_PORT, value, Type.INT);
        ConfigDef.Range.between(HTTP_OFF, 65535).ensureValid(HTTP_PORT, parsed);
        return (Integer) parsed;
    }

    /** The cluster part of a parsed stage config, with the pass-through keys of {@code values}. */
    public static ClusterSettings cluster(AbstractConfig config, Map<String, ?> values) {
        return new ClusterSettings(config.getString(BOOTSTRAP_SERVERS), config.getString(TOPIC_PREFIX),
                ClientOverrides.from(values));
    }
}
