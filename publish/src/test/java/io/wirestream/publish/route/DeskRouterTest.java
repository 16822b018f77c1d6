package io.wirestream.publish.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.publish.Stories;
import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.PubStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.junit.jupiter.api.Test;

/** The router's expiry where a topology test cannot reach: entries without a timestamp. */
class DeskRouterTest {

    private static final Duration TTL = Duration.ofDays(1);

    @Test
    void stampsAnEntryWithoutATimestampAtTheFirstSweepInsteadOfExpiringIt() {
        MockProcessorContext<String, EnrichedArticle> context = new MockProcessorContext<>();
        // Logging off: the changelog would refuse the timestamp -1 that an entry of a plain key-value
        // store upgraded in place (KIP-258) reads back with.
        TimestampedKeyValueStore<String, String> store = Stores.timestampedKeyValueStoreBuilder(
                Stores.inMemoryKeyValueStore("desk-routes-store"), Serdes.String(), Serdes.String())
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        DeskRouter router = new DeskRouter(DeskRules.parse("balkans entity:LOCATION Kosovo", "test"),
                "desk-routes-store", Map.of("balkans", "write-desk-balkans"), TTL, Duration.ofHours(1));
        router.init(context);
        store.put("old", ValueAndTimestamp.make("balkans", -1));
        MockProcessorContext.CapturedPunctuator sweep = context.scheduledPunctuators().get(0);

        Instant first = Stories.T0.plus(Duration.ofDays(400));
        sweep.getPunctuator().punctuate(first.toEpochMilli());
        assertThat(store.get("old")).isEqualTo(ValueAndTimestamp.make("balkans", first.toEpochMilli()));

        // Its kill within the TTL of that stamp still reaches the desk.
        router.process(new Record<>("old", Stories.story("old", 2, PubStatus.CANCELED, ChangeKind.KILL, "KILL", ""),
                first.plus(Duration.ofHours(1)).toEpochMilli()));
        assertThat(context.forwarded()).singleElement()
                .satisfies(f -> assertThat(f.childName()).contains("write-desk-balkans"));

        store.put("older", ValueAndTimestamp.make("balkans", -1));
        sweep.getPunctuator().punctuate(first.toEpochMilli());
        sweep.getPunctuator().punctuate(first.plus(TTL).toEpochMilli());
        assertThat(store.get("older")).isNull();
    }
}
