/**
 * Where input comes from: {@link io.wirestream.ingest.source.FileSource} ingests given files once,
 * {@link io.wirestream.ingest.source.DropFolderSource} watches a folder and files what it ingested
 * into {@code done/} or {@code failed/} once committed. Both take the files
 * {@link io.wirestream.ingest.source.InputFiles} selects, read them with
 * {@link io.wirestream.ingest.source.FileReading}'s size cap, and hand the bytes to an
 * {@link io.wirestream.ingest.Ingestor}. Pushed documents come in through
 * {@link io.wirestream.ingest.source.http}.
 */
package io.wirestream.ingest.source;
