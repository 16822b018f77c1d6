package io.wirestream.enrich.quantities;

import io.wirestream.enrich.text.Words;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quantities: a number with an optional hedge ("about"), currency ("$", "€", "EUR", "euros"), multiplier
 * ("million", "bn") and unit ("percent", "%") or counted noun ("troops"; one capitalised or listed adjective may
 * stand between: "600 US troops"). "of which 600" takes the noun of the quantity before it. Left out: numbers
 * inside {@code excluded} spans (dates), times and ranges ("10:30", "2-3"), ordinals ("11th") and numbers named by
 * the word before them ("Article 5", "Resolution 1244").
 *
 * <p>Immutable and thread-safe.
 */
public final class QuantityExtractor {

    /** Creates an extractor. */
    public QuantityExtractor() {
    }

    /**
     * @param words    the scanned text, not null
     * @param language ISO 639-1 language of the text, or null; decides how "100.000" reads ({@link NumberReader})
     * @param excluded sorted, non-overlapping {start, end} spans to skip (dates already found); not null
     * @return the quantities in text order; never null
     */
    public List<QuantityMention> extract(Words words, String language, List<int[]> excluded) {
        List<QuantityMention> out = new ArrayList<>();
        String s = words.source();
        boolean otherLanguage = Languages.known(language);
        boolean german = "de".equals(language);
        int ex = 0;
        for (int i = 0; i < words.size(); i++) {
            if (!words.isNumber(i)) {
                continue;
            }
            while (ex < excluded.size() && excluded.get(ex)[1] <= words.start(i)) {
                ex++;
            }
            if (ex < excluded.size() && excluded.get(ex)[0] <= words.start(i)) {
                continue;
            }
            int digitsEnd = words.start(i);
            boolean plain = true;
            while (digitsEnd < words.end(i) && !Character.isLetter(s.charAt(digitsEnd))) {
                char c = s.charAt(digitsEnd++);
                plain &= Character.isDigit(c) || c == '.' || c == ',';
            }
            String suffix = s.substring(digitsEnd, words.end(i));
            double factor = suffix.isEmpty() ? 1 : Units.multiplierSuffix(suffix);
            if (!plain || factor == 0) {
                continue;
            }
            int dateEnd = suffix.isEmpty() ? ForeignDates.dayMonthEnd(words, i, language) : -1;
            if (dateEnd >= 0) {
                i = dateEnd; // "31 mei", "3. März", "5 de mayo": a date the English date extractor cannot read
                continue;
            }
            String digits = s.substring(words.start(i), digitsEnd);
            int lastDigits = i;
            boolean pointFirst = suffix.isEmpty() && leadingPoint(words, i);
            if (pointFirst) {
                digits = "0." + digits; // ".639" in a table is a fraction, not 639
            } else if (suffix.isEmpty()) {
                lastDigits = groupEnd(words, i, language);
                for (int g = i + 1; g <= lastDigits; g++) {
                    if (words.isNumber(g)) {
                        digits += words.text(g);
                    }
                }
            }
            int first = pointFirst ? i - 1 : i;
            String currency = Units.currencySymbol(words, first - 1);
            if (currency != null) {
                first--;
                if (words.is(first - 1, "US") && currency.equals("USD")) {
                    first--;
                }
            } else if (!pointFirst && words.isCapitalized(i - 1) && !Units.hedge(words, i - 1)
                    && !words.breakBetween(i - 1, i) && words.isWord(i - 1)) {
                i = lastDigits; // "Article 5", and not its grouped digits one by one either
                continue;
            }
            boolean approximate = Units.hedge(words, first - 1);
            if (approximate) {
                first--;
            }
            int last = lastDigits;
            double multiplier = Units.multiplierWord(words, last + 1, language);
            if (multiplier > 0 && factor == 1) {
                factor = multiplier;
                last++;
            }
            int currencyAt = last + 1;
            if (factor > 1 && Units.abbreviatedMultiplier(words, last)) {
                currencyAt++; // "5 Mio. Euro"
            }
            if (factor > 1 && words.isAny(currencyAt, "de", "di") && Units.currencyWord(words, currencyAt + 1, language) != null) {
                currencyAt++; // "20 millones de euros"
            }
            QuantityKind kind = currency == null ? QuantityKind.COUNT : QuantityKind.MONEY;
            String unit = null;
            if (words.isChar(last + 1, '%') || words.isAny(last + 1, "percent", "pct")) {
                kind = QuantityKind.PERCENT;
                unit = "percent";
                last++;
            } else if (words.is(last + 1, "per") && words.is(last + 2, "cent")) {
                kind = QuantityKind.PERCENT;
                unit = "percent";
                last += 2;
            } else if (currency == null && Units.currencyWord(words, currencyAt, language) != null) {
                kind = QuantityKind.MONEY;
                currency = Units.currencyWord(words, currencyAt, language);
                last = currencyAt;
            } else if (currency == null) {
                int noun = countedNoun(words, last, language, german);
                if (noun > 0) {
                    unit = words.text(noun);
                    last = noun;
                } else if (words.isAny(i - 1, "which", "whom", "them") && words.is(i - 2, "of")) {
                    unit = lastUnit(out);
                }
            }
            boolean bareYear = kind == QuantityKind.COUNT && suffix.isEmpty() && factor == 1 && lastDigits == i
                    && !pointFirst && isYearLike(s, words.start(i), words.end(i));
            if (bareYear && (otherLanguage || unit == null || Units.yearNoun(words, i + 1))) {
                // A bare year-like number, or one before "levels", is a date, not a count. In other languages we do
                // not know which words a year qualifies ("2030 ausgezahlt"), and counts that large are written
                // with grouping there ("2.000 Soldaten"), so a bare year-like number never counts.
                continue;
            }
            boolean grouping = kind == QuantityKind.COUNT && unit != null;
            BigDecimal number = NumberReader.read(digits, 0, digits.length(), language, grouping);
            if (number == null) {
                continue;
            }
            // Exact decimal arithmetic: "$131.2 million" is 131200000, not 131199999.99999999.
            double value = number.multiply(BigDecimal.valueOf(factor)).doubleValue();
            int start = words.start(first);
            int end = words.end(last);
            out.add(new QuantityMention(s.substring(start, end), start, end, value, unit, kind, currency, approximate));
            i = last;
        }
        return List.copyOf(out);
    }

