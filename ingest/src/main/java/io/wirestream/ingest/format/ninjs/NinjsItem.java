package io.wirestream.ingest.format.ninjs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * One ninjs object, read by property name case-insensitively and remembering which properties
 * were mapped to a field, so that the rest can go to metadata.
 *
 * <p>Case-insensitive because ninjs 3.0 camel-cased the 1.x and 2.x names without changing the
 * words ({@code versioncreated} became {@code versionCreated}, {@code pubstatus} became
 * {@code pubStatus}), so one lookup serves every version. Lives for one parse call; not
 * thread-safe.
 */
final class NinjsItem {

    private final ObjectNode node;
    private final Map<String, String> namesByLowerCase = new LinkedHashMap<>();
    private final Set<String> mapped = new HashSet<>();

    NinjsItem(ObjectNode node) {
        this.node = node;
        node.properties().forEach(entry -> namesByLowerCase.putIfAbsent(lower(entry.getKey()), entry.getKey()));
    }

    /** The first of {@code names} that is present and not null, without marking it mapped. */
    JsonNode peek(String... names) {
        for (String name : names) {
            JsonNode value = field(node, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * The value at a dotted path ({@code altids.itemid}), names case-insensitive, without marking
     * anything mapped; null if any step is missing.
     */
    JsonNode path(String dotted) {
        String[] steps = dotted.split("\\.");
        JsonNode value = peek(steps[0]);
        for (int i = 1; i < steps.length && value != null; i++) {
            value = field(value, steps[i]);
        }
        return value;
    }

    /** Marks properties as mapped to a field, so they stay out of metadata. */
    void mapped(String... names) {
        for (String name : names) {
            String actual = namesByLowerCase.get(lower(name));
            if (actual != null) {
                mapped.add(actual);
            }
        }
    }

    /** The text of the first of {@code names} that is a non-blank scalar, marking it mapped. */
    String takeText(String... names) {
        for (String name : names) {
            String value = text(field(node, name));
            if (value != null) {
                mapped(name);
                return value;
            }
        }
        return null;
    }

    /**
     * Properties not mapped to a field, under their own names, as far as they are flat: scalars
     * verbatim; arrays of scalars one per line; objects of scalars as {@code name.key}; arrays of
     * {@code {role, value}} objects (altIds, descriptions) as {@code name.role}. Deeper structures
     * (associations, renditions, people, places) are left out.
     */
    Map<String, String> unmapped() {
        Map<String, String> metadata = new LinkedHashMap<>();
        node.properties().forEach(entry -> {
            String name = entry.getKey();
            JsonNode value = entry.getValue();
            if (mapped.contains(name) || value.isNull()) {
                return;
            }
            if (value.isValueNode()) {
                metadata.putIfAbsent(name, value.asText());
            } else if (value.isArray() && !value.isEmpty() && allScalars(value)) {
                StringJoiner lines = new StringJoiner("\n");
                value.forEach(item -> lines.add(item.asText()));
                metadata.putIfAbsent(name, lines.toString());
            } else if (value.isObject() && allScalars(value)) {
                value.properties().forEach(sub -> {
                    if (!sub.getValue().isNull()) {
                        metadata.putIfAbsent(name + "." + sub.getKey(), sub.getValue().asText());
                    }
                });
            } else if (value.isArray()) {
                int index = 0;
                for (JsonNode item : value) {
                    String text = text(field(item, "value"));
                    if (item.isObject() && text != null) {
                        String role = text(field(item, "role"));
                        metadata.putIfAbsent(name + "." + (role != null ? role : Integer.toString(index)), text);
                    }
                    index++;
                }
            }
        });
        return metadata;
    }

    /** A property of {@code object} by case-insensitive name, or null if absent, null or not an object. */
    static JsonNode field(JsonNode object, String name) {
        if (object == null || !object.isObject()) {
            return null;
        }
        JsonNode exact = object.get(name);
        if (exact != null) {
            return exact.isNull() ? null : exact;
        }
        String wanted = lower(name);
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (lower(entry.getKey()).equals(wanted) && !entry.getValue().isNull()) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The stripped text of a string or number node; null for anything else or blank text. */
    static String text(JsonNode value) {
        if (value == null || !(value.isTextual() || value.isNumber())) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** The elements of an array, or the value itself as a one-element list, or nothing. */
    static List<JsonNode> elements(JsonNode value) {
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            return List.of(value);
        }
        List<JsonNode> list = new ArrayList<>(value.size());
        value.forEach(list::add);
        return list;
    }

    private static boolean allScalars(JsonNode container) {
        for (JsonNode item : container) {
            if (!item.isValueNode()) {
                return false;
            }
        }
        return true;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
