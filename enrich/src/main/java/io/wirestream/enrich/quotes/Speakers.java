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
        "underlined", "emphasised", "emphasized", "according", "saying", "urged", "vowed", "promised", "pledged",
        "acknowledged", "admitted", "cautioned", "conceded", "confirmed", "denied", "predicted", "recalled", "reiterated",
        "reported", "responded", "suggested", "tweeted", "posted"};

    /** Cues that attribute a quote that follows them in the same sentence ("he gave the message that ... "..."",
     *  "what she called "a farce""), besides the speech verbs. */
    private static final String[] LEAD_CUES = {"message", "called", "calling", "described", "describing", "statement",
        "quoted", "quoting", "words"};

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

    /** News media by the last word of their name: more often told than telling ("he told Bild newspaper"). */
    private static final String[] MEDIA = {"newspaper", "daily", "weekly", "television", "tv", "radio", "magazine",
        "broadcaster", "agency", "channel"};

    String name(int entity) {
        return entities.get(entity).name();
    }

    boolean isPerson(int entity) {
        return entities.get(entity).type() == EntityType.PERSON;
    }

    /**
     * The speaker mentioned within [from, to), nearest to {@code near}: a person before an organisation, and an
     * organisation before a medium or a name the tagger ran into the full stop ("Bild newspaper."), which is the
     * one told far more often than the one speaking; or -1.
     */
    int within(int from, int to, int near) {
        int best = -1;
        int bestScore = Integer.MAX_VALUE;
        for (int[] m : mentions) {
            if (m[0] >= to) {
                break;
            }
            if (m[0] >= from) {
                int score = Math.abs(m[0] - near)
                        + (entities.get(m[2]).type() == EntityType.PERSON ? 0 : medium(m[2]) ? 20_000 : 10_000);
                if (score < bestScore) {
                    best = m[2];
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private boolean medium(int entity) {
        String name = entities.get(entity).name().strip();
        if (name.endsWith(".")) {
            return true;
        }
        int space = name.lastIndexOf(' ');
        String last = name.substring(space + 1);
        for (String m : MEDIA) {
            if (last.equalsIgnoreCase(m)) {
                return true;
            }
        }
        return false;
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
        return firstWord(s, from, to, VERBS);
    }

    /** Offset of the last speech verb or lead cue in [from, to) that starts after a space (not "so-called"), or
     *  -1. */
    static int lastLeadCue(String s, int from, int to) {
        int found = -1;
        for (String[] words : new String[][] {VERBS, LEAD_CUES}) {
            for (int k = firstWord(s, from, to, words); k >= 0; k = firstWord(s, k + 1, to, words)) {
                if ((k == 0 || Character.isWhitespace(s.charAt(k - 1))) && k > found) {
                    found = k;
                }
            }
        }
        return found;
    }

    private static int firstWord(String s, int from, int to, String[] words) {
        for (int k = from; k < to; k++) {
            if ((k == 0 || !Character.isLetter(s.charAt(k - 1))) && Character.isLetter(s.charAt(k))) {
                for (String v : words) {
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

    /** The speaker whose mention starts at {@code offset} (after skipping spaces), or -1: "according to X". */
    int startingAt(String s, int offset) {
        int k = offset;
        while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
            k++;
        }
        for (int[] m : mentions) {
            if (m[0] == k) {
                return m[2];
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
