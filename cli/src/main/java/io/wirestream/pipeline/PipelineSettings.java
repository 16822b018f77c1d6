package io.wirestream.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of a whole pipeline as one flat map, the way a properties file or the CLI gives
 * them: common keys apply to every stage ({@code bootstrap.servers}, {@code topic.prefix},
 * {@code state.dir}); a key prefixed with a stage name ({@code enrich.application.id}) applies to
 * that stage only and wins over the common one. Each stage's typed config class then checks them.
 */
public record PipelineSettings(Map<String, String> values) {

    public PipelineSettings {
        values = Map.copyOf(values);
    }

    /** The map a stage's {@code from(Map)} reads. */
    public Map<String, String> forStage(Stage stage) {
        String prefix = stage.name().toLowerCase(java.util.Locale.ROOT) + ".";
        Map<String, String> merged = new HashMap<>();
        values.forEach((key, value) -> {
            if (!isStageKey(key)) {
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

    /** A copy with one more (or a replaced) value. */
    public PipelineSettings with(String key, String value) {
        Map<String, String> copy = new HashMap<>(values);
        copy.put(key, Objects.requireNonNull(value, key));
        return new PipelineSettings(copy);
    }

    private static boolean isStageKey(String key) {
        for (Stage stage : Stage.values()) {
            if (key.startsWith(stage.name().toLowerCase(java.util.Locale.ROOT) + ".")) {
                return true;
            }
        }
        return false;
    }
}
