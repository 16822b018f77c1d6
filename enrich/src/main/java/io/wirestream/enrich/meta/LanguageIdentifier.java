package io.wirestream.enrich.meta;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Identifies the language of a text with the optimaize language-detector (its built-in n-gram profiles, about 70 languages).
 *
 * <p>The detector is built once, in the constructor: reading the built-in profiles takes a noticeable fraction of
 * a second and tens of MB, so create one instance per application and share it.
 *
 * <p><b>Thread-safety:</b> this class is immutable and thread-safe. It relies on optimaize 0.6 as follows:
 * {@code LanguageDetectorImpl} is documented as "immutable and thus thread-safe" (all fields final; each call
 * creates its own probability arrays and its own {@code Random} from a fixed seed, so results are also
 * deterministic); {@code NgramExtractor}, {@code TextObjectFactory} and its text filters hold only final,
 * unchanging state. The mutable pieces, {@code LanguageDetectorBuilder} and {@code TextObject}, are used only
 * inside the constructor and inside one call respectively, never shared.
 */
public final class LanguageIdentifier {

    /** Fewer words than this is undecided: n-gram statistics on one or two words are noise. */
    public static final int DEFAULT_MIN_WORDS = 3;
    /** A best language below this probability is undecided. */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.80;


    private final LanguageDetector detector;
    private final TextObjectFactory textObjects;
    private final int minWords;
    private final double minConfidence;

    /** Creates an identifier over all built-in profiles with the default thresholds. */
    public LanguageIdentifier() {
        this(DEFAULT_MIN_WORDS, DEFAULT_MIN_CONFIDENCE);
    }

    /**
     * Creates an identifier over all built-in profiles.
     *
     * @param minWords      texts with fewer whitespace-separated words containing a letter are undecided; at least 1
     * @param minConfidence best-language probabilities below this are undecided; in {@code [0, 1]}
     * @throws UncheckedIOException if the built-in profiles cannot be read from the classpath
     */
    public LanguageIdentifier(int minWords, double minConfidence) {
        if (minWords < 1) {
            throw new IllegalArgumentException("minWords must be >= 1: " + minWords);
        }
        if (minConfidence < 0.0 || minConfidence > 1.0) {
            throw new IllegalArgumentException("minConfidence must be in [0, 1]: " + minConfidence);
        }
        try {
            this.detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("optimaize: cannot read built-in language profiles", e);
        }
        // Drops URLs and e-mail addresses and characters of minority scripts; caps the text at 10,000 chars.
        this.textObjects = CommonTextObjectFactories.forDetectingOnLargeText();
        this.minWords = minWords;
        this.minConfidence = minConfidence;
    }

    /**
     * Identifies the language of {@code text}.
     *
     * @param text any text, may be null or empty
     * @return the most probable language, or empty when the text is too short or no language is probable enough
     */
    public Optional<DetectedLanguage> identify(String text) {
        if (text == null || wordCount(text) < minWords) {
            return Optional.empty();
        }
        List<com.optimaize.langdetect.DetectedLanguage> ranked = detector.getProbabilities(textObjects.forText(text));
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        com.optimaize.langdetect.DetectedLanguage best = ranked.get(0);
        if (best.getProbability() < minConfidence) {
            return Optional.empty();
        }
        double confidence = Math.min(1.0, Math.max(0.0, best.getProbability()));
        return Optional.of(new DetectedLanguage(best.getLocale().getLanguage(), confidence));
    }

    /** Whitespace-separated words with a letter, counted without regexes (this runs on every article). */
    private static int wordCount(String text) {
        int n = 0;
        boolean inWord = false;
        boolean letter = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isWhitespace(c)) {
                if (inWord && letter) {
                    n++;
                }
                inWord = false;
                letter = false;
            } else {
                inWord = true;
                letter |= Character.isLetter(c) || Character.isSurrogate(c);
            }
        }
        return n;
    }
}
