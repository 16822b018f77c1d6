/**
 * HTML article pages ({@code html}): metadata from meta tags and JSON-LD, main text by
 * {@link io.wirestream.ingest.format.html.MainContent}. See
 * {@link io.wirestream.ingest.format.html.HtmlArticleFormat}.
 */
package io.wirestream.ingest.format.html;
