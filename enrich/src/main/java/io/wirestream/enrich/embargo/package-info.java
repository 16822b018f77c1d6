/**
 * Embargo: versions that must not be published yet are held in a state store and released at their
 * time, exactly once. {@link io.wirestream.enrich.embargo.EmbargoHold} is the processor,
 * {@link io.wirestream.enrich.embargo.EmbargoSettings} its bounds.
 */
package io.wirestream.enrich.embargo;
