/**
 * Group membership of a stage instance: its stable {@code group.instance.id}
 * ({@link io.wirestream.streamapp.membership.InstanceIdentity}) and the session timeout chosen for it.
 */
package io.wirestream.streamapp.membership;
