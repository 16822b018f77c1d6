package io.wirestream.publish.route;

import io.wirestream.schemas.EnrichedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The desk routing rules, read from a small text file editors can change:
 *
 * <pre>
 * # desk     field            values, separated by |
 * balkans    entity:LOCATION  Kosovo | Serbia | Bosnia and Herzegovina
 * business   text             shares | stock market
 * </pre>
 *
 * A story goes to every desk one of whose rules it matches. Immutable and thread-safe.
 */
public final class DeskRules {

    private static final Pattern DESK = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final String DEFAULT = "/io/wirestream/publish/route/default-desks.rules";

    private final List<DeskRule> rules;

    public DeskRules(List<DeskRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules bundled with Wirestream (see {@code default-desks.rules}). */
    public static DeskRules defaults() {
        try (InputStream in = DeskRules.class.getResourceAsStream(DEFAULT)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a rules file. */
    public static DeskRules load(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read desk rules " + file, e);
        }
    }

    /**
     * Parses rules text.
     *
     * @param where named in error messages
     * @throws IllegalArgumentException naming the line at fault
     */
    public static DeskRules parse(String text, String where) {
        List<DeskRule> rules = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            try {
                if (parts.length < 3) {
                    throw new IllegalArgumentException("expected: desk field value | value ...");
                }
                if (!DESK.matcher(parts[0]).matches()) {
                    throw new IllegalArgumentException("desk name must match " + DESK);
                }
                Set<String> values = Arrays.stream(parts[2].split("\\|")).map(String::strip)
                        .filter(v -> !v.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
                rules.add(new DeskRule(parts[0], parts[1], values));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new DeskRules(rules);
    }

    /** Every desk some rule names, sorted. */
    public Set<String> desks() {
        return rules.stream().map(DeskRule::desk).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The desks {@code story} goes to, sorted. */
    public Set<String> desksFor(EnrichedArticle story) {
        return rules.stream().filter(r -> r.matches(story)).map(DeskRule::desk)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
