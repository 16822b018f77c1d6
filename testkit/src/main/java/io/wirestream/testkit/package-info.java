/**
 * A real Kafka for the Wirestream demo and integration tests.
 *
 * <ul>
 *   <li>{@link io.wirestream.testkit.KafkaCluster}: where clients connect and how topics are made;
 *       {@link io.wirestream.testkit.TestClusters#fromEnvironment()} picks an external, container or embedded cluster
 *       or starts an {@link io.wirestream.testkit.EmbeddedKafka}, a single-node KRaft broker in this JVM.</li>
 *   <li>For {@code *IT} tests: {@link io.wirestream.testkit.SharedKafkaExtension} (one broker per JVM),
 *       {@link io.wirestream.testkit.TopicNames} (unique names per test),
 *       {@link io.wirestream.testkit.Await} (poll to a deadline) and
 *       {@link io.wirestream.testkit.ClientConfigs}.</li>
 * </ul>
 *
 * <p>Kafka's internal server classes are used only by {@code EmbeddedKafka}. The testkit logs through
 * slf4j and brings no logging backend.
 */
package io.wirestream.testkit;
