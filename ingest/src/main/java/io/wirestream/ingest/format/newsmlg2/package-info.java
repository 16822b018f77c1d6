/** IPTC NewsML-G2 ({@code newsml-g2}): newsItem, newsMessage and packageItem resolved in-document. */
package io.wirestream.ingest.format.newsmlg2;
