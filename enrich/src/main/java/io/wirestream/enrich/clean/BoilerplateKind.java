package io.wirestream.enrich.clean;

/**
 * Kinds of wire boilerplate that {@link BoilerplateCleaner} removes. {@link #label()} is the value written
 * to {@code Boilerplate.kind}; labels are stable (consumers filter on them).
 */
public enum BoilerplateKind {
    /** Share buttons rendered as text: "Copy link", "The link was copied", "Share this article". */
    SHARE_WIDGET("share-widget"),
    /** Reading-time labels: "Read about: 4 min.", "5 min read". */
    READING_TIME("reading-time"),
    /** Relative publication dates that are stale once stored: "3 hours ago". */
    RELATIVE_DATE("relative-date"),
    /** Copyright, ownership and reuse notices at the end of the body. */
    COPYRIGHT("copyright"),
    /** Funding, support and disclaimer notices at the end of the body. */
    CREDITS("credits");

    private final String label;

    BoilerplateKind(String label) {
        this.label = label;
    }

    /** The kebab-case label, e.g. {@code "share-widget"}. */
    public String label() {
        return label;
    }
}
