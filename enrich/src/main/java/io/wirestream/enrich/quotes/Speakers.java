package io.wirestream.enrich.quotes;

import io.wirestream.enrich.ner.EntityMention;
import io.wirestream.enrich.ner.EntityType;
import io.wirestream.enrich.ner.TaggedEntity;
import java.util.ArrayList;
import java.util.List;

/**
 * The people and organisations of a story by mention offset, to find who speaks in a stretch of text. A mention
 * resolves to its entity, so a short "Rutte" gives the entity's full name "Mark Rutte".
 */
final class Speakers {

    private static final String[] VERBS = {"said", "says", "told", "added", "stated", "asked", "warned", "noted",
        "explained", "insisted", "declared", "announced", "stressed", "wrote", "replied", "argued", "claimed",
        "underlined", "emphasised", "emphasized", "according"};

    private final List<TaggedEntity> entities;
    /** Speaker mentions (PERSON and ORGANIZATION) in text order: {start, end, entity index}. */
    private final List<int[]> mentions = new ArrayList<>();

    Speakers(List<TaggedEntity> entities) {
        this.entities = entities;
        for (int e = 0; e < entities.size(); e++) {
            TaggedEntity entity = entities.get(e);
            if (entity.type() == EntityType.PERSON || entity.type() == EntityType.ORGANIZATION) {
                for (EntityMention m : entity.mentions()) {
                    mentions.add(new int[] {m.start(), m.end(), e});
                }
            }
        }
        mentions.sort((a, b) -> Integer.compare(a[0], b[0]));
    }

    String name(int entity) {
        return entities.get(entity).name();
    }

    /** The speaker mentioned within [from, to), a person before an organisation, nearest to {@code near}; or -1. */
    int within(int from, int to, int near) {
        int best = -1;
        int bestScore = Integer.MAX_VALUE;
        for (int[] m : mentions) {
            if (m[0] >= to) {
                break;
            }
            if (m[0] >= from) {
                int score = Math.abs(m[0] - near)
                        + (entities.get(m[2]).type() == EntityType.PERSON ? 0 : 10_000);
                if (score < bestScore) {
                    best = m[2];
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /** The last PERSON mentioned before {@code offset}, for "he said"; or -1. */
    int lastPersonBefore(int offset) {
        int best = -1;
        for (int[] m : mentions) {
            if (m[0] >= offset) {
                break;
            }
            if (entities.get(m[2]).type() == EntityType.PERSON) {
                best = m[2];
            }
        }
        return best;
    }

    /** Offset of the first speech verb in [from, to) at a word boundary, or -1. */
    static int speechVerb(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if ((k == 0 || !Character.isLetter(s.charAt(k - 1))) && Character.isLetter(s.charAt(k))) {
                for (String v : VERBS) {
                    int e = k + v.length();
                    if (e <= to && s.regionMatches(true, k, v, 0, v.length())
                            && (e == s.length() || !Character.isLetter(s.charAt(e)))) {
                        return k;
                    }
                }
            }
        }
        return -1;
    }

    /** Whether a third-person pronoun stands as a word in [from, to). */
    static boolean pronoun(String s, int from, int to) {
        for (String p : new String[] {"he", "she"}) {
            for (int k = from; k + p.length() <= to; k++) {
                if (s.regionMatches(true, k, p, 0, p.length()) && (k == 0 || !Character.isLetter(s.charAt(k - 1)))
                        && (k + p.length() == s.length() || !Character.isLetter(s.charAt(k + p.length())))) {
                    return true;
                }
            }
        }
        return false;
    }
}
