/**
 * Decoding of non-XML text input ({@link io.wirestream.ingest.format.text.TextDecoder}): byte order
 * marks, strict UTF-8, and the 8-bit Latin charsets wire services still send, chosen by byte
 * evidence. XML formats decode by their declaration instead.
 */
package io.wirestream.ingest.format.text;
