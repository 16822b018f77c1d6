package io.wirestream.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scenario 8 (issue 12): poison pills at every stage with restarts in between. Undecodable bytes
 * are written straight to the raw topic (enrich's input) and to the enriched topic (publish's
 * input); enrich and publish are SIGKILLed right after and restarted. A stage that crashed on a
 * bad record would die again on it after each restart (a crash loop); one whose dead letter and
 * offset were not in one transaction would write the letter twice. So: every process still
 * runs, each bad record is exactly one dead letter holding its original bytes and the right
 * stage, and the valid stories around them come out exactly once.
 */
final class PoisonPillScenario {

    private final Harness h;
    private final Duration recoveryLimit;
    private final Duration outputTimeout;

    PoisonPillScenario(Harness h, Duration recoveryLimit, Duration outputTimeout) {
        this.h = h;
        this.recoveryLimit = recoveryLimit;
        this.outputTimeout = outputTimeout;
    }

    void run(int count) {
        Figures figures = new Figures("poison-pills");
        try (Deployment d = h.deployment("poison")) {
            Topics topics = d.topics();
            OsProcess ingest = d.start("ingest");
            OsProcess enrich = d.start("enrich");
            OsProcess publish = d.start("publish");
            Stories stories = h.stories("poison", count);
            figures.stories(count, stories.fileCount());
            Iterator<List<Stories.Version>> batches = stories.batches(4).iterator();
            h.feed(d, batches.next());
            Tail tail = d.tail();
            tail.awaitFirstAfter(topics.latest().name(), 0, recoveryLimit);
            // Keys outside the stories' prefix, so the verdict on the stories does not read them.
            String prefix = "urn:chaos-poison:" + stories.run() + ":";
            Map<String, byte[]> bad = new LinkedHashMap<>();
            Map<String, String> stageOf = new TreeMap<>();

            for (int i = 0; i < 3; i++) {
                byte[] value = ("not an article " + i + " \u00ff\u00fe").getBytes(StandardCharsets.UTF_8);
                bad.put(prefix + "raw-" + i, value);
                stageOf.put(prefix + "raw-" + i, "enrich");
                d.produce(topics.raw().name(), prefix + "raw-" + i, value);
            }
            Stories.sleep(h.random().nextInt(1000));
            enrich.kill();
            figures.kill("enrich");
            h.feed(d, batches.next());
            enrich = d.restart(enrich);
            figures.restart();
            figures.recovery("enrich", tail.awaitFirstAfter(topics.enriched().name(), enrich.startedNanos(),
                    recoveryLimit));

            for (int i = 0; i < 3; i++) {
                byte[] value = new byte[] {(byte) 0xC3, 0x01, 0x00, (byte) i, (byte) 0xFF};
                bad.put(prefix + "enriched-" + i, value);
                stageOf.put(prefix + "enriched-" + i, "publish");
                d.produce(topics.enriched().name(), prefix + "enriched-" + i, value);
            }
            Stories.sleep(h.random().nextInt(1000));
            publish.kill();
            figures.kill("publish");
            h.feed(d, batches.next());
            publish = d.restart(publish);
            figures.restart();
            figures.recovery("publish", tail.awaitFirstAfter(topics.latest().name(), publish.startedNanos(),
                    recoveryLimit));
            batches.forEachRemaining(batch -> h.feed(d, batch));

            Verdict verdict = Verdict.await(tail, topics, stories, outputTimeout);
            d.awaitCaughtUp("enrich", topics.raw().name(), outputTimeout);
            d.awaitCaughtUp("publish", topics.enriched().name(), outputTimeout);
            tail.awaitQuiet(Duration.ofSeconds(3));
            List<Tail.Arrival> letters = new Tail.View(tail, prefix).records(topics.deadLetters().name());
            figures.note(bad.size() + " poison pills, " + letters.size() + " dead letters");
            figures.report(verdict, h.work());

            Map<String, String> letterStage = new TreeMap<>();
            for (Tail.Arrival a : letters) {
                DeadLetter letter = Topics.deadLetterSerde().decode(a.value());
                assertThat(letterStage.put(a.key(), letter.getStage())).as("a second dead letter for %s", a.key())
                        .isNull();
                assertThat(bytes(letter.getPayload())).as("original bytes of %s", a.key()).isEqualTo(bad.get(a.key()));
            }
            assertThat(letterStage).as("one dead letter per poison pill, from the stage that read it")
                    .isEqualTo(stageOf);
            assertThat(verdict.deadLetters).as("no other dead letter").isEqualTo(bad.size());
            assertThat(verdict.topics.values()).as("valid stories around the poison:%n%s", verdict)
                    .allMatch(Verdict.TopicCounts::clean);
            assertThat(verdict.stale).isZero();
            assertThat(List.of(ingest, enrich, publish)).as("no stage crashed on a poison pill")
                    .allMatch(OsProcess::isAlive);
        }
    }

    private static byte[] bytes(ByteBuffer buffer) {
        if (buffer == null) {
            return null;
        }
        ByteBuffer view = buffer.duplicate();
        byte[] b = new byte[view.remaining()];
        view.get(b);
        return b;
    }
}
