package io.wirestream.publish.route;

import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.Entity;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One routing rule: stories that match go to {@code desk}.
 *
 * @param desk    desk name (lower-case letters, digits, hyphens); also names its topic
 * @param field   what is matched: {@code entity} (any entity name), {@code entity:TYPE},
 *                {@code text} (a whole word or phrase in headline or body), {@code provider},
 *                {@code language}, {@code section}
 * @param values  accepted values, compared case-insensitively
 */
public record DeskRule(String desk, String field, Set<String> values) {

    private static final Set<String> FIELDS = Set.of("entity", "text", "provider", "language", "section");

    public DeskRule {
        Objects.requireNonNull(desk, "desk");
        Objects.requireNonNull(field, "field");
        String base = field.contains(":") ? field.substring(0, field.indexOf(':')) : field;
        if (!FIELDS.contains(base) || (field.contains(":") && !base.equals("entity"))) {
            throw new IllegalArgumentException("unknown rule field '" + field + "'; expected one of "
                    + FIELDS + " or entity:TYPE");
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("rule for desk " + desk + " has no values");
        }
        values = values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** True when the story matches this rule. */
    public boolean matches(EnrichedArticle story) {
        return switch (field.contains(":") ? "entity-typed" : field) {
            case "entity" -> story.getEntities().stream().anyMatch(this::nameMatches);
            case "entity-typed" -> story.getEntities().stream()
                    .filter(e -> e.getType().equalsIgnoreCase(field.substring(field.indexOf(':') + 1)))
                    .anyMatch(this::nameMatches);
            case "text" -> textMatches(story.getArticle().getHeadline() + "\n" + story.getBody());
            case "provider" -> contains(story.getArticle().getProvider());
            case "language" -> contains(story.getLanguage());
            case "section" -> contains(story.getArticle().getSection());
            default -> false;
        };
    }

    private boolean nameMatches(Entity entity) {
        return contains(entity.getName()) || entity.getMentions().stream().anyMatch(m -> contains(m.getText()));
    }

    private boolean contains(String value) {
        return value != null && values.contains(value.toLowerCase(Locale.ROOT));
    }

    private boolean textMatches(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return values.stream().anyMatch(v -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(v)
                + "(?![\\p{L}\\p{N}])").matcher(lower).find());
    }
}