    /**
     * The token of the noun a number counts, or -1. One capitalised or listed adjective may stand between in
     * English; German capitalises its nouns, so there the noun is the capitalised word (after at most one
     * lower-case adjective: "12 neue Gemeinden"). A function word of the story's language is never the noun.
     */
    private static int countedNoun(Words words, int last, String language, boolean german) {
        int noun = last + 1;
        if (german) {
            if (words.isWord(noun) && !words.isCapitalized(noun) && !Languages.functionWord(words, noun, language)
                    && words.isCapitalized(noun + 1)) {
                noun++;
            }
        } else if (words.isCapitalized(noun) || Units.adjective(words, noun)) {
            noun++;
        }
        boolean shape = german ? words.isCapitalized(noun) : !words.isCapitalized(noun);
        if (noun < words.size() && words.isWord(noun) && shape && !Units.notNoun(words, noun)
                && !Languages.functionWord(words, noun, language) && !words.breakBetween(last, noun)) {
            return noun;
        }
        return -1;
    }

    /** Whether token i follows a decimal point with no digit before it (".639", "(.250)"). */
    private static boolean leadingPoint(Words words, int i) {
        if (!words.isChar(i - 1, '.') || words.end(i - 1) != words.start(i)) {
            return false;
        }
        int dot = words.start(i - 1);
        if (dot == 0) {
            return true;
        }
        char before = words.source().charAt(dot - 1);
        return Character.isWhitespace(before) || before == '\u00A0' || before == '(' || before == '|' || before == '-'
                || before == '+';
    }

    /**
     * The last token of a number grouped by spaces ("25 000", "1 312 500", NBSP and narrow NBSP too): a first
     * group of one to three digits, then groups of exactly three, the last of which may carry decimals. A plain
     * space groups only outside English, where "in round 3 100 runners" is two numbers; a first group of four
     * digits never groups ("in 2014 200 people"). Returns i when the number is not grouped.
     */
    private static int groupEnd(Words words, int i, String language) {
        String s = words.source();
        if (words.end(i) - words.start(i) > 3 || !allDigits(s, words.start(i), words.end(i))) {
            return i;
        }
        boolean spaceGroups = !"en".equals(language);
        int k = i;
        while (true) {
            int gap = words.end(k);
            if (gap + 1 >= s.length()) {
                return k;
            }
            char c = s.charAt(gap);
            if (!(c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == ' ' && spaceGroups)) {
                return k;
            }
            int next = words.indexAtOrAfter(gap + 1);
            if (next >= words.size() || words.start(next) != gap + 1 || !group(s, words.start(next), words.end(next))) {
                return k;
            }
            k = next;
            if (words.end(k) - words.start(k) > 3) {
                return k; // decimals end the number
            }
        }
    }

    /** Three digits, optionally followed by a decimal part ("000", "250,5"). */
    private static boolean group(String s, int from, int to) {
        if (to - from < 3 || !allDigits(s, from, from + 3)) {
            return false;
        }
        if (to - from == 3) {
            return true;
        }
        char mark = s.charAt(from + 3);
        return (mark == ',' || mark == '.') && to - from > 4 && allDigits(s, from + 4, to);
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static String lastUnit(List<QuantityMention> out) {
        for (int k = out.size() - 1; k >= 0; k--) {
            if (out.get(k).kind() == QuantityKind.COUNT && out.get(k).unit() != null) {
                return out.get(k).unit();
            }
        }
        return null;
    }

    private static boolean isYearLike(String s, int from, int to) {
        if (to - from != 4) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        int v = Integer.parseInt(s, from, to, 10);
        return v >= 1900 && v <= 2100;
    }
}
