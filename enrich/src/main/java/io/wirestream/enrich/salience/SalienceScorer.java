package io.wirestream.enrich.salience;

import io.wirestream.enrich.ner.EntityMention;
import io.wirestream.enrich.ner.TaggedEntity;
import java.util.List;

/**
 * Scores entities 0 to 1 by where and how often the story names them. An entity's weight is
 * <pre>
 *   {@value #HEADLINE} if the headline names it  +  {@value #LEAD} if the lead (first paragraph) does
 *   + log2(1 + mentions)  +  {@value #EARLY} x (1 - first mention offset / body length)
 * </pre>
 * and its salience that weight divided by the highest in the story, so the most central entity has 1 and the
 * rest compare with it. The headline names an entity when any of its mentions' texts, or the last word of a
 * person's name, occurs in it as whole words.
 *
 * <p>Immutable and thread-safe.
 */
public final class SalienceScorer {

    static final double HEADLINE = 3.0;
    static final double LEAD = 2.0;
    static final double EARLY = 1.0;

    /** Creates a scorer. */
    public SalienceScorer() {
    }

    /**
     * @param entities the story's entities, not null
     * @param headline the headline, or null
     * @param body     the cleaned body the mentions point into, not null
     * @param leadEnd  offset where the lead (first paragraph) ends
     * @return one salience per entity, in the same order
     */
    public double[] score(List<TaggedEntity> entities, String headline, String body, int leadEnd) {
        double[] out = new double[entities.size()];
        double max = 0;
        for (int e = 0; e < out.length; e++) {
            TaggedEntity entity = entities.get(e);
            double w = Math.log(1 + entity.mentions().size()) / Math.log(2);
            EntityMention first = entity.mentions().get(0);
            if (first.start() < leadEnd) {
                w += LEAD;
            }
            w += EARLY * (1 - (double) first.start() / Math.max(1, body.length()));
            if (headline != null && inHeadline(entity, headline)) {
                w += HEADLINE;
            }
            out[e] = w;
            max = Math.max(max, w);
        }
        for (int e = 0; e < out.length; e++) {
            out[e] = max == 0 ? 0 : Math.round(out[e] / max * 1000) / 1000.0;
        }
        return out;
    }

    /** The longest mention text (ties: the earliest): the full form, also for an entity named by an acronym. */
    public static String canonicalName(TaggedEntity entity) {
        String best = entity.mentions().get(0).text();
        for (EntityMention m : entity.mentions()) {
            if (m.text().length() > best.length()) {
                best = m.text();
            }
        }
        return best;
    }

    private static boolean inHeadline(TaggedEntity entity, String headline) {
        for (EntityMention m : entity.mentions()) {
            if (containsWord(headline, m.text())) {
                return true;
            }
        }
        if (entity.type() == io.wirestream.enrich.ner.EntityType.PERSON) {
            String name = entity.name();
            return containsWord(headline, name.substring(name.lastIndexOf(' ') + 1));
        }
        return false;
    }

    private static boolean containsWord(String text, String word) {
        for (int k = text.indexOf(word); k >= 0; k = text.indexOf(word, k + 1)) {
            int e = k + word.length();
            if ((k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1)))
                    && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e)))) {
                return true;
            }
        }
        return false;
    }
}
