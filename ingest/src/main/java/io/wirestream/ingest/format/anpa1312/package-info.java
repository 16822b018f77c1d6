/**
 * ANPA-1312 teletype streams ({@code anpa1312}), as AP and other North American agencies send
 * them. See {@link io.wirestream.ingest.format.anpa1312.Anpa1312Format}.
 */
package io.wirestream.ingest.format.anpa1312;
