package io.wirestream.ingest.format.teletype;

import java.util.Locale;

/** Teletype priority codes as IPTC urgency (1 flash .. 9 lowest). */
public final class Priorities {

    private Priorities() {
    }

    /**
     * The urgency of a priority code: a digit 1..9 is the urgency itself (IPTC 7901 numbers its
     * priorities 1 = flash downwards, as IPTC urgency does); ANPA-1312 letters map as
     * {@code f} flash 1, {@code b} bulletin 2, {@code u} urgent 3, {@code r} routine 5, {@code d}
     * deferred 6, {@code a}/{@code s} advisory and schedule 7.
     *
     * @return the urgency, or null for an unknown code
     */
    public static Integer urgency(String code) {
        if (code == null || code.length() != 1) {
            return null;
        }
        char c = Character.toLowerCase(code.charAt(0));
        if (c >= '1' && c <= '9') {
            return c - '0';
        }
        return switch (String.valueOf(c).toLowerCase(Locale.ROOT)) {
            case "f" -> 1;
            case "b" -> 2;
            case "u" -> 3;
            case "r" -> 5;
            case "d" -> 6;
            case "a", "s" -> 7;
            default -> null;
        };
    }
}
