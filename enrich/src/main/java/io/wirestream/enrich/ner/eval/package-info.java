/**
 * Evaluation of {@link io.wirestream.enrich.ner.EntityTagger}s on CoNLL-2003-format data: exact-span precision,
 * recall and F1 per entity type. The data itself (Reuters text, research use only) is never part of the build;
 * tests read it from the workspace when present.
 */
package io.wirestream.enrich.ner.eval;
