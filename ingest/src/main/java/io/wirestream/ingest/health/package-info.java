/** Per-source health: last success, last error, items and dead letters, quiet-source warnings. */
package io.wirestream.ingest.health;
