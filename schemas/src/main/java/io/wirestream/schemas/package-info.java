/**
 * Wirestream's wire contract: Avro records ({@link io.wirestream.schemas.RawArticle},
 * {@link io.wirestream.schemas.EnrichedArticle}, {@link io.wirestream.schemas.DeadLetter}), every
 * historic version of their schemas ({@link io.wirestream.schemas.SchemaHistory}), the serdes that
 * read and write them as Avro single-object encoding, and the topics they travel on.
 *
 * <p>No schema registry server is needed: each record carries the 64-bit fingerprint of its writer
 * schema, and this jar ships every schema ever written, so any consumer of it can decode any record.
 */
package io.wirestream.schemas;
