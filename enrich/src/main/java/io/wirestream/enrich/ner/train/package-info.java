/**
 * Training the entity tagger from CoNLL-2003 files: {@link io.wirestream.enrich.ner.train.NerTrainer}, the plain-Java
 * side of {@code wirestream train-ner}.
 */
package io.wirestream.enrich.ner.train;
