package io.wirestream.pipeline;

import io.wirestream.enrich.EnrichConfig;
import io.wirestream.ingest.IngestConfig;
import io.wirestream.publish.PublishConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.config.ConfigDef;

/**
 * The pipeline's settings as a reference table, made from the stages' {@link ConfigDef}s so that
 * the documentation cannot drift from the code (the README's table is this output; a test checks).
 * A key every stage that has it defines with the same default is shown once, unprefixed; a key with
 * a stage-specific default ({@code application.id}) is shown per stage, with the stage prefix.
 */
public final class ConfigReference {

    /** One row: the key as a user writes it in the flat settings, its default, its meaning. */
    public record Row(String key, String defaultValue, String doc) {
    }

    private static final List<Row> PASS_THROUGH = List.of(
            new Row("kafka.<client key>", "", "Any Kafka client setting, for every client (security.protocol,"
                    + " sasl.mechanism, sasl.jaas.config, ssl.truststore.location, ...)."),
            new Row("producer.<key>, consumer.<key>, admin.<key>", "", "A setting for clients of that kind only"
                    + " (over kafka.*)."),
            new Row("streams.<key>", "", "A Kafka Streams setting (num.stream.threads, ...). Settings that carry"
                    + " the guarantees (processing.guarantee, acks, enable.idempotence, isolation.level,"
                    + " transactional.id) are refused."));

    private ConfigReference() {
    }

    /** Every row: common keys, then each stage's own, then the pass-through prefixes. */
    public static List<Row> rows() {
        Map<Stage, ConfigDef> defs = new LinkedHashMap<>();
        defs.put(Stage.INGEST, IngestConfig.configDef());
        defs.put(Stage.ENRICH, EnrichConfig.definition());
        defs.put(Stage.PUBLISH, PublishConfig.definition());

        Map<String, Row> common = new LinkedHashMap<>();
        List<Row> staged = new ArrayList<>();
        Map<String, Integer> stagesWithKey = new LinkedHashMap<>();
        Map<String, Boolean> sameDefault = new LinkedHashMap<>();
        Map<String, Object> firstDefault = new LinkedHashMap<>();
        defs.values().forEach(def -> def.configKeys().values().forEach(key -> {
            stagesWithKey.merge(key.name, 1, Integer::sum);
            if (firstDefault.containsKey(key.name)) {
                sameDefault.merge(key.name, Objects.equals(firstDefault.get(key.name), key.defaultValue),
                        Boolean::logicalAnd);
            } else {
                firstDefault.put(key.name, key.defaultValue);
                sameDefault.put(key.name, true);
            }
        }));
        defs.forEach((stage, def) -> def.configKeys().values().forEach(key -> {
            boolean shared = stagesWithKey.get(key.name) > 1 && sameDefault.get(key.name);
            Row row = new Row(shared ? key.name : PipelineSettings.prefix(stage) + key.name,
                    render(key), key.documentation);
            if (shared) {
                common.putIfAbsent(key.name, row);
            } else {
                staged.add(row);
            }
        }));
        List<Row> all = new ArrayList<>(common.values());
        all.addAll(staged);
        all.addAll(PASS_THROUGH);
        return List.copyOf(all);
    }

    /** The rows as a Markdown table. */
    public static String markdown() {
        StringBuilder out = new StringBuilder("| key | default | meaning |\n|---|---|---|\n");
        for (Row row : rows()) {
            out.append("| `").append(row.key()).append("` | ")
                    .append(row.defaultValue().isEmpty() ? "" : "`" + row.defaultValue() + "`").append(" | ")
                    .append(row.doc().replace("|", "\\|").replace("\n", " ")).append(" |\n");
        }
        return out.toString();
    }

    private static String render(ConfigDef.ConfigKey key) {
        if (key.defaultValue == ConfigDef.NO_DEFAULT_VALUE) {
            return "(required)";
        }
        if (key.defaultValue == null) {
            return "";
        }
        // A default under the user's home is shown the way the user would write it.
        String home = System.getProperty("user.home");
        String value = key.defaultValue.toString();
        return home != null && value.startsWith(home) ? "~" + value.substring(home.length()) : value;
    }
}
