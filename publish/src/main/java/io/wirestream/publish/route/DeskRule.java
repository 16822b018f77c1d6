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
 *                {@code text} (a whole word or phrase in headline or body), {@code topic} (an IPTC Media
 *                Topic of the story, by qcode {@code medtop:04000000} or English name; a level-2 topic
 *                matches its top-level parent too), {@code provider}, {@code language}, {@code section}
 * @param values  accepted values, compared case-insensitively
 * @param text    for a {@code text} rule, every value as one whole-word pattern (compiled once, not per
 *                story: publish matches every rule against every story); else null
 */
public record DeskRule(String desk, String field, Set<String> values, Pattern text) {

    private static final Set<String> FIELDS = Set.of("entity", "text", "topic", "provider", "language", "section");

    /** A rule; a {@code text} rule's pattern is made from its values. */
    public DeskRule(String desk, String field, Set<String> values) {
        this(desk, field, values, null);
    }

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
        text = field.equals("text") ? Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                + values.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE) : null;
    }

    /** True when the story matches this rule. */
    public boolean matches(EnrichedArticle story) {
        return switch (field.contains(":") ? "entity-typed" : field) {
            case "entity" -> story.getEntities().stream().anyMatch(this::nameMatches);
            case "entity-typed" -> story.getEntities().stream()
                    .filter(e -> e.getType().equalsIgnoreCase(field.substring(field.indexOf(':') + 1)))
                    .anyMatch(this::nameMatches);
            case "text" -> story.getArticle().getHeadline() != null && text.matcher(story.getArticle().getHeadline()).find()
                    || text.matcher(story.getBody()).find();
            case "topic" -> story.getTopics().stream().anyMatch(t -> contains(t.getCode()) || contains(t.getName())
                    || contains(t.getParent()));
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
}
