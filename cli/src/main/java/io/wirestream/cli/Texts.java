package io.wirestream.cli;

/** Text shaping for terminal output: long fields cut, multi-line reasons made one line. */
final class Texts {

    /** Longest field the summary views print; a 1 MB headline must not flood a terminal. */
    static final int MAX_FIELD = 200;

    private Texts() {
    }

    /** {@code text} cut to {@code max} characters plus "…" when longer; null stays "". */
    static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }

    /** {@link #cut(String, int)} at {@link #MAX_FIELD}. */
    static String cut(String text) {
        return cut(text, MAX_FIELD);
    }

    /**
     * A rejection reason as one line naming the input once: the reason's first line (its cause
     * chain after " <- " and stack-like detail dropped), prefixed with the input's name only when the reason
     * does not already name it.
     */
    static String rejection(String input, String reason) {
        String first = reason == null ? "unknown reason" : reason.strip().lines().findFirst().orElse("unknown reason");
        int cause = first.indexOf(" <- "); // the exception chain: the dead letter keeps it, a person needs the reason
        first = cause > 0 ? first.substring(0, cause) : first;
        String line = input != null && !first.contains(input) ? input + ": " + first : first;
        return "rejected: " + cut(line, 2 * MAX_FIELD);
    }
}
