/**
 * Desk routing: a small rules file says which desks a story goes to
 * ({@link io.wirestream.publish.route.DeskRules}); {@link io.wirestream.publish.route.DeskRouter}
 * applies it and remembers where each story went, so updates and kills follow it.
 */
package io.wirestream.publish.route;
