/**
 * Near-duplicates and story clusters: a MinHash fingerprint of a story's word shingles links a re-worded
 * re-send to the original, an event signature of its salient terms links other agencies' copy of the same
 * event, and {@link io.wirestream.enrich.cluster.StoryClusterer} assigns cluster ids in the enrich topology
 * from a store bounded in time.
 */
package io.wirestream.enrich.cluster;
