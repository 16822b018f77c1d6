package io.wirestream.enrich.clean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a sentence at the end of a body is a copyright or credits footer: one strong signal, or two weak ones,
 * in a sentence of at most {@value #FOOTER_MAX_WORDS} words. Split from {@link BoilerplateCleaner}, which walks
 * the body from the end and asks this per sentence.
 */
final class FooterSignals {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<Pattern> STRONG_COPYRIGHT = List.of(
            Pattern.compile("©|\\(c\\)\\s*(?:19|20)\\d{2}", FLAGS),
            Pattern.compile("\\ball rights reserved\\b", FLAGS),
            Pattern.compile("\\breserves? (?:all |the )?(?:copyright|rights)\\b", FLAGS));
    private static final List<Pattern> WEAK_COPYRIGHT = List.of(
            Pattern.compile("\\bcopyright(?:s|ed)?\\b", FLAGS),
            Pattern.compile("\\brights reserved\\b|\\breserved\\s+(?:\\p{L}+\\s+)?rights\\b", FLAGS),
            Pattern.compile("\\b(?:19|20)\\d{2}\\s*[-–]\\s*(?:19|20)\\d{2}\\b", FLAGS),
            Pattern.compile("\\bintellectual property\\b|\\brelated rights\\b", FLAGS),
            Pattern.compile("\\b(?:prohibited|forbidden|not permitted)\\b", FLAGS),
            Pattern.compile("\\bwithout (?:the |a |an |any )?(?:prior |express )?(?:written )?"
                    + "(?:permission|consent|agreement|authori[sz]ation)\\b", FLAGS),
            Pattern.compile("\\b(?:this|our|the) (?:web ?site|site|portal|web page|application|app)\\b", FLAGS),
            Pattern.compile("\\b(?:maintained|managed|owned|operated|administered)"
                    + "(?: and (?:maintained|managed|owned|operated|administered))? by\\b", FLAGS),
            Pattern.compile("\\blegal provisions?\\b|\\bterms of (?:use|service)\\b|\\bprivacy policy\\b", FLAGS));
    private static final List<Pattern> STRONG_CREDITS = List.of(
            Pattern.compile("\\bsole responsibility\\b", FLAGS),
            Pattern.compile("\\bdo(?:es)? not necessarily reflect\\b", FLAGS),
            Pattern.compile("\\bco-?(?:financed|funded)\\b", FLAGS));
    private static final List<Pattern> WEAK_CREDITS = List.of(
            Pattern.compile("\\bwith the (?:financial )?support of\\b", FLAGS),
            Pattern.compile("\\b(?:funded|financed|sponsored|supported|implemented) by\\b", FLAGS),
            Pattern.compile("\\bviews (?:expressed )?(?:of|in|herein)\\b", FLAGS),
            Pattern.compile("#\\p{L}[\\p{L}\\p{N}_]+", FLAGS));
    private static final int FOOTER_MAX_WORDS = 60;
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private FooterSignals() {
    }

    static Optional<BoilerplateKind> kind(String sentence) {
        if (WORDS.split(sentence).length > FOOTER_MAX_WORDS) {
            return Optional.empty();
        }
        int strongCredits = count(STRONG_CREDITS, sentence);
        int credits = strongCredits + count(WEAK_CREDITS, sentence);
        int strongCopyright = count(STRONG_COPYRIGHT, sentence);
        int copyright = strongCopyright + count(WEAK_COPYRIGHT, sentence);
        boolean footer = strongCredits + strongCopyright > 0 || credits + copyright >= 2;
        if (!footer) {
            return Optional.empty();
        }
        // Funding and disclaimer wording decides "credits"; a bare hashtag or site mention does not.
        boolean creditWording = strongCredits > 0 || count(WEAK_CREDITS.subList(0, 3), sentence) > 0;
        return Optional.of(creditWording && strongCopyright == 0 ? BoilerplateKind.CREDITS : BoilerplateKind.COPYRIGHT);
    }

    private static int count(List<Pattern> patterns, String text) {
        int n = 0;
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                n++;
            }
        }
        return n;
    }
}
