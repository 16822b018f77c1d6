package io.wirestream.pipeline;

import io.wirestream.config.ClientOverrides;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * The settings of a whole pipeline as one flat map, the way a properties file or the CLI gives
 * them, and the one prefix rule every stage follows: a key without a stage prefix is common
 * ({@code bootstrap.servers}, {@code topic.prefix}, {@code kafka.security.protocol}) and applies to
 * every stage that defines it; a key prefixed with a stage name ({@code enrich.application.id},
 * {@code ingest.drop.folder}, {@code publish.streams.num.stream.threads}) applies to that stage
 * only and wins over the common one. A key no stage knows is rejected.
 */
public record PipelineSettings(Map<String, String> values) {

    public PipelineSettings {
        values = Map.copyOf(values);
    }

    /** The prefix of a stage's own keys: {@code ingest.}, {@code enrich.}, {@code publish.}. */
    public static String prefix(Stage stage) {
        return stage.name().toLowerCase(Locale.ROOT) + ".";
    }

    /**
     * The map a stage's {@code from(Map)} reads: the common keys its definition knows (and the
     * common pass-through client keys), then its own prefixed keys without the prefix.
     */
    public Map<String, String> forStage(Stage stage, ConfigDef definition) {
        String prefix = prefix(stage);
        Map<String, String> merged = new HashMap<>();
        values.forEach((key, value) -> {
            if (stageOf(key) == null && (definition.names().contains(key) || ClientOverrides.isPassThrough(key))) {
                merged.put(key, value);
            }
        });
        values.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                merged.put(key.substring(prefix.length()), value);
            }
        });
        return merged;
    }

    /**
     * Checks that every common key is known to at least one stage (a stage's own keys are checked
     * by that stage's config).
     *
     * @throws ConfigException naming the first unknown key
     */
    public void checkCommonKeys(Map<Stage, ConfigDef> definitions) {
        TreeSet<String> known = new TreeSet<>();
        definitions.values().forEach(def -> known.addAll(def.names()));
        for (Map.Entry<String, String> entry : new java.util.TreeMap<>(values).entrySet()) {
            String key = entry.getKey();
            if (stageOf(key) == null && !known.contains(key) && !ClientOverrides.isPassThrough(key)) {
                throw new ConfigException(key, redact(key, entry.getValue()), "unknown setting (common keys: "
                        + String.join(", ", known) + "; a stage's own keys take its prefix, e.g. ingest.drop.folder;"
                        + " Kafka client keys take kafka., producer., consumer., admin. or streams.)");
            }
        }
    }

    /**
     * Reads a properties file (the CLI's {@code --config}); credentials usually come this way.
     *
     * @throws java.io.UncheckedIOException naming the file if it cannot be read
     */
    public static PipelineSettings load(java.nio.file.Path file) {
        java.util.Properties props = new java.util.Properties();
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file)) {
            props.load(in);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new java.io.UncheckedIOException("cannot read " + file + ": no such file", e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Map<String, String> values = new HashMap<>();
        props.stringPropertyNames().forEach(key -> values.put(key, props.getProperty(key).strip()));
        return new PipelineSettings(values);
    }

    /** A copy with {@code more} added over these values. */
    public PipelineSettings withAll(Map<String, String> more) {
        Map<String, String> copy = new HashMap<>(values);
        copy.putAll(more);
        return new PipelineSettings(copy);
    }

    /** A copy with one more (or a replaced) value. */
    public PipelineSettings with(String key, String value) {
        Map<String, String> copy = new HashMap<>(values);
        copy.put(key, Objects.requireNonNull(value, key));
        return new PipelineSettings(copy);
    }

    private static Stage stageOf(String key) {
        for (Stage stage : Stage.values()) {
            if (key.startsWith(prefix(stage))) {
                return stage;
            }
        }
        return null;
    }

    private static String redact(String key, String value) {
        return key.contains("password") || key.contains("jaas") || key.contains("secret") ? "[hidden]" : value;
    }

    /** Definitions by stage, for {@link #checkCommonKeys}. */
    static Map<Stage, ConfigDef> definitions(ConfigDef ingest, ConfigDef enrich, ConfigDef publish) {
        Map<Stage, ConfigDef> defs = new EnumMap<>(Stage.class);
        defs.put(Stage.INGEST, ingest);
        defs.put(Stage.ENRICH, enrich);
        defs.put(Stage.PUBLISH, publish);
        return defs;
    }
}
