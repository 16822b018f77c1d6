package io.wirestream.enrich.version;

import io.wirestream.schemas.ChangeKind;
import io.wirestream.schemas.PubStatus;
import io.wirestream.schemas.RawArticle;
import io.wirestream.schemas.StoryVersion;

/**
 * Decides, from the last version let through for a story, what an incoming version is.
 *
 * <ul>
 *   <li>first sight: NEW (or KILL if it arrives canceled, so a kill is never lost);</li>
 *   <li>an older version: dropped (wires do re-send and reorder);</li>
 *   <li>the same version with the same copy and status: dropped (a re-delivery, e.g. a re-dropped
 *       file or a producer retry);</li>
 *   <li>a newer version, or the same version with changed copy or status (agencies correct
 *       without bumping the number): UPDATE, or KILL when canceled;</li>
 *   <li>a kill of a story already killed at that version or later: dropped.</li>
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class VersionPolicy {

    /**
     * @param previous the last version let through, or null if the story was never seen
     * @param incoming the incoming version
     */
    public Verdict decide(StoryVersion previous, RawArticle incoming) {
        boolean kill = incoming.getPubStatus() == PubStatus.CANCELED;
        if (previous == null) {
            return Verdict.pass(kill ? ChangeKind.KILL : ChangeKind.NEW, "first version seen");
        }
        long before = previous.getVersion();
        long now = incoming.getVersion();
        if (now < before) {
            return Verdict.drop("stale: version " + now + " after " + before);
        }
        if (kill && previous.getPubStatus() == PubStatus.CANCELED) {
            return Verdict.drop("already killed at version " + before);
        }
        if (now == before && previous.getContentHash().equals(incoming.getContentHash())
                && previous.getPubStatus() == incoming.getPubStatus()) {
            return Verdict.drop("re-delivery of version " + now);
        }
        if (kill) {
            return Verdict.pass(ChangeKind.KILL, "canceled at version " + now);
        }
        return Verdict.pass(ChangeKind.UPDATE, now == before
                ? "version " + now + " corrected in place" : "version " + now + " supersedes " + before);
    }
}
