package io.wirestream.enrich.dates;

import io.wirestream.enrich.text.Words;

/**
 * Whether the clause before a weekday speaks of the future, so that "Saturday" resolves forward rather than back.
 * News mostly reports the past, but a weekday after "will", "is scheduled to", "is expected", "plans", "set to",
 * "going to", or a present-tense verb of travel or meeting ("when he travels on to
 * Ethiopia on Sunday": wire copy uses the simple present for itineraries) is the one ahead.
 */
final class FutureCues {

    /** How many tokens back a cue may stand: a clause, not a paragraph. */
    private static final int WINDOW = 8;
    private static final String[] CUES = {"will", "would", "shall", "scheduled", "due", "expected", "plans",
        "planned", "planning", "upcoming", "later", "next", "intends", "aims", "hopes"};
    /** Simple present of motion and meeting verbs, which in wire copy usually announces an itinerary. */
    private static final String[] ITINERARY_VERBS = {"travels", "heads", "meets", "arrives", "lands", "visits", "flies",
        "leaves", "departs", "returns", "hosts", "opens", "begins", "starts", "resumes", "convenes", "addresses"};

    private FutureCues() {
    }

    /** Whether a future cue stands in the same clause before token {@code i}. */
    static boolean before(Words w, int i) {
        for (int k = i - 1; k >= Math.max(0, i - WINDOW); k--) {
            if (clauseEnd(w, k)) {
                return false;
            }
            if (w.isAny(k, CUES) || w.isAny(k, ITINERARY_VERBS) || contractedWill(w, k)) {
                return true;
            }
            // A bare "to" is no cue: "was taken to hospital on Saturday" is past; "scheduled to", "due to" are.
            if (w.is(k, "set") && w.is(k + 1, "to") || w.isAny(k, "going", "about") && w.is(k + 1, "to")) {
                return true;
            }
        }
        return false;
    }

    private static boolean clauseEnd(Words w, int k) {
        return w.isChar(k, '.') || w.isChar(k, '"') || w.isChar(k, ';') || w.isChar(k, ',') || w.isChar(k, ':')
                || w.isChar(k, '!') || w.isChar(k, '?') || w.isChar(k, '\u201C') || w.isChar(k, '\u201D');
    }

    /** "he'll", "they\u2019ll": the scanner keeps the contraction in the word. */
    private static boolean contractedWill(Words w, int k) {
        if (!w.isWord(k)) {
            return false;
        }
        String t = w.text(k);
        return t.length() > 3 && (t.endsWith("'ll") || t.endsWith("\u2019ll"));
    }
}
