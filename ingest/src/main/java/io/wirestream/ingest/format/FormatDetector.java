package io.wirestream.ingest.format;

import io.wirestream.ingest.format.agencytext.AgencyTextFormat;
import io.wirestream.ingest.format.anpa1312.Anpa1312Format;
import io.wirestream.ingest.format.html.HtmlArticleFormat;
import io.wirestream.ingest.format.iptc7901.Iptc7901Format;
import io.wirestream.ingest.format.feed.FeedFormat;
import io.wirestream.ingest.format.newsml12.NewsMl12Format;
import io.wirestream.ingest.format.newsmlg2.NewsMlG2Format;
import io.wirestream.ingest.format.ninjs.NinjsFormat;
import io.wirestream.ingest.format.nitf.NitfFormat;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the wire format of an input from its first bytes.
 *
 * <p>Every format grades the head ({@link WireFormat#detect}); the strongest grade above
 * {@link Detection#NO_MATCH} wins and ties go to the format listed first, as in Jackson's
 * {@code DataFormatDetector}. So list specific formats before generic ones: plain agency text
 * claims almost any text weakly and belongs last.
 *
 * <p>Immutable and thread-safe (the formats are).
 */
public final class FormatDetector {

    /** How many leading bytes the formats get to look at. */
    public static final int HEAD_BYTES = 8 * 1024;

    private final List<WireFormat> formats;

    /**
     * @param formats the formats in priority order (ties go to the earlier one); not empty, ids
     *     unique
     * @throws IllegalArgumentException if the list is empty or two formats share an id
     */
    public FormatDetector(List<? extends WireFormat> formats) {
        this.formats = List.copyOf(formats);
        if (this.formats.isEmpty()) {
            throw new IllegalArgumentException("no wire formats given");
        }
        Set<String> ids = new HashSet<>();
        for (WireFormat format : this.formats) {
            if (!ids.add(format.id())) {
                throw new IllegalArgumentException("two wire formats have the id " + format.id());
            }
        }
    }

    /**
     * The formats Wirestream supports, in detection priority. A new format is one class in its
     * own package plus one entry here.
     */
    public static FormatDetector standard() {
        return new FormatDetector(List.of(
                new NinjsFormat(),
                new NitfFormat(),
                new NewsMlG2Format(),
                new NewsMl12Format(),
                new FeedFormat(),
                new Iptc7901Format(),
                new Anpa1312Format(),
                new HtmlArticleFormat(),
                // Generic fallback: claims any plain text weakly, so it comes last.
                new AgencyTextFormat()));
    }

    /** The formats in priority order, immutable. */
    public List<WireFormat> formats() {
        return formats;
    }

    /** The ids of the formats in priority order. */
    public List<String> ids() {
        return formats.stream().map(WireFormat::id).toList();
    }

    /**
     * Returns the format that claims {@code content} most strongly, or empty if none claims it.
     *
     * @param content the input (only its first {@link #HEAD_BYTES} are looked at), not null
     */
    public Optional<WireFormat> detect(byte[] content) {
        // Each format gets its own copy so that a misbehaving one cannot change what the next sees.
        byte[] head = Arrays.copyOf(content, Math.min(content.length, HEAD_BYTES));
        WireFormat best = null;
        Detection bestGrade = Detection.NO_MATCH;
        for (WireFormat format : formats) {
            Detection grade = format.detect(head.clone());
            if (grade.isStrongerThan(bestGrade)) {
                best = format;
                bestGrade = grade;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Returns the format with the given id, if there is one. */
    public Optional<WireFormat> find(String id) {
        Objects.requireNonNull(id, "id");
        return formats.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /**
     * Returns the format with the given id, for a source that pins its format.
     *
     * @throws IllegalArgumentException naming the known ids if there is no such format
     */
    public WireFormat require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown wire format '" + id + "' (known: " + String.join(", ", ids()) + ")"));
    }
}
