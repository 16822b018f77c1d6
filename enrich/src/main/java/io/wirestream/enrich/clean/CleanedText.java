package io.wirestream.enrich.clean;

import io.wirestream.schemas.Boilerplate;
import java.util.List;
import java.util.Objects;

/**
 * Result of {@link BoilerplateCleaner#clean(List)}.
 *
 * @param paragraphs the kept paragraphs, whitespace-normalised, none blank; never null
 * @param body       {@code paragraphs} joined by {@code "\n\n"}; empty when no paragraph is left
 * @param removed    what was removed, in body order, each with its kind label and its (whitespace-normalised)
 *                   original text; never null. The {@link Boilerplate} objects are Avro records and therefore
 *                   mutable: do not change them after handing them on.
 */
public record CleanedText(List<String> paragraphs, String body, List<Boilerplate> removed) {

    /** Paragraph separator in {@link #body()}. */
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    public CleanedText {
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(body, "body");
        removed = List.copyOf(removed);
    }
}
