package io.wirestream.enrich.quantities;

import io.wirestream.enrich.text.Words;
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
            int first = i;
            String currency = Units.currencySymbol(words, i - 1);
            if (currency != null) {
                first = i - 1;
                if (words.is(i - 2, "US") && currency.equals("USD")) {
                    first = i - 2;
                }
            } else if (words.isCapitalized(i - 1) && !Units.hedge(words, i - 1) && !words.breakBetween(i - 1, i)
                    && words.isWord(i - 1)) {
                continue; // "Article 5"
            }
            boolean approximate = Units.hedge(words, first - 1);
            if (approximate) {
                first--;
            }
            int last = i;
            double multiplier = Units.multiplierWord(words, i + 1);
            if (multiplier > 0 && factor == 1) {
                factor = multiplier;
                last = i + 1;
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
            } else if (currency == null && Units.currencyWord(words, last + 1) != null) {
                kind = QuantityKind.MONEY;
                currency = Units.currencyWord(words, last + 1);
                last++;
            } else if (currency == null) {
                int noun = last + 1;
                if (words.isCapitalized(noun) || Units.adjective(words, noun)) {
                    noun++;
                }
                if (noun < words.size() && words.isWord(noun) && !words.isCapitalized(noun) && !Units.notNoun(words, noun)
                        && !words.breakBetween(last, noun)) {
                    unit = words.text(noun);
                    last = noun;
                } else if (words.isAny(i - 1, "which", "whom", "them") && words.is(i - 2, "of")) {
                    unit = lastUnit(out);
                }
            }
            if (kind == QuantityKind.COUNT && suffix.isEmpty() && factor == 1
                    && (unit == null || Units.yearNoun(words, i + 1))
                    && isYearLike(s, words.start(i), words.end(i))) {
                continue; // a bare year-like number, or one before "levels", is a date, not a count
            }
            boolean grouping = kind == QuantityKind.COUNT && unit != null;
            double value = NumberReader.read(s, words.start(i), digitsEnd, language, grouping) * factor;
            int start = words.start(first);
            int end = words.end(last);
            out.add(new QuantityMention(s.substring(start, end), start, end, value, unit, kind, currency, approximate));
            i = last;
        }
        return List.copyOf(out);
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
