package io.wirestream.streamapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.streamapp.lifecycle.Health;
import io.wirestream.streamapp.membership.InstanceIdentity;
import io.wirestream.testkit.Await;
import io.wirestream.testkit.ClientConfigs;
import io.wirestream.embedded.KafkaCluster;
import io.wirestream.testkit.SharedKafkaExtension;
import io.wirestream.testkit.TopicNames;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Static membership on a real broker: a stage that vanishes without leaving its group (as after a
 * SIGKILL, which a test cannot do inside its own JVM: {@link StreamApp#close()} remains in the
 * group, so the coordinator still counts the old member) and is started again on the same state
 * directory takes its partitions back and resumes output within 10 s, instead of after the 45 s a
 * dynamic member's session would take to expire, and leaves no dead member behind.
 */
@ExtendWith(SharedKafkaExtension.class)
class StaticMembershipIT {

    private static final Duration RESUME_TARGET = Duration.ofSeconds(10);

    @TempDir
    Path state;

    /** Counts records per key in a persistent store, as the stages keep per-story state. */
    static final class CountPerKey implements Processor<String, String, String, String> {
        private ProcessorContext<String, String> context;
        private KeyValueStore<String, Long> counts;

        @Override
        public void init(ProcessorContext<String, String> context) {
            this.context = context;
            this.counts = context.getStateStore("counts-store");
        }

        @Override
        public void process(Record<String, String> record) {
            Long before = counts.get(record.key());
            long now = before == null ? 1 : before + 1;
            counts.put(record.key(), now);
            context.forward(record.withValue(record.key() + "#" + now));
        }
    }

    @Test
    void aStageRestartedOnItsStateResumesWithinTenSecondsAsTheSameMember(KafkaCluster kafka, TestInfo info)
            throws Exception {
        String in = TopicNames.unique(info, "in");
        String out = TopicNames.unique(info, "out");
        String dlq = TopicNames.unique(info, "dlq");
        kafka.createTopics(2, in, out, dlq);
        String applicationId = TopicNames.unique(info, "app");

        Topology topology = new Topology();
        topology.addSource("read-in", new StringDeserializer(), new StringDeserializer(), in);
        topology.addProcessor("count-per-key", CountPerKey::new, "read-in");
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore("counts-store"),
                Serdes.String(), Serdes.Long()), "count-per-key");
        topology.addSink("write-out", out, new StringSerializer(), new StringSerializer(), "count-per-key");
        StreamSettings settings = new StreamSettings(applicationId, kafka.bootstrapServers(), state, "test-stage",
                dlq, Duration.ofMillis(100));
        String instanceId = InstanceIdentity.resolve(applicationId, state, null);

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(ClientConfigs.producer(kafka),
                new StringSerializer(), new StringSerializer());
             KafkaConsumer<String, String> reader = new KafkaConsumer<>(
                     ClientConfigs.readCommittedConsumer(kafka, applicationId + "-reader"),
                     new StringDeserializer(), new StringDeserializer());
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            reader.assign(List.of(new TopicPartition(out, 0), new TopicPartition(out, 1)));
            reader.seekToBeginning(reader.assignment());

            StreamApp first = new StreamApp("first", topology, settings).startAsync().awaitRunning(Duration.ofSeconds(60));
            producer.send(new ProducerRecord<>(in, "a", "1")).get();
            assertThat(values(Await.records(reader, 1, Duration.ofSeconds(60)))).containsExactly("a#1");
            first.close();

            // The coordinator still counts the vanished instance, as after a SIGKILL.
            assertThat(memberInstanceIds(admin, applicationId)).containsExactly(instanceId + "-1");

            long restart = System.nanoTime();
            StreamApp second = new StreamApp("second", topology, settings).startAsync();
            producer.send(new ProducerRecord<>(in, "a", "2")).get();
            producer.send(new ProducerRecord<>(in, "b", "3")).get();
            List<ConsumerRecord<String, String>> resumed = Await.records(reader, 2, RESUME_TARGET);
            Duration resumedAfter = Duration.ofNanos(System.nanoTime() - restart);
            System.out.println("StaticMembershipIT: output resumed " + resumedAfter.toMillis() + " ms after restart");

            try (second) {
                assertThat(values(resumed)).containsExactlyInAnyOrder("a#2", "b#1");
                assertThat(resumedAfter).isLessThan(RESUME_TARGET);
                second.awaitRunningPatiently(Duration.ofSeconds(1));
                assertThat(second.health().status()).isEqualTo(Health.Status.RUNNING);
                // The restarted process took the old member's place: no dead member left to wait out.
                assertThat(memberInstanceIds(admin, applicationId)).containsExactly(instanceId + "-1");
            }
        }
    }

    private static List<String> values(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::value).toList();
    }

    private static Set<String> memberInstanceIds(Admin admin, String group) throws Exception {
        ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
        return description.members().stream()
                .map(MemberDescription::groupInstanceId)
                .map(id -> id.orElse("(dynamic)"))
                .collect(Collectors.toSet());
    }
}
