/**
 * Where input comes from: {@link io.wirestream.ingest.source.FileSource} ingests given files once,
 * {@link io.wirestream.ingest.source.DropFolderSource} watches a folder and files what it ingested
 * into {@code done/} or {@code failed/}. Both hand bytes to an {@link io.wirestream.ingest.Ingestor}.
 */
package io.wirestream.ingest.source;
