package io.wirestream.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * Every version of every Wirestream schema ever released, oldest first.
 *
 * <p>Versions live as self-contained schema files on the classpath at
 * {@code /io/wirestream/schemas/history/<Record>/v<N>.avsc}. A released file is never edited: a
 * change to a schema is a new file, and {@code SchemaHistoryTest} fails until the newest file equals
 * the schema the classes were generated from and is compatible both ways with every older one.
 *
 * <p>Immutable and thread-safe.
 */
public final class SchemaHistory {

    /** Records whose history is shipped, with the class generated from their newest version. */
    public static final Map<String, Schema> CURRENT = Map.of(
            "RawArticle", RawArticle.getClassSchema(),
            "EnrichedArticle", EnrichedArticle.getClassSchema(),
            "DeadLetter", DeadLetter.getClassSchema(),
            "StoryVersion", StoryVersion.getClassSchema(),
            "HeldArticle", HeldArticle.getClassSchema());

    private static final String ROOT = "/io/wirestream/schemas/history/";

    private SchemaHistory() {
    }

    /**
     * The released versions of one record, oldest first (index 0 is v1).
     *
     * @throws IllegalArgumentException if no version of {@code record} is shipped
     */
    public static List<Schema> versions(String record) {
        List<Schema> versions = new ArrayList<>();
        for (int v = 1; ; v++) {
            String path = ROOT + record + "/v" + v + ".avsc";
            try (InputStream in = SchemaHistory.class.getResourceAsStream(path)) {
                if (in == null) {
                    break;
                }
                versions.add(new Schema.Parser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read schema history file " + path, e);
            }
        }
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("no schema history for record " + record + " under " + ROOT);
        }
        return List.copyOf(versions);
    }
}
