/**
 * Benchmarks run by {@code wirestream bench}: measurements, not tests. {@link io.wirestream.enrich.bench.NerBenchmark}
 * times the entity tagger and the whole {@link io.wirestream.enrich.Enricher} on generated articles.
 */
package io.wirestream.enrich.bench;
