package io.wirestream.enrich.ner;

/**
 * Orthographic shape of a token, a basic feature for name finding ("NATO", "Kosovo", "iPhone", "4.600").
 * Only letters decide the case classes; a token without letters is {@link #NUMBER} if it has a digit,
 * else {@link #PUNCTUATION}.
 */
public enum TokenShape {
    /** All letters lower case: "visit", "hard-won". */
    LOWER,
    /** First letter upper case, the others lower case: "Kosovo", "Rutte's", also a single capital "I". */
    CAPITALIZED,
    /** Two or more letters, all upper case: "NATO", "U.S.", "KFOR". */
    ALL_CAPS,
    /** First letter upper case, mixed after: "McDonald", "Secretary-General". */
    MIXED_CAPS,
    /** First letter lower case, some upper case after: "iPhone", "al-Assad". */
    MIXED_LOWER,
    /** No letters, at least one digit: "1995", "4.600". */
    NUMBER,
    /** Neither letters nor digits. */
    PUNCTUATION;

    /**
     * Classifies a token text.
     *
     * @param text a token, not null
     * @return its shape
     */
    public static TokenShape of(String text) {
        int letters = 0;
        int upper = 0;
        boolean digit = false;
        boolean firstLetterUpper = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (letters == 0) {
                    firstLetterUpper = Character.isUpperCase(cp) || Character.isTitleCase(cp);
                }
                letters++;
                if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                    upper++;
                }
            } else if (Character.isDigit(cp)) {
                digit = true;
            }
        }
        if (letters == 0) {
            return digit ? NUMBER : PUNCTUATION;
        }
        if (upper == letters) {
            return letters >= 2 ? ALL_CAPS : CAPITALIZED;
        }
        if (firstLetterUpper) {
            return upper == 1 ? CAPITALIZED : MIXED_CAPS;
        }
        return upper == 0 ? LOWER : MIXED_LOWER;
    }

    /** Whether a token of this shape starts with a capital letter (could start a proper name). */
    public boolean isCapitalized() {
        return this == CAPITALIZED || this == ALL_CAPS || this == MIXED_CAPS;
    }
}
