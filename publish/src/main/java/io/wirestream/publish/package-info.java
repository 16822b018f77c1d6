/**
 * The publish stage: from the enriched stream to what editors' tools, search indexes and apps read
 * (JSON, a compacted latest-version topic, routed desk topics). See {@link io.wirestream.publish.PublishTopology}.
 */
package io.wirestream.publish;
