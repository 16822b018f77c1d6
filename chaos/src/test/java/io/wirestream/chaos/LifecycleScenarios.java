package io.wirestream.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.Topics;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenarios 6 and 7 (issue 12), on the life of the processes rather than the group: ingest
 * SIGKILLed while it drains a drop folder (each file must reach the raw topic once, thanks to
 * the ingest ledger), and every stage SIGTERMed (each must drain and commit, so a clean restart
 * reprocesses nothing).
 */
final class LifecycleScenarios {

    private final Harness h;
    private final Duration recoveryLimit;
    private final Duration outputTimeout;

    LifecycleScenarios(Harness h, Duration recoveryLimit, Duration outputTimeout) {
        this.h = h;
        this.recoveryLimit = recoveryLimit;
        this.outputTimeout = outputTimeout;
    }

    /** Scenario 6: SIGKILL ingest {@code kills} times while it works through a full drop folder of {@code count} stories. */
    void ingestKills(int count, int kills) {
        Figures figures = new Figures("kill-ingest");
        try (Deployment d = h.deployment("ingest")) {
            Topics topics = d.topics();
            d.start("enrich");
            d.start("publish");
            OsProcess ingest = d.start("ingest");
            Stories stories = h.stories("ingest", count);
            figures.stories(count, stories.fileCount());
            List<List<Stories.Version>> batches = stories.batches(2);
            Tail tail = d.tail();
            Stories.write(d.dropFolder(), batches.get(0));
            for (int k = 0; k < kills && left(d, batches.get(0)) > 0; k++) {
                long before = left(d, batches.get(0));
                long deadline = System.nanoTime() + recoveryLimit.toNanos();
                while (left(d, batches.get(0)) == before && System.nanoTime() < deadline) {
                    Stories.sleep(20);
                }
                // Working through the folder now: kill it at a random moment of that.
                Stories.sleep(h.random().nextInt(300));
                ingest.kill();
                figures.kill("ingest");
                figures.note("ingest kill " + (k + 1) + ": " + left(d, batches.get(0)) + " of "
                        + batches.get(0).size() + " files still in the drop folder");
                ingest = d.restart(ingest);
                figures.restart();
            }
            Stories.awaitTaken(d.dropFolder(), batches.get(0), Duration.ofSeconds(180));
            h.feed(d, batches.get(1));
            Verdict verdict = Verdict.await(tail, topics, stories, outputTimeout);
            figures.report(verdict, h.work());
            assertThat(verdict.clean()).as("output after %d ingest kills:%n%s", kills, verdict).isTrue();
            assertThat(d.failedFiles()).as("files in failed/").isZero();
            assertThat(verdict.rawLost).as("files not on the raw topic").isZero();
            // Issue 12: "each file ... is in Kafka exactly once after restart". The ingest ledger,
            // written in each file's transaction, lets the restarted drop folder move a file that
            // was committed before the kill instead of sending it again (docs/reliability.md).
            assertThat(verdict.rawDuplicated).as("files sent twice to the raw topic after %d ingest kills", kills)
                    .isZero();
        }
    }

    private static long left(Deployment d, List<Stories.Version> batch) {
        return batch.stream().filter(v -> Files.exists(d.dropFolder().resolve(v.fileName()))).count();
    }

    /** Scenario 7: SIGTERM drains and commits; a clean restart reprocesses nothing. */
    void sigterm(int count) {
        Figures figures = new Figures("sigterm");
        try (Deployment d = h.deployment("sigterm")) {
            Topics topics = d.topics();
            List<String> stages = List.of("ingest", "enrich", "publish");
            List<OsProcess> running = new ArrayList<>(stages.stream().map(d::start).toList());
            Stories stories = h.stories("sigterm", count);
            figures.stories(count, stories.fileCount());
            Tail tail = d.tail();
            stories.batches(2).forEach(batch -> h.feed(d, batch));
            Verdict first = Verdict.await(tail, topics, stories, outputTimeout);
            assertThat(first.clean()).as("output before the shutdown:%n%s", first).isTrue();
            List<String> outputs = List.of(topics.raw().name(), topics.enriched().name(), topics.enrichedJson().name(),
                    topics.latest().name(), topics.desk("business").name(), topics.deadLetters().name());
            Map<String, Integer> before = new LinkedHashMap<>();
            outputs.forEach(t -> before.put(t, tail.count(t)));

            long stopping = System.nanoTime();
            running.forEach(OsProcess::terminate);
            for (OsProcess p : running) {
                int code = p.awaitExit(Duration.ofSeconds(60));
                figures.note(p.name() + " exited with " + code + " "
                        + Duration.ofNanos(System.nanoTime() - stopping).toMillis() + " ms after SIGTERM");
                assertThat(code).as("%s exit code after SIGTERM", p.name()).isIn(0, 143);
            }
            running.replaceAll(d::restart);
            long restarted = System.nanoTime();
            Stories sentinel = h.stories("sigterm-sentinel", 1);
            sentinel.batches(2).forEach(batch -> h.feed(d, batch));
            figures.recovery("pipeline", tail.awaitFirstAfter(topics.latest().name(), restarted, recoveryLimit));
            Verdict after = Verdict.await(tail, topics, sentinel, outputTimeout);
            int versions = sentinel.expectedVersions().size();
            boolean business = sentinel.expected().values().iterator().next().business();
            Map<String, Integer> expected = new LinkedHashMap<>();
            outputs.forEach(t -> expected.put(t, before.get(t) + (t.equals(topics.deadLetters().name()) ? 0
                    : t.equals(topics.desk("business").name()) ? (business ? versions : 0) : versions)));
            Map<String, Integer> actual = new LinkedHashMap<>();
            outputs.forEach(t -> actual.put(t, tail.count(t)));
            figures.note("records per topic before the restart " + before + ", after " + actual);
            figures.report(first, h.work());
            assertThat(after.clean()).as("sentinel after the restart:%n%s", after).isTrue();
            assertThat(actual).as("only the sentinel is new after a clean restart").isEqualTo(expected);
        }
    }
}
