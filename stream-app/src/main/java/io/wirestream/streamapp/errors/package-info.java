/**
 * Kafka Streams exception handlers that turn a bad record into a {@code DeadLetter} on the
 * dead-letter topic (KIP-1034: the record is sent by the task's own producer, inside the
 * exactly-once transaction) and let the stage carry on.
 */
package io.wirestream.streamapp.errors;
