/**
 * The trained entity tagger: a two-pass averaged perceptron over hashed features, decoded greedily over BILOU
 * labels, written for this project (no NLP library).
 *
 * <ul>
 *   <li>{@link io.wirestream.enrich.ner.perceptron.PerceptronNameFinder}: the
 *       {@link io.wirestream.enrich.ner.TokenNameFinder}; {@link io.wirestream.enrich.ner.perceptron.PerceptronTagger}
 *       the ready-made {@link io.wirestream.enrich.ner.EntityTagger} with the rule tagger's linking;</li>
 *   <li>{@code Features} (per-document feature extraction into primitive arrays), {@code Decoder} (greedy
 *       constrained decoding), {@code Labels} (BILOU);</li>
 *   <li>{@link io.wirestream.enrich.ner.perceptron.PerceptronTrainer} (averaged perceptron, jack-knifed second pass)
 *       and {@link io.wirestream.enrich.ner.perceptron.PerceptronModel} (weights and their compact file).</li>
 * </ul>
 *
 * <p>The hot path (feature extraction, scoring, decoding) uses int hashes and primitive arrays: no regexes, no
 * boxing and no allocation per token (arrays are allocated per document). The gazetteer lookup allocates a
 * lower-cased key per capitalised token.
 */
package io.wirestream.enrich.ner.perceptron;
