package io.wirestream.ingest.format.teletype;

import java.util.Locale;
import java.util.Map;

/** Month abbreviations as agencies write them in trailers, in English, German, French, Spanish, Italian and Dutch. */
public final class Months {

    private static final Map<String, Integer> BY_PREFIX = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("ene", 1), Map.entry("gen", 1), Map.entry("janv", 1),
            Map.entry("feb", 2), Map.entry("fev", 2), Map.entry("fév", 2), Map.entry("févr", 2),
            Map.entry("mar", 3), Map.entry("mär", 3), Map.entry("mrz", 3), Map.entry("mrt", 3),
            Map.entry("apr", 4), Map.entry("avr", 4), Map.entry("abr", 4),
            Map.entry("may", 5), Map.entry("mai", 5), Map.entry("mei", 5), Map.entry("mag", 5),
            Map.entry("jun", 6), Map.entry("juin", 6), Map.entry("giu", 6),
            Map.entry("jul", 7), Map.entry("juil", 7), Map.entry("lug", 7),
            Map.entry("aug", 8), Map.entry("aoû", 8), Map.entry("aou", 8), Map.entry("ago", 8),
            Map.entry("sep", 9), Map.entry("set", 9),
            Map.entry("oct", 10), Map.entry("okt", 10), Map.entry("ott", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12), Map.entry("dez", 12), Map.entry("déc", 12), Map.entry("dic", 12));

    private Months() {
    }

    /** The month 1..12 of a name or abbreviation, or 0 if unknown. */
    public static int of(String name) {
        String s = name.strip().toLowerCase(Locale.ROOT).replace(".", "");
        for (int length = Math.min(4, s.length()); length >= 3; length--) {
            Integer month = BY_PREFIX.get(s.substring(0, length));
            if (month != null) {
                return month;
            }
        }
        return 0;
    }
}
