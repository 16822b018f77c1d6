/**
 * NITF 3.x ({@code nitf}) as AP, NTB, EFE and PA send it; {@link io.wirestream.ingest.format.nitf.NitfDocument}
 * is also used by the NewsML formats for the NITF they carry inline.
 */
package io.wirestream.ingest.format.nitf;
