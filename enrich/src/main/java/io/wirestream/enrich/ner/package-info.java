/**
 * Named-entity tagging of cleaned article text: PERSON, ORGANIZATION, LOCATION and MISC.
 *
 * <p>Layout, OpenNLP-style, so that the statistical tagger ({@link io.wirestream.enrich.ner.perceptron}, trained on
 * CoNLL-2003) and the rules sit side by side:
 * <ul>
 *   <li>{@link io.wirestream.enrich.ner.Tokenizer} turns text into {@link io.wirestream.enrich.ner.Token}s with
 *       character offsets; {@link io.wirestream.enrich.ner.TokenShape} is a reusable token feature;</li>
 *   <li>a {@link io.wirestream.enrich.ner.TokenNameFinder} maps sentences of tokens to
 *       {@link io.wirestream.enrich.ner.TokenSpan}s; {@link io.wirestream.enrich.ner.RuleBasedNameFinder} is
 *       the first one (capitalisation, cue words, titles, the {@link io.wirestream.enrich.ner.PlaceGazetteer});</li>
 *   <li>{@link io.wirestream.enrich.ner.NameFinderTagger} adapts any finder to the text-level
 *       {@link io.wirestream.enrich.ner.EntityTagger}; {@link io.wirestream.enrich.ner.RuleBasedTagger} is the
 *       ready-made rule tagger;</li>
 *   <li>{@link io.wirestream.enrich.ner.LinkingNameFinder} adds the rule tagger's document-level linking (acronyms,
 *       surnames) to any finder; {@link io.wirestream.enrich.ner.GazetteerNameFinder} tags gazetteer places only,
 *       for text in languages without a model;</li>
 *   <li>{@link io.wirestream.enrich.ner.EntityAggregator} groups mentions into entities.</li>
 * </ul>
 *
 * <p>Pure Java, no Kafka types; every public class here is immutable and thread-safe.
 */
package io.wirestream.enrich.ner;
