package io.wirestream.enrich.topics;

import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.Entity;
import io.wirestream.schemas.Keyphrase;
import io.wirestream.schemas.MediaTopic;
import io.wirestream.schemas.RawArticle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sets {@code topics} and {@code keyphrases} on an enriched record. Topics are the agency's subject codes mapped to
 * Media Topics ({@link AgencyTopicMapper}, score 1.0) followed by the classifier's ({@link TopicClassifier}) that
 * the agency did not send, best first; keyphrases come from {@link KeyphraseExtractor}. The lexicon and stop words
 * are English: on text in another language only the agency's codes and the tagged entities are used. Immutable
 * and thread-safe.
 */
public final class StoryTopics {

    private final AgencyTopicMapper agency;
    private final TopicClassifier classifier;
    private final KeyphraseExtractor keyphrases;

    /**
     * @param agency     maps agency subject codes, not null
     * @param classifier classifies the text, not null
     * @param keyphrases extracts keyphrases, not null
     */
    public StoryTopics(AgencyTopicMapper agency, TopicClassifier classifier, KeyphraseExtractor keyphrases) {
        this.agency = Objects.requireNonNull(agency, "agency");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.keyphrases = Objects.requireNonNull(keyphrases, "keyphrases");
    }

    /** The bundled taxonomy, lexicon and stop words (reads three small resources). */
    public static StoryTopics standard() {
        MediaTopicTaxonomy taxonomy = MediaTopicTaxonomy.bundled();
        return new StoryTopics(new AgencyTopicMapper(taxonomy),
                new TopicClassifier(taxonomy, TopicLexicon.bundled(taxonomy)), KeyphraseExtractor.bundled());
    }

    /**
     * The topics of a story: the agency's first, then the classifier's, no code twice, best first.
     *
     * @param article  the article as ingested (headline, subjects), not null
     * @param body     the cleaned body, not null
     * @param leadEnd  offset in {@code body} where the lead (first paragraph) ends
     * @return the topics
     */
    public List<ScoredTopic> topics(RawArticle article, String body, int leadEnd) {
        return topics(article, headlineWords(article), WordScan.words(body), leadEnd);
    }

    private List<ScoredTopic> topics(RawArticle article, List<WordScan.Word> headline, List<WordScan.Word> body,
                                     int leadEnd) {
        Map<String, ScoredTopic> out = new LinkedHashMap<>();
        for (ScoredTopic t : agency.map(article.getSubjects())) {
            out.putIfAbsent(t.topic().code(), t);
        }
        for (ScoredTopic t : classifier.classify(headline, body, leadEnd)) {
            out.putIfAbsent(t.topic().code(), t);
        }
        return new ArrayList<>(out.values());
    }

    /**
     * Sets {@code topics} and {@code keyphrases} on {@code out}.
     *
     * @param out      the record being built, not null
     * @param article  the article as ingested, not null
     * @param body     the cleaned body, not null
     * @param leadEnd  offset in {@code body} where the lead ends
     * @param entities the tagged entities with salience, not null
     * @param english  false when the text was detected as another language: the lexicon and the stop words are
     *                 English, so then topics come from the agency's codes only and keyphrases from the entities
     */
    public void write(EnrichedArticle.Builder out, RawArticle article, String body, int leadEnd,
                      List<Entity> entities, boolean english) {
        // One scan of the text serves the classifier and the keyphrases.
        List<WordScan.Word> headline = english ? headlineWords(article) : List.of();
        List<WordScan.Word> words = english ? WordScan.words(body) : List.of();
        List<MediaTopic> topics = new ArrayList<>();
        for (ScoredTopic t : topics(article, headline, words, leadEnd)) {
            topics.add(MediaTopic.newBuilder().setCode(t.topic().code()).setName(t.topic().name())
                    .setLevel(t.topic().level()).setParent(t.topic().parent()).setScore(t.score())
                    .setSource(t.source()).build());
        }
        List<Keyphrase> phrases = new ArrayList<>();
        for (KeyphraseExtractor.Phrase p : keyphrases.extract(headline, article.getHeadline(), words, body, leadEnd,
                entities)) {
            phrases.add(Keyphrase.newBuilder().setText(p.text()).setScore(p.score()).build());
        }
        out.setTopics(topics).setKeyphrases(phrases);
    }

    private static List<WordScan.Word> headlineWords(RawArticle article) {
        return article.getHeadline() == null ? List.of() : WordScan.words(article.getHeadline());
    }
}
