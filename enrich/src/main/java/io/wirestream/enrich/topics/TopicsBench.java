package io.wirestream.enrich.topics;

import io.wirestream.enrich.bench.NerBenchmark;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.PubStatus;
import io.wirestream.schemas.RawArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Single-thread CPU time of the topics step ({@link StoryTopics#write}) and of its parts (classifier, keyphrases,
 * word scan) on the {@link NerBenchmark}'s generated {@value NerBenchmark#WORDS}-word articles, after a warm-up.
 * Thread CPU time rather than wall time, so that other load on a shared machine counts less. A measurement, not a
 * test: after {@code ./mvnw -B -ntp -q -pl cli -am package -DskipTests}, run
 * {@code java -cp "cli/target/wirestream-cli.jar:cli/target/lib/*" io.wirestream.enrich.topics.TopicsBench}.
 */
public final class TopicsBench {

    private TopicsBench() {
    }

    public static void main(String[] args) {
        StoryTopics topics = StoryTopics.standard();
        NerBenchmark generator = new NerBenchmark(7);
        List<RawArticle> articles = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            List<String> paragraphs = generator.article();
            articles.add(RawArticle.newBuilder().setId("b" + i).setVersion(1).setPubStatus(PubStatus.USABLE)
                    .setProvider("bench").setFormat("agency-text").setOrigin("bench").setReceivedAt(Instant.EPOCH)
                    .setHeadline("Port talks stall as prices rise in Bergen").setBody(paragraphs)
                    .setContentHash("h").build());
            bodies.add(String.join("\n\n", paragraphs));
        }
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        MediaTopicTaxonomy taxonomy = MediaTopicTaxonomy.bundled();
        TopicClassifier classifier = new TopicClassifier(taxonomy, TopicLexicon.bundled(taxonomy));
        KeyphraseExtractor keyphrases = KeyphraseExtractor.bundled();
        long sink = 0;
        for (int part = 0; part < 3; part++) {
            for (int round = 0; round < 2; round++) {
                long c0 = cpu.getCurrentThreadCpuTime();
                int n = 0;
                while (cpu.getCurrentThreadCpuTime() - c0 < 2_000_000_000L) {
                    String body = bodies.get(n % bodies.size());
                    sink += part == 0 ? classifier.classify("Port talks stall", body, body.indexOf("\n\n")).size()
                            : part == 1 ? keyphrases.extract("Port talks stall", body, body.indexOf("\n\n"), List.of()).size()
                            : WordScan.words(body).size();
                    n++;
                }
                if (round == 1) {
                    System.out.printf("%s: %.1f us CPU per article%n", part == 0 ? "classifier" : part == 1 ? "keyphrases" : "word scan",
                            (cpu.getCurrentThreadCpuTime() - c0) / 1000.0 / n);
                }
            }
        }
        for (int round = 0; round < 2; round++) {
            int n = 0;
            long start = cpu.getCurrentThreadCpuTime();
            long deadline = start + (round == 0 ? 2_000_000_000L : 3_000_000_000L);
            while (cpu.getCurrentThreadCpuTime() < deadline) {
                int i = n % articles.size();
                String body = bodies.get(i);
                EnrichedArticle.Builder out = EnrichedArticle.newBuilder();
                topics.write(out, articles.get(i), body, body.indexOf("\n\n"), List.of(), true);
                sink += out.getTopics().size() + out.getKeyphrases().size();
                n++;
            }
            if (round == 1) {
                double micros = (cpu.getCurrentThreadCpuTime() - start) / 1000.0 / n;
                System.out.printf("topics step: %.1f us CPU per %d-word article (%d articles, sink %d)%n",
                        micros, NerBenchmark.WORDS, n, sink);
            }
        }
    }
}
