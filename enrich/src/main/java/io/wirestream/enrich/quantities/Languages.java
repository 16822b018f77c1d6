package io.wirestream.enrich.quantities;

import io.wirestream.enrich.text.Words;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Month names and function words of the European languages wire copy arrives in, so that "31 mei" reads as a date
 * and "2014 aan" does not count "aan"s. Keyed by ISO 639-1; Norwegian is filed under "no", "nb" and "nn".
 */
final class Languages {

    private static final Map<String, Set<String>> MONTHS = Map.of(
        "nl", Set.of("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
            "oktober", "november", "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt",
            "nov", "dec"),
        "fr", Set.of("janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout",
            "septembre", "octobre", "novembre", "décembre", "decembre", "janv", "févr", "fév", "avr", "juil", "sept",
            "oct", "nov", "déc"),
        "de", Set.of("januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
            "oktober", "november", "dezember", "jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt",
            "nov", "dez"),
        "es", Set.of("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
            "setiembre", "octubre", "noviembre", "diciembre", "ene", "feb", "abr", "jun", "jul", "ago", "sep", "sept",
            "oct", "nov", "dic"),
        "it", Set.of("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
            "ottobre", "novembre", "dicembre", "gen", "feb", "apr", "mag", "giu", "lug", "ago", "sett", "ott", "nov",
            "dic"),
        "sv", Set.of("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
            "november", "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"),
        "no", Set.of("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
            "november", "desember", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "des"),
        "da", Set.of("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
            "november", "december", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"),
        "pt", Set.of("janeiro", "fevereiro", "março", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro",
            "outubro", "novembro", "dezembro", "jan", "fev", "abr", "jun", "jul", "ago", "set", "out", "nov", "dez"));

    /** Articles, prepositions, conjunctions and auxiliaries: what follows a number but is never what it counts. */
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
        "nl", Set.of("de", "het", "een", "en", "of", "in", "op", "aan", "van", "voor", "met", "te", "bij", "uit", "om",
            "naar", "dat", "die", "dit", "is", "zijn", "was", "waren", "wordt", "worden", "werd", "heeft", "hebben",
            "had", "over", "tot", "als", "maar", "ook", "nog", "niet", "er", "per", "door", "tegen", "na", "sinds"),
        "de", Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "und", "oder", "in",
            "im", "an", "am", "auf", "aus", "bei", "mit", "nach", "von", "vom", "zu", "zum", "zur", "für", "über",
            "unter", "um", "als", "wie", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "hat",
            "haben", "hatte", "nicht", "auch", "noch", "pro", "bis", "seit", "gegen", "ab", "dass", "aber"),
        "fr", Set.of("le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "ou", "en", "dans", "sur",
            "sous", "à", "au", "aux", "par", "pour", "avec", "sans", "que", "qui", "est", "sont", "était", "ont", "a",
            "ne", "pas", "plus", "dont", "se", "sa", "son", "ses", "leur", "depuis", "contre", "entre", "après"),
        "es", Set.of("el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "y", "o", "en", "con", "por",
            "para", "a", "al", "que", "es", "son", "fue", "han", "ha", "se", "su", "sus", "más", "no", "desde",
            "hasta", "contra", "entre"),
        "it", Set.of("il", "lo", "la", "i", "gli", "le", "un", "una", "di", "del", "della", "dei", "degli", "delle",
            "e", "o", "in", "con", "per", "a", "al", "alla", "da", "dal", "che", "è", "sono", "ha", "hanno", "si",
            "più", "non", "su", "tra", "fra", "contro"),
        "pt", Set.of("o", "a", "os", "as", "um", "uma", "de", "do", "da", "dos", "das", "e", "ou", "em", "no", "na",
            "nos", "nas", "com", "por", "para", "ao", "que", "é", "são", "foi", "se", "mais", "não", "desde", "até"),
        "sv", Set.of("och", "eller", "i", "på", "av", "till", "för", "med", "om", "som", "är", "var", "har", "hade",
            "en", "ett", "den", "det", "de", "att", "från", "vid", "under", "över", "efter", "inte", "också", "per",
            "mot", "sedan", "men"),
        "no", Set.of("og", "eller", "i", "på", "av", "til", "for", "med", "om", "som", "er", "var", "har", "hadde",
            "en", "et", "ei", "den", "det", "de", "at", "fra", "ved", "under", "over", "etter", "ikke", "også", "per",
            "mot", "siden", "men"),
        "da", Set.of("og", "eller", "i", "på", "af", "til", "for", "med", "om", "som", "er", "var", "har", "havde",
            "en", "et", "den", "det", "de", "at", "fra", "ved", "under", "over", "efter", "ikke", "også", "per",
            "mod", "siden", "men"));

    private Languages() {
    }

    /** The table key of a language: Norwegian Bokmål and Nynorsk share "no". */
    static String key(String language) {
        if (language == null) {
            return null;
        }
        String l = language.toLowerCase(Locale.ROOT);
        return l.equals("nb") || l.equals("nn") ? "no" : l;
    }

    /** Whether the language has month names and function words here (English has its own rules). */
    static boolean known(String language) {
        String k = key(language);
        return k != null && MONTHS.containsKey(k); // Map.of rejects a null key
    }

    /**
     * Whether token i names a month in the story's language. With no language, a name of four letters or more in
     * any of them: a day before a month name is a date whatever the language, but short abbreviations collide with
     * English ("3 out of 5" is Portuguese "3 October" in form).
     */
    static boolean month(Words w, int i, String language) {
        if (!w.isWord(i)) {
            return false;
        }
        String t = w.text(i).toLowerCase(Locale.ROOT);
        String k = key(language);
        if (k == null) {
            return t.length() >= 4 && MONTHS.values().stream().anyMatch(s -> s.contains(t));
        }
        Set<String> names = MONTHS.get(k);
        return names != null && names.contains(t);
    }

    /** Whether token i is a function word of the story's language. */
    static boolean functionWord(Words w, int i, String language) {
        String k = key(language);
        Set<String> words = k == null ? null : FUNCTION_WORDS.get(k);
        return words != null && w.isWord(i) && words.contains(w.text(i).toLowerCase(Locale.ROOT));
    }
}
