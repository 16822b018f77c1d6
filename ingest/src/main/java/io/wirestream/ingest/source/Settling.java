package io.wirestream.ingest.source;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tells which files in a drop folder are completely written: those whose size and modification
 * time have not changed for the settle time. A writer that copies a file in place (rather than
 * renaming it in) keeps changing both until it is done.
 *
 * <p>Also remembers files not to touch until they change (a file that could not be moved away)
 * and files to retry later. Not thread-safe: owned by the drop folder's loop.
 */
final class Settling {

    /** Size and modification time of a file as one scan saw it. */
    record Stamp(long size, FileTime modified) {
        Stamp {
            Objects.requireNonNull(modified, "modified");
        }
    }

    /**
     * @param sinceNanos when the file was first seen with this stamp
     * @param notBeforeNanos earliest time to offer it again, or null
     * @param held whether it is not to be offered again until it changes
     */
    private record Seen(Stamp stamp, long sinceNanos, Long notBeforeNanos, boolean held) {

        boolean isReady(long nowNanos, long settleNanos) {
            // nanoTime values are compared by difference, as its contract requires.
            return !held
                    && nowNanos - sinceNanos >= settleNanos
                    && (notBeforeNanos == null || nowNanos - notBeforeNanos >= 0);
        }
    }

    private final long settleNanos;
    private final Map<Path, Seen> seen = new HashMap<>();

    /** @param settleNanos how long a file must stay unchanged, in nanoseconds */
    Settling(long settleNanos) {
        this.settleNanos = settleNanos;
    }

    /**
     * Records one scan and returns the files that are ready, in the scan's order. Files no longer
     * present are forgotten.
     *
     * @param scan every candidate file in the folder with its current stamp, in processing order
     * @param nowNanos the scan's {@link System#nanoTime()}
     */
    List<Path> ready(Map<Path, Stamp> scan, long nowNanos) {
        seen.keySet().retainAll(scan.keySet());
        List<Path> ready = new ArrayList<>();
        scan.forEach((file, stamp) -> {
            Seen before = seen.get(file);
            if (before == null || !before.stamp().equals(stamp)) {
                // New or still changing: the settle time starts (again) now.
                seen.put(file, new Seen(stamp, nowNanos, null, false));
            } else if (before.isReady(nowNanos, settleNanos)) {
                ready.add(file);
            }
        });
        return ready;
    }

    /** The file was handled: forget it, so that a new file under the same name starts afresh. */
    void done(Path file) {
        seen.remove(file);
    }

    /** Do not offer the file again before {@code notBeforeNanos}, unless it changes. */
    void retryAfter(Path file, long notBeforeNanos) {
        seen.computeIfPresent(file, (f, s) -> new Seen(s.stamp(), s.sinceNanos(), notBeforeNanos, false));
    }

    /** Do not offer the file again until it changes. */
    void holdUntilChanged(Path file) {
        seen.computeIfPresent(file, (f, s) -> new Seen(s.stamp(), s.sinceNanos(), null, true));
    }
}
