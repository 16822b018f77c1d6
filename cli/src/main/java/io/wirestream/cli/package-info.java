/**
 * The {@code wirestream} command line: {@code demo}, {@code parse}, {@code enrich}, {@code run}.
 * Commands are picocli classes; wiring of stages lives in {@code io.wirestream.pipeline}.
 */
package io.wirestream.cli;
