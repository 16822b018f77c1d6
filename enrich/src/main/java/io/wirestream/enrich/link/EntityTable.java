package io.wirestream.enrich.link;

import io.wirestream.enrich.ner.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Known organisations and people by label and alias, per entity type: the hand-entered CC0 seed
 * {@code entities.tsv} (see {@code io/wirestream/enrich/link/LICENSE-entities.md}). An entry may lack a Wikidata id:
 * it then still names the entity and joins its aliases, but links to no id.
 *
 * <p>Immutable and thread-safe.
 */
public final class EntityTable {

    /** Classpath location of the bundled seed. */
    public static final String BUNDLED_RESOURCE = "/io/wirestream/enrich/link/entities.tsv";
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    private final Map<EntityType, Map<String, Link>> byType;
    private final int size;

    private EntityTable(Map<EntityType, Map<String, Link>> byType, int size) {
        this.byType = byType;
        this.size = size;
    }

    /**
     * Loads the bundled seed (a new instance on every call).
     *
     * @throws UncheckedIOException if the resource is missing or malformed
     */
    public static EntityTable loadBundled() {
        try (InputStream in = EntityTable.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IOException("entity table missing from classpath: " + BUNDLED_RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a table: {@code wikidataId TAB type TAB label TAB aliases}, the id possibly empty, aliases separated by
     * {@code |}; {@code #} lines and blank lines ignored.
     *
     * @param reader the table, read to the end but not closed
     * @return the table
     * @throws IOException if reading fails, a line is malformed, or one name is listed for two entries of a type
     *                     (the message names the line)
     */
    public static EntityTable read(Reader reader) throws IOException {
        Map<EntityType, Map<String, Link>> byType = new EnumMap<>(EntityType.class);
        BufferedReader in = new BufferedReader(reader);
        String line;
        int number = 0;
        int size = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 4 || c[2].isBlank()) {
                throw new IOException("entities line " + number + ": expected id<TAB>type<TAB>label<TAB>aliases, got \""
                        + line + "\"");
            }
            String id = c[0].strip();
            if (!id.isEmpty() && !QID.matcher(id).matches()) {
                throw new IOException("entities line " + number + ": not a Wikidata item id: \"" + id + "\"");
            }
            EntityType type;
            try {
                type = EntityType.valueOf(c[1].strip());
            } catch (IllegalArgumentException e) {
                throw new IOException("entities line " + number + ": unknown type \"" + c[1] + "\"", e);
            }
            Link link = Link.known(c[2].strip(), id.isEmpty() ? null : id);
            Map<String, Link> names = byType.computeIfAbsent(type, t -> new HashMap<>());
            put(names, Names.key(link.label()), link, number);
            if (!c[3].isBlank()) {
                for (String alias : c[3].split("\\|")) {
                    if (!alias.isBlank()) {
                        put(names, Names.key(alias), link, number);
                    }
                }
            }
            size++;
        }
        byType.replaceAll((t, m) -> Map.copyOf(m));
        return new EntityTable(Map.copyOf(byType), size);
    }

    private static void put(Map<String, Link> names, String key, Link link, int number) throws IOException {
        Link old = names.putIfAbsent(key, link);
        if (old != null && !old.equals(link)) {
            throw new IOException("entities line " + number + ": \"" + key + "\" already names " + old.label());
        }
    }

    /** Number of entries. */
    public int size() {
        return size;
    }

    /**
     * The entry of a type with this label or alias.
     *
     * @param type entity type
     * @param name a name as written; compared by {@link Names#variants}
     * @return the entry's link, or empty
     */
    public Optional<Link> find(EntityType type, String name) {
        Map<String, Link> names = byType.get(type);
        if (names == null) {
            return Optional.empty();
        }
        for (String key : Names.variants(name)) {
            Link link = names.get(key);
            if (link != null) {
                return Optional.of(link);
            }
        }
        return Optional.empty();
    }
}
