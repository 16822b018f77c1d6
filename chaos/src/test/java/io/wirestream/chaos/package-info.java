/**
 * The chaos harness (issue 12): the broker ({@code BrokerMain}) and each {@code wirestream run}
 * stage as an OS process ({@link io.wirestream.chaos.Launcher}, {@link io.wirestream.chaos.OsProcess}),
 * generated stories with a known outcome ({@link io.wirestream.chaos.Stories}), a read_committed
 * tail ({@link io.wirestream.chaos.Tail}) and the judgement of its output
 * ({@link io.wirestream.chaos.Verdict}, {@link io.wirestream.chaos.Figures}); the scenarios are
 * in {@link io.wirestream.chaos.ChaosIT}. See docs/reliability.md.
 */
package io.wirestream.chaos;
