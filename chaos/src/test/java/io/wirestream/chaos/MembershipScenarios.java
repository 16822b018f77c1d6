package io.wirestream.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Scenarios about who owns enrich's (and publish's) partitions (issue 12, 3 to 5): a fenced
 * zombie, scaling out and back, and an instance that lost its state directory. Each runs with
 * {@link Harness#SHORT_TIMEOUTS} (6 s sessions and transactions, not the production 15 s and
 * 10 s), because each waits out a session or a transaction on purpose; what is proven does not
 * depend on their length.
 */
final class MembershipScenarios {

    /**
     * Lines a fenced Kafka Streams instance logs (client errors it meets when it wakes up). Seen
     * in practice: the commit of its open transaction, which the broker aborted on its timeout,
     * fails with {@code InvalidTxnStateException}; the stream thread dies, StreamApp replaces it
     * and the new thread rejoins the group as a fresh member of the same static instance.
     */
    private static final List<String> FENCED = List.of("InvalidTxnStateException", "ProducerFencedException",
            "InvalidProducerEpochException", "TaskMigratedException", "CommitFailedException", "FENCED_INSTANCE_ID",
            "UNKNOWN_MEMBER_ID");

    private static final List<String> REJOIN = List.of("RUNNING -> REBALANCING");

    private final Harness h;
    private final Duration recoveryLimit;
    private final Duration outputTimeout;

    MembershipScenarios(Harness h, Duration recoveryLimit, Duration outputTimeout) {
        this.h = h;
        this.recoveryLimit = recoveryLimit;
        this.outputTimeout = outputTimeout;
    }

    /**
     * Scenario 3: SIGSTOP enrich in the middle of a batch, start a second instance (its own state
     * directory, so its own {@code group.instance.id}), keep it paused until the second has put
     * out everything fed so far (the first's session has expired and its open transaction was
     * aborted by the broker's transaction timeout), then SIGCONT it: it wakes up as a zombie with
     * an open transaction the broker has aborted and a generation the group has moved past.
     */
    void zombie(int count) {
        Figures figures = new Figures("zombie-enrich");
        try (Deployment d = h.deployment("zombie", Harness.SHORT_TIMEOUTS)) {
            Topics topics = d.topics();
            OsProcess ingest = d.start("ingest");
            OsProcess zombie = d.start("enrich");
            OsProcess publish = d.start("publish");
            Stories stories = h.stories("zombie", count);
            figures.stories(count, stories.fileCount());
            Iterator<List<Stories.Version>> batches = stories.batches(4).iterator();
            List<Stories.Version> fed = new ArrayList<>(batches.next());
            h.feed(d, fed);
            Tail tail = d.tail();
            Harness.awaitEnriched(tail, topics, stories, fed, System.nanoTime(), recoveryLimit);

            List<Stories.Version> inFlight = batches.next();
            Stories.write(d.dropFolder(), inFlight);
            Stories.sleep(100 + h.random().nextInt(500));
            zombie.pause();
            long paused = System.nanoTime();
            figures.kill("enrich SIGSTOP");
            OsProcess second = d.start("enrich", 2);
            Stories.awaitTaken(d.dropFolder(), inFlight, Duration.ofSeconds(120));
            fed.addAll(inFlight);
            List<Stories.Version> whilePaused = batches.next();
            h.feed(d, whilePaused);
            fed.addAll(whilePaused);
            figures.recovery("takeover", Harness.awaitEnriched(tail, topics, stories, fed, paused, recoveryLimit));

            int rebalancesBefore = zombie.logLines(REJOIN).size();
            zombie.resume();
            long resumed = System.nanoTime();
            figures.restart();
            batches.forEachRemaining(batch -> h.feed(d, batch));
            Verdict verdict = Verdict.await(tail, topics, stories, outputTimeout);
            String end = awaitFenced(zombie, rebalancesBefore, Duration.ofSeconds(30));
            figures.note("zombie (SIGCONT after " + Duration.ofNanos(resumed - paused).toMillis() + " ms): " + end);
            figures.report(verdict, h.work());
            assertThat(verdict.clean()).as("output with a zombie enrich:%n%s", verdict).isTrue();
            assertThat(List.of(ingest, second, publish)).as("the other processes run on").allMatch(OsProcess::isAlive);
            assertThat(end).as("the zombie was fenced or died").doesNotStartWith("no sign");
        }
    }

