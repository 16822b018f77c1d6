package io.wirestream.enrich.cluster;

import com.dynatrace.hash4j.hashing.HashStream64;
import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import com.dynatrace.hash4j.similarity.SuperMinHashVersion;
import io.wirestream.enrich.text.Words;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.Entity;
import io.wirestream.schemas.Quantity;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a story's {@link EventSignature} from its enrichment and the LSH band keys that find candidates
 * sharing it. The terms, and why they weigh what they weigh:
 * <ul>
 *   <li>the {@value #MAX_ENTITIES} most salient entities, by Wikidata or GeoNames id when linked (so "UN" and
 *       "United Nations" agree), else by lower-cased canonical name: weight 0.5 plus the salience, since the
 *       people and bodies a story is about are what two agencies name alike; a place weighs half, for
 *       every story from there shares it;</li>
 *   <li>numbers ("6.1", "three" people), without their unit, which agencies write differently ("10 km",
 *       "10 kilometres"): weight 1, a death toll or a magnitude is specific;</li>
 *   <li>content words of the headline (weight 1), the lead paragraph (0.5) and the rest of the body (0.25):
 *       lower-cased, plural s cut; stop words, short words and capitalised words (names, counted above) left
 *       out: "earthquake", "magnitude", "summit".</li>
 * </ul>
 * A term found several ways keeps its largest weight. Stop words are English; copy in other languages
 * still gets entities and numbers, and its own words.
 *
 * <p>Immutable and thread-safe.
 */
public final class EventTerms {

    static final int MAX_ENTITIES = 12;
    static final int LEAD_WORDS = 60;
    static final int REST_WORDS = 200;
    /**
     * LSH over the (unweighted) key-term set: {@value #BANDS} bands of {@value #ROWS} MinHash component. Two
     * agencies' copy of one event shares maybe a fifth of its key terms, so bands of one component
     * (1 - 0.8^16 = 0.97 at J = 0.2) rather than of two (0.48): more candidates, but each costs one lookup
     * and one merge of two short sorted arrays.
     */
    static final int BANDS = 16;
    static final int ROWS = 1;

    private static final Hasher64 HASH = Hashing.komihash5_0(0x3e7e_47e2_1a5bL);
    private static final Set<String> STOP_WORDS = Set.of(("about above after again against also among amid and any"
            + " are around because been before being below between both but can could did does doing down during"
            + " each even few for from further had has have having her here hers him his how into its itself just"
            + " last least less made make many more most much must near next not now off once one only other our"
            + " out over own per said same says she should since some such than that the their them then there"
            + " these they this those though three through told two under until upon very was were what when where"
            + " which while who whom whose why will with within without would year years yesterday today tomorrow"
            + " monday tuesday wednesday thursday friday saturday sunday week new according say").split(" "));

    private final SimilarityHashPolicy policy = SimilarityHashing.superMinHash(BANDS * ROWS, 32, SuperMinHashVersion.V1);

    /** The story's event signature; empty when it has no entities, numbers or content words. */
    public EventSignature signature(EnrichedArticle story) {
        Map<Long, Float> terms = keyTerms(story);
        String body = story.getBody();
        int paragraph = body.indexOf("\n\n");
        words(terms, paragraph < 0 ? body : body.substring(0, paragraph), LEAD_WORDS, 0.5f);
        if (paragraph >= 0) {
            words(terms, body.substring(paragraph), REST_WORDS, 0.25f);
        }
        long[] keys = new long[terms.size()];
        float[] weights = new float[terms.size()];
        int i = 0;
        for (Map.Entry<Long, Float> t : terms.entrySet()) {
            keys[i] = t.getKey();
            weights[i++] = t.getValue();
        }
        return new EventSignature(keys, weights);
    }

    // Entities, numbers and headline words: what two agencies' copy of an event shares most surely.
    private static Map<Long, Float> keyTerms(EnrichedArticle story) {
        Map<Long, Float> terms = new TreeMap<>();
        story.getEntities().stream()
                .sorted(Comparator.comparingDouble(Entity::getSalience).reversed().thenComparing(Entity::getName))
                .limit(MAX_ENTITIES)
                .forEach(e -> add(terms, entityKey(e), entityWeight(e)));
        for (Quantity q : story.getQuantities()) {
            add(terms, "n:" + number(q.getValue()), 1f);
        }
        words(terms, story.getArticle().getHeadline(), Integer.MAX_VALUE, 1f);
        return terms;
    }

    /**
     * The LSH band keys of the story, over its key terms only (entities, numbers, headline words): the lead
     * and body words would make the bands' minimum terms common words that half the wire shares. Empty
     * when it has no key terms.
     */
    public long[] bands(EnrichedArticle story) {
        Map<Long, Float> keyTerms = keyTerms(story);
        if (keyTerms.isEmpty()) {
            return new long[0];
        }
        long[] terms = keyTerms.keySet().stream().mapToLong(Long::longValue).toArray();
        byte[] minHash = policy.createHasher().compute(ElementHashProvider.ofValues(terms));
        long[] bands = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            HashStream64 stream = HASH.hashStream().putInt(b);
            for (int r = 0; r < ROWS; r++) {
                stream.putLong(policy.getComponent(minHash, b * ROWS + r));
            }
            bands[b] = stream.getAsLong();
        }
        return bands;
    }

    // A place is shared by every story from there that day, so it says less about the event than a person.
    private static float entityWeight(Entity e) {
        float salience = (float) e.getSalience();
        return "LOCATION".equals(e.getType()) ? 0.25f + 0.5f * salience : 0.5f + salience;
    }

    private static String entityKey(Entity e) {
        if (e.getWikidataId() != null) {
            return "q:" + e.getWikidataId();
        }
        if (e.getGeonamesId() != null) {
            return "g:" + e.getGeonamesId();
        }
        String name = e.getCanonicalName() != null ? e.getCanonicalName() : e.getName();
        return "e:" + name.toLowerCase(Locale.ROOT);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static void words(Map<Long, Float> terms, String text, int limit, float weight) {
        if (text == null) {
            return;
        }
        Words words = Words.scan(text);
        int seen = 0;
        for (int i = 0; i < words.size() && seen < limit; i++) {
            // Capitalised words are names, counted as entities already; what happened is in the others.
            if (!words.isWord(i) || words.isCapitalized(i)) {
                continue;
            }
            seen++;
            String lower = words.text(i).toLowerCase(Locale.ROOT);
            String word = stem(lower);
            // Checked before and after the cut: "this" is not the plural of "thi".
            if (word.length() >= 3 && !STOP_WORDS.contains(lower) && !STOP_WORDS.contains(word)) {
                add(terms, "w:" + word, weight);
            }
        }
    }

    // A crude plural and possessive cut, enough to match "quakes"/"quake" and "Chile's"/"Chile".
    private static String stem(String word) {
        String w = word.replace('\u2019', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static void add(Map<Long, Float> terms, String term, float weight) {
        terms.merge(HASH.hashCharsToLong(term), weight, Math::max);
    }
}
