package io.wirestream.enrich.topics;

import io.wirestream.schemas.Subject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps the subject codes an agency sent (as the wire parsers fill {@code RawArticle.subjects}) to Media Topics,
 * each with score 1.0 and source {@code agency}:
 *
 * <ul>
 *   <li>Media Topic codes ({@code medtop:20000106}, scheme {@code medtop} with code {@code 20000106}, or a
 *       {@code http://cv.iptc.org/newscodes/mediatopic/} URI, as NewsML-G2 and ninjs send them) pass through when
 *       the taxonomy has them; a level-2 topic brings its top-level parent. Deeper codes, which the bundled
 *       taxonomy does not hold, are left out (they stay in {@code article.subjects}).</li>
 *   <li>IPTC Subject Codes (scheme {@code subj} or {@code iptc}, as NITF {@code tobject.subject} and NewsML 1.2
 *       give them, {@code subj:} qcodes, or {@code .../newscodes/subjectcode/} URIs) map to the top-level Media
 *       Topic of the same number: a Subject Code's first two digits name its top-level subject
 *       ({@code 04015001} is under {@code 04000000}), and IPTC maps each of the 17 top-level Subject Codes to the
 *       Media Topic with the same code. Their children were reorganised in Media Topics, so no finer mapping is
 *       made.</li>
 *   <li>Agencies' editions of the Subject Codes (a scheme ending in {@code subj}, as STT's {@code sttsubj}, or
 *       naming {@code subref}, as TT's) and an eight-digit code with no scheme are read as Subject Codes.</li>
 *   <li>Anything else (provider vocabularies, {@code nitf:org}) is ignored.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class AgencyTopicMapper {

    private static final String MEDTOP = "medtop";
    private static final String SUBJ = "subj";

    private final MediaTopicTaxonomy taxonomy;

    /** @param taxonomy the topics that may be assigned, not null */
    public AgencyTopicMapper(MediaTopicTaxonomy taxonomy) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    }

    /**
     * @param subjects the article's subject terms, in the agency's order, not null
     * @return the Media Topics, in the order first seen (a parent right after its first child), no duplicates
     */
    public List<ScoredTopic> map(List<Subject> subjects) {
        Map<String, ScoredTopic> out = new LinkedHashMap<>();
        for (Subject s : subjects) {
            String[] code = normalise(s.getScheme(), s.getCode());
            if (code == null) {
                continue;
            }
            String qcode = MEDTOP + ":" + (code[0].equals(SUBJ) ? code[1].substring(0, 2) + "000000" : code[1]);
            Optional<Topic> topic = taxonomy.topic(qcode);
            if (topic.isEmpty()) {
                continue;
            }
            add(out, topic.get());
            if (!topic.get().topLevel()) {
                taxonomy.topic(topic.get().parent()).ifPresent(p -> add(out, p));
            }
        }
        return new ArrayList<>(out.values());
    }

    private static void add(Map<String, ScoredTopic> out, Topic topic) {
        out.putIfAbsent(topic.code(), new ScoredTopic(topic, 1.0, ScoredTopic.AGENCY));
    }

    /** {@code [medtop|subj, eight digits]}, or null when the term is not an IPTC code. */
    static String[] normalise(String scheme, String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        String s = scheme == null ? "" : scheme.strip().toLowerCase(Locale.ROOT);
        String kind;
        String digits;
        int slash = c.lastIndexOf('/');
        int colon = c.indexOf(':');
        if (c.contains("newscodes/mediatopic/") || c.contains("newscodes/subjectcode/")) {
            kind = c.contains("mediatopic") ? MEDTOP : SUBJ;
            digits = c.substring(slash + 1);
        } else if (colon > 0 && !c.startsWith("http")) {
            kind = kind(c.substring(0, colon));
            digits = c.substring(colon + 1);
        } else {
            kind = kind(s);
            digits = c;
        }
        if (kind == null || !eightDigits(digits)) {
            return null;
        }
        if (kind.equals(SUBJ) && (digits.compareTo("01000000") < 0 || digits.compareTo("17999999") > 0)) {
            return null;
        }
        return new String[] {kind, digits};
    }

    private static String kind(String scheme) {
        if (scheme.equals(MEDTOP) || scheme.contains("mediatopic")) {
            return MEDTOP;
        }
        // Agencies' own editions of the Subject Codes keep their numbers ("sttsubj:04000000", TT's "subref"), and
        // an eight-digit code with no scheme at all (TT's ninjs "literal") is one too.
        if (scheme.equals(SUBJ) || scheme.equals("iptc") || scheme.contains("subjectcode")
                || scheme.equals("iptcsubject") || scheme.endsWith("subj") || scheme.contains("subref")
                || scheme.isEmpty()) {
            return SUBJ;
        }
        return null;
    }

    private static boolean eightDigits(String s) {
        if (s.length() != 8) {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
