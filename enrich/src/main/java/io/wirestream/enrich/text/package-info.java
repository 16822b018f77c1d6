/**
 * A light word scan over cleaned text ({@link io.wirestream.enrich.text.Words}) shared by the date, quantity
 * and quote extractors: one pass of plain character tests, no regular expressions, because it runs on
 * every article.
 */
package io.wirestream.enrich.text;