    /**
     * How a resumed zombie ends: the fencing error it logged (when it woke up inside a transaction
     * the broker had aborted), else its rejoin (its Streams client going back to REBALANCING:
     * the group had removed it, so it may not commit before it has rejoined), its exit, or no sign.
     */
    private static String awaitFenced(OsProcess zombie, int rebalancesBefore, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<String> fenced = zombie.logLines(FENCED);
            List<String> rejoins = zombie.logLines(REJOIN);
            if (!fenced.isEmpty() || rejoins.size() > rebalancesBefore) {
                String what = (fenced.isEmpty() ? rejoins.get(rebalancesBefore) : fenced.get(0)).strip();
                return (fenced.isEmpty() ? "removed from the group, rejoined: " : "fenced: ")
                        + what.substring(0, Math.min(200, what.length()))
                        + (zombie.isAlive() ? " (alive, a member again)" : " (exited)");
            }
            if (!zombie.isAlive()) {
                return "exited with " + zombie.awaitExit(Duration.ofSeconds(1)) + " without logging fencing";
            }
            Stories.sleep(200);
        }
        return "no sign of fencing within " + timeout + " (alive: " + zombie.isAlive() + ")";
    }

    /**
     * Scenario 4: enrich and publish scale from one instance to two under load, then back to one
     * (the second instance SIGTERMed): every version once, nothing lost.
     */
    void scale(int count) {
        Figures figures = new Figures("scale-out-in");
        try (Deployment d = h.deployment("scale", Harness.SHORT_TIMEOUTS)) {
            Topics topics = d.topics();
            List<OsProcess> first = List.of(d.start("ingest"), d.start("enrich"), d.start("publish"));
            Stories stories = h.stories("scale", count);
            figures.stories(count, stories.fileCount());
            Iterator<List<Stories.Version>> batches = stories.batches(5).iterator();
            List<Stories.Version> fed = new ArrayList<>(batches.next());
            h.feed(d, fed);
            Tail tail = d.tail();
            Harness.awaitEnriched(tail, topics, stories, fed, System.nanoTime(), recoveryLimit);

            long out = System.nanoTime();
            List<OsProcess> second = List.of(d.start("enrich", 2), d.start("publish", 2));
            for (int i = 0; i < 2; i++) {
                List<Stories.Version> batch = batches.next();
                h.feed(d, batch);
                fed.addAll(batch);
            }
            second.forEach(p -> p.awaitLogLine("REBALANCING -> RUNNING", recoveryLimit));
            // Each second instance must take partitions from the first, not idle beside it.
            figures.note("enrich partitions of " + topics.raw().name() + " per member: "
                    + d.awaitSharedAssignment("enrich", topics.raw().name(), 2, recoveryLimit));
            figures.note("publish partitions of " + topics.enriched().name() + " per member: "
                    + d.awaitSharedAssignment("publish", topics.enriched().name(), 2, recoveryLimit));
            figures.recovery("scale out", Harness.awaitEnriched(tail, topics, stories, fed, out, recoveryLimit));
            List<Stories.Version> withTwo = batches.next();
            h.feed(d, withTwo);
            fed.addAll(withTwo);
            Harness.awaitEnriched(tail, topics, stories, fed, out, recoveryLimit);

            long in = System.nanoTime();
            second.forEach(OsProcess::terminate);
            for (OsProcess p : second) {
                int code = p.awaitExit(Duration.ofSeconds(60));
                assertThat(code).as("%s exit code after SIGTERM", p.name()).isIn(0, 143);
            }
            batches.forEachRemaining(batch -> {
                h.feed(d, batch);
                fed.addAll(batch);
            });
            figures.recovery("scale in", Harness.awaitEnriched(tail, topics, stories, fed, in, recoveryLimit));
            Verdict verdict = Verdict.await(tail, topics, stories, outputTimeout);
            figures.report(verdict, h.work());
            assertThat(verdict.clean()).as("output across scale out and in:%n%s", verdict).isTrue();
            assertThat(first).as("the first instances run on").allMatch(OsProcess::isAlive);
        }
    }

    /**
     * Scenario 5: enrich SIGKILLed, its state directory deleted, restarted on the empty directory
     * (so as a new group member). Then each story's version 1 is dropped into the folder again:
     * a re-delivery for single-version stories, an old version for updated and killed ones. The
     * version store, restored from its changelog, must drop them all: any that came out would be
     * a duplicate (id, version) on the enriched topics and, for the updated ones, a stale latest.
     */
    void stateLoss(int count) {
        Figures figures = new Figures("state-loss");
        try (Deployment d = h.deployment("state", Harness.SHORT_TIMEOUTS)) {
            Topics topics = d.topics();
            OsProcess ingest = d.start("ingest");
            OsProcess enrich = d.start("enrich");
            OsProcess publish = d.start("publish");
            Stories stories = h.stories("state", count);
            figures.stories(count, stories.fileCount());
            stories.batches(2).forEach(batch -> h.feed(d, batch));
            Tail tail = d.tail();
            Verdict before = Verdict.await(tail, topics, stories, outputTimeout);
            assertThat(before.clean()).as("output before the state loss:%n%s", before).isTrue();

            enrich.kill();
            figures.kill("enrich");
            d.wipeState("enrich", 1);
            enrich = d.restart(enrich);
            figures.restart();
            List<Stories.Version> replay = stories.firstVersions();
            Stories.write(d.dropFolder(), replay, "-replay");
            Stories.awaitTaken(d.dropFolder(), replay, "-replay", Duration.ofSeconds(120));
            // A new story behind the replay: its output shows the restarted enrich at work.
            Stories sentinel = h.stories("state-sentinel", 6);
            sentinel.batches(2).forEach(batch -> h.feed(d, batch));
            figures.recovery("enrich", tail.awaitFirstAfter(topics.enriched().name(), enrich.startedNanos(),
                    recoveryLimit));
            d.awaitCaughtUp("enrich", topics.raw().name(), outputTimeout);
            figures.recovery("caught up", Duration.ofNanos(System.nanoTime() - enrich.startedNanos()));
            Verdict after = Verdict.await(tail, topics, stories, outputTimeout);
            Verdict news = Verdict.await(tail, topics, sentinel, outputTimeout);
            figures.note("replayed " + replay.size() + " version-1 files after the state loss");
            figures.report(after, h.work());
            assertThat(after.rawDuplicated).as("the replay reached the raw topic").isEqualTo(replay.size());
            assertThat(after.clean()).as("no replayed old version came out again:%n%s", after).isTrue();
            assertThat(news.clean()).as("new stories after the state loss:%n%s", news).isTrue();
            assertThat(List.of(ingest, enrich, publish)).allMatch(OsProcess::isAlive);
        }
    }
}
