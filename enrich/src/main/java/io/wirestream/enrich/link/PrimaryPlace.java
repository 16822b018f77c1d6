package io.wirestream.enrich.link;

import io.wirestream.schemas.Entity;
import java.util.List;
import java.util.Locale;

/**
 * The story's main place, for "stories located in ..." searches and maps: the dateline's place when the
 * story's entities include it (the copy says where it was filed), else the most salient place linked to
 * GeoNames (a place without coordinates cannot be put on a map). Among equally salient places the first
 * mentioned wins, so the choice is stable.
 *
 * <p>Stateless and thread-safe.
 */
public final class PrimaryPlace {

    private static final String LOCATION = "LOCATION";

    private PrimaryPlace() {
    }

    /**
     * @param entities      the story's entities as written to the record (canonical names, salience, links)
     * @param datelinePlace the dateline's place as written, or null
     * @return the index in {@code entities} of the main place, or -1 when there is none
     */
    public static int of(List<Entity> entities, String datelinePlace) {
        if (datelinePlace != null && !datelinePlace.isBlank()) {
            String wanted = key(datelinePlace);
            for (int i = 0; i < entities.size(); i++) {
                Entity e = entities.get(i);
                if (LOCATION.equals(e.getType()) && (key(e.getName()).equals(wanted)
                        || (e.getCanonicalName() != null && key(e.getCanonicalName()).equals(wanted)))) {
                    return i;
                }
            }
        }
        int best = -1;
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (LOCATION.equals(e.getType()) && e.getGeonamesId() != null
                    && (best < 0 || e.getSalience() > entities.get(best).getSalience())) {
                best = i;
            }
        }
        return best;
    }

    // Datelines are often in capitals ("PRISTINA"); compare without case.
    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
