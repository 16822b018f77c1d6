package io.wirestream.enrich.topics;

import java.util.Objects;

/**
 * One IPTC Media Topic of the bundled taxonomy.
 *
 * @param code   the qcode, e.g. {@code medtop:16000000}
 * @param name   IPTC's English label
 * @param level  1 for the 17 top-level topics, 2 for their children
 * @param parent the top-level qcode of a level-2 topic; null for a top-level one
 * @param index  position in the taxonomy, for array-indexed scoring
 */
public record Topic(String code, String name, int level, String parent, int index) {

    /** URI prefix of the Media Topic vocabulary; the code after {@code medtop:} completes it. */
    public static final String URI_PREFIX = "http://cv.iptc.org/newscodes/mediatopic/";

    public Topic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (level != 1 && level != 2) {
            throw new IllegalArgumentException("level must be 1 or 2: " + code);
        }
        if ((level == 2) != (parent != null)) {
            throw new IllegalArgumentException("a level-2 topic, and only it, has a parent: " + code);
        }
    }

    /** True for one of the 17 top-level topics. */
    public boolean topLevel() {
        return level == 1;
    }
}
