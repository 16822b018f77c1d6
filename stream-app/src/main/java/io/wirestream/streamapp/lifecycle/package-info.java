/**
 * The lifecycle of a stream stage: how often a stream thread may fail before the client gives up
 * ({@link io.wirestream.streamapp.lifecycle.FailureWindow}) and what a caller can learn of its
 * state ({@link io.wirestream.streamapp.lifecycle.Health}).
 */
package io.wirestream.streamapp.lifecycle;
