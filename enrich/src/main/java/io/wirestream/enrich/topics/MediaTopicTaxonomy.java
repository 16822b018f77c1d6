package io.wirestream.enrich.topics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The IPTC Media Topics the enricher assigns: the 17 top-level topics and a selection of their children, read
 * from a TSV of {@code qcode, level, parent (or -), label}. The bundled file ({@link #bundled()}) is IPTC's
 * vocabulary, CC BY 4.0 (see {@code NOTICE.md} beside it). Immutable and thread-safe.
 */
public final class MediaTopicTaxonomy {

    private static final String BUNDLED = "media-topics.tsv";

    private final List<Topic> topics;
    private final Map<String, Topic> byCode;

    /**
     * @param lines the TSV lines; blank lines and {@code #} comments are skipped
     * @throws IllegalArgumentException on a malformed line, a duplicate code or an unknown parent
     */
    public MediaTopicTaxonomy(List<String> lines) {
        List<Topic> list = new ArrayList<>();
        Map<String, Topic> map = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 4) {
                throw new IllegalArgumentException("expected qcode, level, parent, label: " + line);
            }
            String parent = f[2].equals("-") ? null : f[2];
            if (parent != null && (map.get(parent) == null || !map.get(parent).topLevel())) {
                throw new IllegalArgumentException("parent must be a top-level topic listed before: " + line);
            }
            Topic t = new Topic(f[0], f[3], Integer.parseInt(f[1]), parent, list.size());
            if (map.putIfAbsent(t.code(), t) != null) {
                throw new IllegalArgumentException("duplicate code " + t.code());
            }
            list.add(t);
        }
        this.topics = List.copyOf(list);
        this.byCode = Map.copyOf(map);
    }

    /** The taxonomy bundled with the enricher. */
    public static MediaTopicTaxonomy bundled() {
        return new MediaTopicTaxonomy(resourceLines(BUNDLED));
    }

    /** The topic with this qcode ({@code medtop:NNNNNNNN}), if the taxonomy has it. */
    public Optional<Topic> topic(String code) {
        return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
    }

    /** All topics, each top-level topic followed by its children; {@link Topic#index()} is the position. */
    public List<Topic> all() {
        return topics;
    }

    /** The number of topics. */
    public int size() {
        return topics.size();
    }

    /** Lines of a UTF-8 resource of this package. */
    static List<String> resourceLines(String name) {
        try (InputStream in = MediaTopicTaxonomy.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
