package io.wirestream.enrich.cluster;

import io.wirestream.enrich.Enricher;
import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.EnrichedArticle;
import io.wirestream.schemas.PubStatus;
import io.wirestream.schemas.RawArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Our own copy for the clustering tests: one event told by two agencies, a re-send, and other stories. */
public final class ClusterStories {

    public static final Instant NOW = Instant.parse("2026-03-11T06:00:00Z");

    // Built once: loading the language profiles and the gazetteer is the slow part.
    private static final Enricher ENRICHER = Enricher.standard(Clock.fixed(NOW, ZoneOffset.UTC), "cluster-test");

    public static final List<String> QUAKE_ADRIATIC = List.of(
            "TIRANA, March 11 (Adriatic Press) - A magnitude 6.1 earthquake struck central Albania early on Tuesday,"
                    + " killing three people and damaging hundreds of buildings in the town of Elbasan, officials said.",
            "The quake hit at 04:12 local time at a depth of 10 kilometres, the seismological institute in Tirana said."
                    + " Prime Minister Edi Rama said rescue teams were searching collapsed houses in Elbasan and nearby"
                    + " villages through the morning.",
            "Schools across the region will stay closed on Wednesday while engineers inspect the damaged buildings.");

    /** The same story re-sent by its agency: words changed, a sentence added, other boilerplate. */
    public static final List<String> QUAKE_ADRIATIC_RESENT = List.of(
            "TIRANA, March 11 (Adriatic Press) - A magnitude 6.1 earthquake struck central Albania early on Tuesday,"
                    + " killing at least three people and damaging hundreds of buildings in the town of Elbasan, officials"
                    + " said.",
            "The quake hit at 04:12 local time at a depth of 10 kilometres, the seismological institute in Tirana said."
                    + " Prime Minister Edi Rama said rescue teams were searching collapsed houses in Elbasan and nearby"
                    + " villages through the morning. About 40 people were treated in hospital.",
            "Schools across the region will stay closed on Wednesday while engineers check the damaged buildings.",
            "All rights reserved by Adriatic Press (c) 2026");

    public static final List<String> QUAKE_BALKAN = List.of(
            "ELBASAN, Albania (Balkan Wire) - Three people died when an earthquake of magnitude 6.1 shook the Elbasan"
                    + " region of central Albania before dawn on Tuesday, Albanian authorities said.",
            "Emergency crews pulled survivors from the rubble of several collapsed homes, Prime Minister Edi Rama told"
                    + " reporters. The tremor was felt as far away as Skopje and Podgorica.",
            "Seismologists put the depth of the quake at 10 km.");

    /** Same place and people, another event. */
    public static final List<String> FAIR_ELBASAN = List.of(
            "ELBASAN, Albania (Balkan Wire) - Prime Minister Edi Rama opened a regional trade fair in Elbasan on"
                    + " Tuesday, where some 300 companies from central Albania and neighbouring countries show"
                    + " furniture, textiles and farm produce.",
            "The organisers expect 20,000 visitors over four days. Rama said the fair showed that the town's"
                    + " industry had recovered after years of decline.");

    public static final List<String> FERRY_SPLIT = List.of(
            "SPLIT, Croatia (Adriatic Press) - Ferry crews in Split walked off the job on Tuesday in a dispute over"
                    + " pay, leaving thousands of travellers stranded on the islands of Brac and Hvar.",
            "The seafarers' union said the strike would last 48 hours unless the shipping company Jadrolinija"
                    + " raised wages by 8 percent.");

    private ClusterStories() {
    }

    public static RawArticle raw(String id, long version, String provider, String headline, List<String> body) {
        return RawArticle.newBuilder().setId(id).setVersion(version).setPubStatus(PubStatus.USABLE)
                .setProvider(provider).setFormat("agency-text").setOrigin("in/" + id).setReceivedAt(NOW)
                .setHeadline(headline).setBody(body)
                .setContentHash(id + "/" + version + "/" + String.join("|", body)).build();
    }

    public static EnrichedArticle enriched(String id, String provider, String headline, List<String> body) {
        return ENRICHER.enrich(raw(id, 1, provider, headline, body), ChangeKind.NEW, NOW);
    }

    public static EnrichedArticle quakeAdriatic() {
        return enriched("adriatic:quake", "Adriatic Press", "Strong earthquake hits central Albania, killing three",
                QUAKE_ADRIATIC);
    }

    public static EnrichedArticle quakeAdriaticResent() {
        return enriched("adriatic:quake-resent", "Adriatic Press",
                "Strong earthquake hits central Albania, killing at least three", QUAKE_ADRIATIC_RESENT);
    }

    public static EnrichedArticle quakeBalkan() {
        return enriched("balkan:quake", "Balkan Wire", "Three dead as 6.1 quake shakes Albania's Elbasan", QUAKE_BALKAN);
    }

    public static EnrichedArticle fairElbasan() {
        return enriched("balkan:fair", "Balkan Wire", "Rama opens trade fair in Albania's Elbasan", FAIR_ELBASAN);
    }

    public static EnrichedArticle ferrySplit() {
        return enriched("adriatic:ferry", "Adriatic Press", "Ferry strike strands travellers on Croatian islands",
                FERRY_SPLIT);
    }
}
