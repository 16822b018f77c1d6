package io.wirestream.streamapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.DeadLetter;
import io.wirestream.schemas.Topics;
import io.wirestream.testkit.Await;
import io.wirestream.embedded.KafkaCluster;
import io.wirestream.testkit.SharedKafkaExtension;
import io.wirestream.testkit.TopicNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three exception handlers on a real broker with exactly-once: a record that cannot be read,
 * one that makes a processor throw, and one whose output cannot be serialized each become one dead
 * letter with the original bytes and source coordinates, and the records around them still flow.
 */
@ExtendWith(SharedKafkaExtension.class)
class DeadLetterHandlersIT {

    @TempDir
    Path state;

    /** Refuses values starting with '!', as a corrupt Avro record would be refused. */
    static final class StrictDeserializer implements Deserializer<String> {
        @Override
        public String deserialize(String topic, byte[] data) {
            String value = new String(data, StandardCharsets.UTF_8);
            if (value.startsWith("!")) {
                throw new SerializationException("unreadable value '" + value + "'");
            }
            return value;
        }
    }

    /** Refuses to write values starting with "UNWRITABLE". */
    static final class StrictSerializer extends StringSerializer {
        @Override
        public byte[] serialize(String topic, String data) {
            if (data.startsWith("UNWRITABLE")) {
                throw new SerializationException("cannot write '" + data + "'");
            }
            return super.serialize(topic, data);
        }
    }

    /** Upper-cases; throws on "boom". */
    static final class Shout implements Processor<String, String, String, String> {
        private ProcessorContext<String, String> context;

        @Override
        public void init(ProcessorContext<String, String> context) {
            this.context = context;
        }

        @Override
        public void process(Record<String, String> record) {
            if (record.value().equals("boom")) {
                throw new IllegalStateException("cannot shout " + record.key());
            }
            context.forward(record.withValue(record.value().toUpperCase()));
        }
    }

    @Test
    void eachKindOfBadRecordBecomesOneDeadLetterAndTheStageGoesOn(KafkaCluster kafka, TestInfo info)
            throws Exception {
        String in = TopicNames.unique(info, "in");
        String out = TopicNames.unique(info, "out");
        String dlq = TopicNames.unique(info, "dlq");
        kafka.createTopics(1, in, out, dlq);

        Topology topology = new Topology();
        topology.addSource("read-in", new StringDeserializer(), new StrictDeserializer(), in);
        topology.addProcessor("shout", Shout::new, "read-in");
        topology.addSink("write-out", out, new StringSerializer(), new StrictSerializer(), "shout");

        StreamSettings settings = new StreamSettings(TopicNames.unique(info, "app"), kafka.bootstrapServers(), state,
                "test-stage", dlq, Duration.ofMillis(100));
        Properties props = settings.toProperties();

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            for (String[] kv : List.of(new String[] {"k1", "a"}, new String[] {"k2", "!bad"},
                    new String[] {"k3", "boom"}, new String[] {"k4", "unwritable"}, new String[] {"k5", "z"})) {
                producer.send(new ProducerRecord<>(in, kv[0], kv[1])).get();
            }
        }

        try (KafkaStreams streams = new KafkaStreams(topology, props)) {
            streams.start();
            List<ConsumerRecord<byte[], byte[]>> outputs = readCommitted(kafka, out, 2);
            List<ConsumerRecord<byte[], byte[]>> letters = readCommitted(kafka, dlq, 3);

            assertThat(outputs).extracting(r -> new String(r.value(), StandardCharsets.UTF_8)).containsExactly("A", "Z");
            List<DeadLetter> decoded = letters.stream().map(r -> Topics.deadLetterSerde().decode(r.value())).toList();
            assertThat(decoded).extracting(d -> new String(d.getPayload().array(), StandardCharsets.UTF_8))
                    .containsExactly("!bad", "boom", "unwritable");
            assertThat(decoded).extracting(DeadLetter::getSourceOffset).containsExactly(1L, 2L, 3L);
            assertThat(decoded).allSatisfy(d -> {
                assertThat(d.getStage()).isEqualTo("test-stage");
                assertThat(d.getSourceTopic()).isEqualTo(in);
                assertThat(d.getSourcePartition()).isZero();
            });
            assertThat(decoded.get(0).getErrorMessage()).contains("unreadable value");
            assertThat(decoded.get(1).getErrorClass()).isEqualTo(IllegalStateException.class.getName());
            assertThat(decoded.get(1).getErrorMessage()).contains("cannot shout k3");
            assertThat(decoded.get(2).getErrorMessage()).contains("cannot write 'UNWRITABLE'");
            assertThat(letters).extracting(r -> new String(r.key(), StandardCharsets.UTF_8))
                    .containsExactly("k2", "k3", "k4");
            assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> readCommitted(KafkaCluster kafka, String topic, int count) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, topic + "-reader");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>(Await.records(consumer, count,
                    Duration.ofSeconds(60)));
            return records;
        }
    }
}
