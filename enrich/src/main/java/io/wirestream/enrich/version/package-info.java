/**
 * Story version tracking: which incoming article versions are new, updates, kills, stale or
 * re-deliveries. {@link io.wirestream.enrich.version.VersionPolicy} decides;
 * {@link io.wirestream.enrich.version.VersionTracker} applies it with a state store.
 */
package io.wirestream.enrich.version;
