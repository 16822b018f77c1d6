/**
 * Wiring of the three stages into one pipeline against a Kafka cluster: the topics
 * ({@link io.wirestream.pipeline.TopicSetup}) and the running stages
 * ({@link io.wirestream.pipeline.Pipeline}). Used by the CLI and the end-to-end tests.
 */
package io.wirestream.pipeline;
