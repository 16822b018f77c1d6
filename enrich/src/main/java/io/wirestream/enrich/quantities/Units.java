package io.wirestream.enrich.quantities;

import io.wirestream.enrich.text.Words;

/** Currency, multiplier, hedge and function words around a number, matched on a token. */
final class Units {

    private static final String[] HEDGES = {"about", "around", "some", "nearly", "almost", "approximately",
        "roughly", "estimated", "approx", "circa",
        // the same hedges in the other languages of the wire ("rund 2.000", "environ 300", "omkring 48 000")
        "rund", "etwa", "ungefähr", "ca", "knapp", "nahezu", "rundt", "omkring", "cirka", "nästan", "nesten", "næsten",
        "environ", "presque", "ongeveer", "bijna", "casi", "alrededor", "quasi", "quase", "cerca"};
    /** Words after a number that are not what it counts ("600 are stationed", "5 of them"). */
    private static final String[] NOT_NOUNS = {"are", "were", "is", "was", "of", "in", "on", "at", "to", "and", "or",
        "the", "a", "an", "per", "who", "which", "that", "have", "has", "had", "will", "would", "could", "can", "more",
        "than", "from", "for", "with", "by", "as", "be", "been", "said", "says", "each", "out", "but", "while", "when",
        "if", "so", "since", "until", "after", "before", "into", "over", "under", "up", "down", "times", "this", "these",
        "those", "it", "they", "we", "he", "she", "there", "also", "still", "now", "then", "not", "ago", "later",
        "earlier", "other", "between", "among", "across", "against", "during", "because"};
    /** Nouns a year qualifies rather than counts ("below 2005 levels", "the 2024 election"). */
    private static final String[] YEAR_NOUNS = {"level", "levels", "figure", "figures", "price", "prices", "election",
        "elections", "season", "budget", "budgets", "census", "report", "target", "targets", "goal", "goals", "crisis",
        "referendum", "vote", "campaign", "games", "olympics", "edition", "model", "models", "vintage", "standards",
        "data", "peak", "high", "highs", "low", "lows", "deadline", "agreement", "accord", "deal", "law", "war",
        "attack", "attacks", "earthquake", "floods", "uprising", "revolution", "summit", "final", "tournament",
        "championship", "world", "financial", "fiscal", "presidential", "general", "parliamentary", "local"};
    /** Adjectives skipped on the way to the counted noun ("1,500 new members"). */
    private static final String[] ADJECTIVES = {"new", "more", "additional", "other", "extra", "further", "foreign",
        "armed", "active", "local", "international", "registered"};

    private Units() {
    }

    /** ISO 4217 code of a currency symbol or code at token i, else null. */
    static String currencySymbol(Words w, int i) {
        if (w.isChar(i, '$')) {
            return "USD";
        }
        if (w.isChar(i, '€')) {
            return "EUR";
        }
        if (w.isChar(i, '£')) {
            return "GBP";
        }
        if (w.isChar(i, '¥')) {
            return "JPY";
        }
        for (String code : new String[] {"USD", "EUR", "GBP", "CHF", "JPY"}) {
            if (w.isCapitalized(i) && w.is(i, code) && Character.isUpperCase(w.source().charAt(w.end(i) - 1))) {
                return code;
            }
        }
        return null;
    }

    /**
     * ISO 4217 code of a currency word after a number ("euros", "dollars", "kronor", French "d'euros"), else null.
     * "kroner" is Danish or Norwegian: the story's language decides, Norwegian when it does not say.
     */
    static String currencyWord(Words w, int i, String language) {
        if (!w.isWord(i)) {
            return currencySymbol(w, i);
        }
        String t = w.text(i).toLowerCase(java.util.Locale.ROOT);
        if (t.startsWith("d'") || t.startsWith("d\u2019")) {
            t = t.substring(2); // "millions d'euros"
        }
        String code = switch (t) {
            case "euro", "euros", "eur" -> "EUR";
            case "dollar", "dollars", "dólares", "dollari", "dollaro", "dólar", "usd" -> "USD";
            case "pounds", "pfund", "livres", "sterling" -> "GBP";
            case "franc", "francs", "franken", "franchi" -> "CHF";
            case "dinar", "dinars" -> "RSD";
            case "kronor", "krona" -> "SEK";
            case "kroner", "krone", "kr" -> "da".equals(language) ? "DKK" : "NOK";
            case "rubel", "rubles", "roubles", "rubli", "rublos" -> "RUB";
            case "yen" -> "JPY";
            default -> null;
        };
        if (code != null && t.equals("kr") && !w.isChar(i + 1, '.')) {
            return null; // "kr" alone is too short to trust; "kr." is the Scandinavian abbreviation
        }
        if (code == null && t.equals("pound") && w.is(i + 1, "sterling")) {
            return "GBP";
        }
        return code != null ? code : currencySymbol(w, i);
    }

    /**
     * The factor of a multiplier word at token i ("million", "bn", "Milliarden", "miljoner", "Mio"), else 0.
     * "Billion" in German and French copy is a million millions.
     */
    static double multiplierWord(Words w, int i, String language) {
        if (!w.isWord(i)) {
            return 0;
        }
        String t = w.text(i).toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "thousand", "tausend", "tsd", "tusen", "tusind" -> 1e3;
            case "million", "millions", "mln", "mn", "millionen", "mio", "miljoen", "miljoenen", "miljon", "miljoner",
                "millioner", "millón", "millones", "milione", "milioni", "milhão", "milhões" -> 1e6;
            case "billion", "billions" -> "de".equals(language) || "fr".equals(language) ? 1e12 : 1e9;
            case "bn", "bln", "milliarde", "milliarden", "mrd", "milliard", "milliards", "miljard", "miljarder",
                "miljarden", "milliarder", "mia", "miliardo", "miliardi", "bilhão", "bilhões" -> 1e9;
            case "trillion", "tn", "billionen", "biljoen", "biljon", "billón", "billones" -> 1e12;
            default -> 0;
        };
    }

    /** Whether a multiplier word is an abbreviation that takes a full stop ("5 Mio. Euro", "2 Mrd. Dollar"). */
    static boolean abbreviatedMultiplier(Words w, int i) {
        return w.isAny(i, "mio", "mrd", "tsd", "mia", "mln", "bln") && w.isChar(i + 1, '.')
                && w.start(i + 1) == w.end(i);
    }

    /** The factor of a letter suffix glued to the digits ("1.2bn", "3m", "40k"), 0 if not a multiplier. */
    static double multiplierSuffix(String suffix) {
        return switch (suffix.toLowerCase(java.util.Locale.ROOT)) {
            case "k" -> 1e3;
            case "m", "mn", "mln" -> 1e6;
            case "b", "bn", "bln" -> 1e9;
            case "tn" -> 1e12;
            default -> 0;
        };
    }

    static boolean hedge(Words w, int i) {
        return w.isAny(i, HEDGES);
    }

    static boolean notNoun(Words w, int i) {
        return !w.isWord(i) || w.isAny(i, NOT_NOUNS);
    }

    /** Whether the word at {@code i} is one a year-like number before it qualifies ("2005 levels"). */
    static boolean yearNoun(Words w, int i) {
        return w.isAny(i, YEAR_NOUNS);
    }

    static boolean adjective(Words w, int i) {
        return w.isAny(i, ADJECTIVES);
    }
}
