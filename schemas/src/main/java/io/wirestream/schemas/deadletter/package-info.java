/**
 * Building dead letters: {@link io.wirestream.schemas.deadletter.DeadLetters} is the one factory
 * every stage uses, {@link io.wirestream.schemas.deadletter.OriginalBytes} what a dead letter keeps
 * of its input.
 */
package io.wirestream.schemas.deadletter;
