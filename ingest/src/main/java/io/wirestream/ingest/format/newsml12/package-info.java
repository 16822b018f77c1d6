/** IPTC NewsML 1.2 ({@code newsml-1.2}) as AFP, Belga, EFE and ATS send it. */
package io.wirestream.ingest.format.newsml12;
