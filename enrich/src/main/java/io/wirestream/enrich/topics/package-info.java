/**
 * IPTC Media Topics and keyphrases for a story ({@link io.wirestream.enrich.topics.StoryTopics}): agency subject
 * codes mapped to Media Topics ({@link io.wirestream.enrich.topics.AgencyTopicMapper}), topics classified from the
 * text with a weighted lexicon ({@link io.wirestream.enrich.topics.TopicClassifier}) and RAKE-style keyphrases
 * ({@link io.wirestream.enrich.topics.KeyphraseExtractor}). The taxonomy is a bundled selection of IPTC's
 * vocabulary ({@link io.wirestream.enrich.topics.MediaTopicTaxonomy}, CC BY 4.0). No Kafka, no regular
 * expressions on the hot path; immutable and thread-safe.
 */
package io.wirestream.enrich.topics;
