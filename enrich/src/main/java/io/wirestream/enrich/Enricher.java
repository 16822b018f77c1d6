package io.wirestream.enrich;

import io.wirestream.enrich.clean.BoilerplateCleaner;
import io.wirestream.enrich.clean.CleanedText;
import io.wirestream.enrich.meta.DetectedLanguage;
import io.wirestream.enrich.meta.LanguageIdentifier;
import io.wirestream.enrich.meta.TextStatistics;
import io.wirestream.enrich.meta.TextStats;
import io.wirestream.enrich.ner.EntityAggregator;
import io.wirestream.enrich.ner.EntityMention;
import io.wirestream.enrich.meta.SentenceSplitter;
import io.wirestream.enrich.ner.EntityTagger;
import io.wirestream.enrich.ner.GazetteerNameFinder;
import io.wirestream.enrich.ner.NameFinderTagger;
import io.wirestream.enrich.ner.PlaceGazetteer;
import io.wirestream.enrich.ner.Tokenizer;
import io.wirestream.enrich.ner.TaggedEntity;
import io.wirestream.enrich.ner.EntityType;
import io.wirestream.enrich.dateline.FoundDateline;
import io.wirestream.enrich.link.EntityJoiner;
import io.wirestream.enrich.link.EntityLinker;
import io.wirestream.enrich.link.Link;
import io.wirestream.enrich.link.LinkContext;
import io.wirestream.enrich.link.LinkedEntity;
import io.wirestream.enrich.link.PrimaryPlace;
import io.wirestream.enrich.ner.perceptron.PerceptronTagger;
import io.wirestream.enrich.salience.SalienceScorer;
import io.wirestream.enrich.topics.StoryTopics;
import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.Entity;
import io.wirestream.schemas.Mention;
import io.wirestream.schemas.RawArticle;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a {@link RawArticle} into an {@link EnrichedArticle}: cleans the body, detects the language, counts words,
 * sentences and paragraphs, estimates reading time, tags entities (with salience and canonical full name) and
 * extracts the dateline, dates, quantities and quotes ({@link StoryExtractor}) and assigns IPTC Media Topics and
 * keyphrases ({@link StoryTopics}). Pure Java; the stream topology calls it.
 *
 * <ul>
 *   <li>{@code body} is the cleaned body (paragraphs joined by a blank line) and every entity mention's
 *       {@code start}/{@code end} is an offset into it; {@code boilerplate} holds what the cleaner removed.</li>
 *   <li>The language is detected on the first {@value #LANGUAGE_PREFIX_CHARS} characters of the cleaned body (cut
 *       at a space), or the headline when the body is empty; undecided gives {@code language = null} and
 *       {@code languageConfidence = 0.0}. The provider's declared language is left in {@code article.language}.
 *       A longer sample does not change the decision on news copy and costs linear time.</li>
 *   <li>Entities come from the tagger for the tagger's language when the detected language is that language or
 *       undecided; for any other language from the other-language tagger (the standard one only tags gazetteer
 *       places), and then {@code enricher} says so: the name followed by
 *       {@code " [entities: places only, language xx]"}.</li>
 *   <li>A blank cleaned body (as in many kills) still yields a record, with zero counts and no entities.</li>
 *   <li>{@code enrichedAt} is the instant given to {@link #enrich(RawArticle, ChangeKind, Instant)} (the stream
 *       topology passes the input record's timestamp, so a replay gives identical records), or the clock's for
 *       {@link #enrich(RawArticle, ChangeKind)}; {@code enricher} is the name given to the constructor.</li>
 * </ul>
 *
 * <p>Thread-safe after construction, provided its parts are (the standard ones are immutable): Kafka Streams may
 * call {@link #enrich} from several stream threads at once.
 */
public final class Enricher {

    /** Enricher name used by {@link #standard(Clock)}. */
    public static final String STANDARD_NAME = "wirestream-enrich/" + implementationVersion() + " perceptron/1";
    /** How much of the body the language is identified on. */
    public static final int LANGUAGE_PREFIX_CHARS = 600;
    /** The language of the standard tagger's model (ISO 639-1). */
    public static final String TAGGER_LANGUAGE = "en";

    private final BoilerplateCleaner cleaner;
    private final LanguageIdentifier languageIdentifier;
    private final TextStatistics statistics;
    private final EntityTagger tagger;
    private final String taggerLanguage;
    private final EntityTagger otherLanguageTagger;
    private final EntityAggregator aggregator;
    private final Clock clock;
    private final String enricherName;
    private final EnrichmentListener listener;
    private final SalienceScorer salienceScorer = new SalienceScorer();
    private final StoryExtractor storyExtractor = new StoryExtractor();
    private final StoryTopics storyTopics = StoryTopics.standard();
    /** Links entities to GeoNames and Wikidata and merges those that are one thing; null: no linking. */
    private final EntityJoiner joiner;

    /**
     * @param cleaner            boilerplate cleaner
     * @param languageIdentifier language identifier
     * @param statistics         text statistics
     * @param tagger             entity tagger
     * @param aggregator         groups mentions into entities
     * @param clock              source of {@code enrichedAt} for {@link #enrich(RawArticle, ChangeKind)}
     * @param enricherName       name and version written to {@code enricher}, e.g. {@code "wirestream-enrich/1.2"}
     * @throws NullPointerException if any argument is null
     */
    public Enricher(BoilerplateCleaner cleaner, LanguageIdentifier languageIdentifier, TextStatistics statistics,
                    EntityTagger tagger, EntityAggregator aggregator, Clock clock, String enricherName) {
        this(cleaner, languageIdentifier, statistics, tagger, null, tagger, aggregator, clock, enricherName);
    }

    /**
     * An enricher whose tagger is for one language.
     *
     * @param cleaner             boilerplate cleaner
     * @param languageIdentifier  language identifier
     * @param statistics          text statistics
     * @param tagger              entity tagger for {@code taggerLanguage}
     * @param taggerLanguage      ISO 639-1 code of the tagger's language, or null for any language
     * @param otherLanguageTagger entity tagger for text detected as another language
     * @param aggregator          groups mentions into entities
     * @param clock               source of {@code enrichedAt}
     * @param enricherName        name and version written to {@code enricher}
     * @throws NullPointerException if any argument but {@code taggerLanguage} is null
     */
    public Enricher(BoilerplateCleaner cleaner, LanguageIdentifier languageIdentifier, TextStatistics statistics,
                    EntityTagger tagger, String taggerLanguage, EntityTagger otherLanguageTagger,
                    EntityAggregator aggregator, Clock clock, String enricherName) {
        this(cleaner, languageIdentifier, statistics, tagger, taggerLanguage, otherLanguageTagger, aggregator, clock,
                enricherName, EnrichmentListener.NONE, null);
    }

    private Enricher(BoilerplateCleaner cleaner, LanguageIdentifier languageIdentifier, TextStatistics statistics,
                     EntityTagger tagger, String taggerLanguage, EntityTagger otherLanguageTagger,
                     EntityAggregator aggregator, Clock clock, String enricherName, EnrichmentListener listener,
                     EntityJoiner joiner) {
        this.listener = Objects.requireNonNull(listener, "listener");
        this.joiner = joiner;
        this.taggerLanguage = taggerLanguage;
        this.otherLanguageTagger = Objects.requireNonNull(otherLanguageTagger, "otherLanguageTagger");
        this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
        this.languageIdentifier = Objects.requireNonNull(languageIdentifier, "languageIdentifier");
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.tagger = Objects.requireNonNull(tagger, "tagger");
        this.aggregator = Objects.requireNonNull(aggregator, "aggregator");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.enricherName = Objects.requireNonNull(enricherName, "enricherName");
    }

    /**
     * This enricher, telling {@code listener} how long each step takes.
     *
     * @param listener thread-safe and quick; not null
     * @return a copy with the same parts
     */
    public Enricher withListener(EnrichmentListener listener) {
        return new Enricher(cleaner, languageIdentifier, statistics, tagger, taggerLanguage, otherLanguageTagger,
                aggregator, clock, enricherName, listener, joiner);
    }

    /**
     * This enricher, linking entities with {@code linker} (places to GeoNames, organisations and people to
     * Wikidata) and merging entities that link to one thing.
     *
     * @param linker the linker, not null
     * @return a copy with the same parts
     */
    public Enricher withLinker(EntityLinker linker) {
        return new Enricher(cleaner, languageIdentifier, statistics, tagger, taggerLanguage, otherLanguageTagger,
                aggregator, clock, enricherName, listener, new EntityJoiner(linker));
    }

    /**
     * The default enricher: built-in cleaner, optimaize language identifier, statistics at 230 words per minute,
     * the trained English {@link PerceptronTagger} (gazetteer places only, via {@link GazetteerNameFinder}, on text
     * in other languages), named {@link #STANDARD_NAME}. Building it loads the language profiles, the gazetteer
     * and the model (about a second); build one and share it.
     *
     * @param clock source of {@code enrichedAt}, not null
     * @return the enricher
     */
    public static Enricher standard(Clock clock) {
        return standard(clock, STANDARD_NAME);
    }

    /**
     * Like {@link #standard(Clock)} with the given enricher name.
     *
     * @param clock        source of {@code enrichedAt}, not null
     * @param enricherName name and version written to {@code enricher}, not null
     * @return the enricher
     */
    public static Enricher standard(Clock clock, String enricherName) {
        EntityTagger places = new NameFinderTagger(new Tokenizer(), new SentenceSplitter(),
                new GazetteerNameFinder(PlaceGazetteer.bundled()));
        return new Enricher(new BoilerplateCleaner(), new LanguageIdentifier(), new TextStatistics(),
                new PerceptronTagger(), TAGGER_LANGUAGE, places, new EntityAggregator(), clock, enricherName)
                .withLinker(EntityLinker.standard());
    }

    /** The name written to {@code enricher}. */
    public String name() {
        return enricherName;
    }

    /**
     * Enriches one article version now, by the clock: for one-off use (the {@code enrich} command), where
     * reproducing the same output later does not matter.
     *
     * @param article the article as ingested, not null; it is copied, not changed
     * @param change  NEW, UPDATE or KILL, not null
     * @return the enriched record; never null
     */
    public EnrichedArticle enrich(RawArticle article, ChangeKind change) {
        return enrich(article, change, clock.instant());
    }

    /**
     * Enriches one article version, stamped {@code enrichedAt}: the same arguments always give an equal record.
     *
     * @param article    the article as ingested, not null; it is copied, not changed
     * @param change     NEW, UPDATE or KILL, not null
     * @param enrichedAt the instant written to {@code enrichedAt}, not null; in a topology, the input record's
     *                   timestamp, so that a replay reproduces the output
     * @return the enriched record; never null
     */
    public EnrichedArticle enrich(RawArticle article, ChangeKind change, Instant enrichedAt) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(enrichedAt, "enrichedAt");
        List<String> paragraphs = article.getBody() == null ? List.of() : article.getBody();
        long t0 = System.nanoTime();
        CleanedText cleaned = cleaner.clean(paragraphs);
        String body = cleaned.body();
        long t1 = System.nanoTime();
        listener.stepTook("clean", t1 - t0);

        String languageText = body.isBlank() ? nullToEmpty(article.getHeadline()) : prefix(body);
        Optional<DetectedLanguage> language = languageIdentifier.identify(languageText);
        long t2 = System.nanoTime();
        listener.stepTook("language", t2 - t1);
        TextStats stats = statistics.compute(body);
        long t3 = System.nanoTime();
        listener.stepTook("statistics", t3 - t2);

        boolean otherLanguage = taggerLanguage != null && language.isPresent()
                && !language.get().code().equals(taggerLanguage);
        String name = otherLanguage
                ? enricherName + " [entities: places only, language " + language.get().code() + "]" : enricherName;
        Optional<FoundDateline> dateline = storyExtractor.dateline(article, body);
        List<Entity> entities = new ArrayList<>();
        List<TaggedEntity> tagged = List.of();
        if (!body.isBlank()) {
            List<EntityMention> mentions = (otherLanguage ? otherLanguageTagger : tagger).tag(body);
            tagged = aggregator.aggregate(mentions);
            List<Link> links = new ArrayList<>(tagged.size());
            if (joiner != null) {
                List<LinkedEntity> linked = joiner.join(tagged, linkContext(dateline, tagged));
                tagged = linked.stream().map(LinkedEntity::entity).toList();
                linked.forEach(le -> links.add(le.link().orElse(null)));
            }
            int lead = body.indexOf(CleanedText.PARAGRAPH_SEPARATOR);
            double[] salience = salienceScorer.score(tagged, article.getHeadline(), body, lead < 0 ? body.length() : lead);
            for (int i = 0; i < tagged.size(); i++) {
                TaggedEntity e = tagged.get(i);
                List<Mention> ms = new ArrayList<>();
                for (EntityMention m : e.mentions()) {
                    ms.add(new Mention(m.start(), m.end(), m.text()));
                }
                Entity.Builder entity = Entity.newBuilder().setType(e.type().name()).setName(e.name()).setMentions(ms)
                        .setCanonicalName(SalienceScorer.canonicalName(e)).setSalience(salience[i]);
                linkFields(entity, links.isEmpty() ? null : links.get(i));
                entities.add(entity.build());
            }
        }
        long t4 = System.nanoTime();
        listener.stepTook("entities", t4 - t3);

        EnrichedArticle.Builder out = EnrichedArticle.newBuilder();
        storyExtractor.extract(out, article, body, language.map(DetectedLanguage::code).orElse(null), tagged, dateline,
                cleaned.removed());
        long t5 = System.nanoTime();
        listener.stepTook("extractions", t5 - t4);
        int leadEnd = body.indexOf(CleanedText.PARAGRAPH_SEPARATOR);
        storyTopics.write(out, article, body, leadEnd < 0 ? body.length() : leadEnd, entities, !otherLanguage);
        listener.stepTook("topics", System.nanoTime() - t5);

        return out
                .setArticle(RawArticle.newBuilder(article).build())
                .setChange(change)
                .setBody(body)
                .setBoilerplate(new ArrayList<>(cleaned.removed()))
                .setLanguage(language.map(DetectedLanguage::code).orElse(null))
                .setLanguageConfidence(language.map(DetectedLanguage::confidence).orElse(0.0))
                .setWordCount(stats.words())
                .setSentenceCount(stats.sentences())
                .setParagraphCount(stats.paragraphs())
                .setReadingTimeMinutes(stats.readingTimeMinutes())
                .setEntities(entities)
                .setPrimaryPlace(primaryPlace(entities, dateline))
                .setEnrichedAt(enrichedAt)
                .setEnricher(name)
                .build();
    }

    private static Integer primaryPlace(List<Entity> entities, Optional<FoundDateline> dateline) {
        int index = PrimaryPlace.of(entities, dateline.map(FoundDateline::place).orElse(null));
        return index < 0 ? null : index;
    }

    /** The places of the story and its dateline place, which choose among homonyms ("Paris" datelined Texas). */
    private LinkContext linkContext(Optional<FoundDateline> dateline, List<TaggedEntity> tagged) {
        String datelinePlace = dateline.map(FoundDateline::place).orElse(null);
        List<String> places = new ArrayList<>();
        for (TaggedEntity e : tagged) {
            if (e.type() == EntityType.LOCATION) {
                places.add(e.name());
            }
        }
        return joiner.linker().contextFor(datelinePlace, places);
    }

    private static void linkFields(Entity.Builder entity, Link link) {
        if (link == null) {
            return;
        }
        entity.setWikidataId(link.wikidataId());
        if (link.geonamesId() > 0) {
            entity.setGeonamesId(link.geonamesId());
        }
        if (link.hasCoordinates()) {
            entity.setLatitude(link.latitude()).setLongitude(link.longitude());
        }
        entity.setCountryCode(link.countryCode());
    }

    /** The first {@link #LANGUAGE_PREFIX_CHARS} characters, cut back to the last whitespace. */
    private static String prefix(String body) {
        if (body.length() <= LANGUAGE_PREFIX_CHARS) {
            return body;
        }
        int end = LANGUAGE_PREFIX_CHARS;
        while (end > LANGUAGE_PREFIX_CHARS / 2 && !Character.isWhitespace(body.charAt(end))) {
            end--;
        }
        return body.substring(0, end);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String implementationVersion() {
        String v = Enricher.class.getPackage() == null ? null : Enricher.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
