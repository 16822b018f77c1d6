package io.wirestream.streamapp.membership;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The stable {@code group.instance.id} of one stage instance, so that the instance is a static
 * member of its consumer group (KIP-345) and a restart gets its partitions back at once.
 *
 * <p>Why static membership: after a SIGKILL a dynamic member stays in the group until its session
 * times out (45 s by default), and a restarted process joins as a new member, so the group waits
 * for the dead one and then rebalances; an outside test measured about 45 s per restart and up to
 * 272 s after kills in a row. A static member that rejoins with the same instance id replaces its
 * old incarnation immediately and gets the old assignment without a rebalance.
 *
 * <p>Why the classic protocol and not the Streams rebalance protocol (KIP-1071,
 * {@code group.protocol=streams}): in Kafka 4.2 it works with exactly-once, but
 * {@code StreamsConfig} refuses {@code group.instance.id} with it ("Streams rebalance protocol
 * does not support static membership"; static members for streams groups come with 4.4 brokers
 * and clients), and a restarted member without a stable identity again waits for the old one's
 * session. So: {@code group.protocol=classic} (the 4.2 default) with a consumer-prefixed
 * {@code group.instance.id}. Kafka Streams gives each stream thread's main consumer
 * {@code <group.instance.id>-<thread index>} and removes the id from the restore and global
 * consumers, so one id per instance is enough.
 *
 * <p>Where the id comes from: configured, it is used as given (a StatefulSet's pod name, say; the
 * operator keeps it unique). Otherwise it is {@code <application.id>-<uuid>}, the UUID created once
 * and kept in {@code <state.dir>/<application.id>.group-instance-id}. Kept with the state, it
 * follows the state: a process restarted on the same state directory (the one that has the
 * stores, so the one the assignment should return to) reuses it; a second instance on the same
 * host has its own state directory and so its own id (a host name would collide); wiping the
 * state directory makes a new member, and the old one leaves the group when its session times out.
 *
 * <p>Session timeout: a static member that does not come back holds its partitions until its
 * session times out, as a dead dynamic member does; {@link #SESSION_TIMEOUT} (15 s) covers a JVM
 * restart and moves the partitions of an instance gone for good three times sooner than the
 * default, with a heartbeat every third of it ({@link #HEARTBEAT_INTERVAL}).
 *
 * <p>Stateless; {@link #resolve} is safe to call from several processes at once.
 */
public final class InstanceIdentity {

    /** Session timeout for a static member. */
    public static final Duration SESSION_TIMEOUT = Duration.ofSeconds(15);
    /** Heartbeat interval: a third of the session timeout, as Kafka recommends. */
    public static final Duration HEARTBEAT_INTERVAL = SESSION_TIMEOUT.dividedBy(3);

    static final String FILE_SUFFIX = ".group-instance-id";
    // Kafka's rule for group.instance.id (the same as for topic names), and its length limit.
    private static final Pattern LEGAL = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    private InstanceIdentity() {
    }

    /**
     * The group instance id of the instance with this application id and state directory.
     *
     * @param applicationId the Streams application id, not null
     * @param stateDir      the Streams state directory; created if missing
     * @param configured    an id set by the operator, or null or blank to derive one
     * @return a legal {@code group.instance.id}
     * @throws IllegalArgumentException if {@code configured} or the derived id is not legal
     * @throws UncheckedIOException     if the id file cannot be read or written
     */
    public static String resolve(String applicationId, Path stateDir, String configured) {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(stateDir, "stateDir");
        String id = configured != null && !configured.isBlank()
                ? configured.strip()
                : applicationId + "-" + persistedUuid(stateDir.resolve(applicationId + FILE_SUFFIX));
        if (!LEGAL.matcher(id).matches()) {
            throw new IllegalArgumentException("group.instance.id '" + id
                    + "' must be 1 to 249 letters, digits, dots, underscores and hyphens");
        }
        return id;
    }

    private static String persistedUuid(Path file) {
        try {
            String existing = read(file);
            if (existing != null) {
                return existing;
            }
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try {
                Files.writeString(temp, UUID.randomUUID() + "\n", StandardCharsets.US_ASCII);
                // A hard link publishes the complete file or fails if another process won the race.
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException raced) {
                // keep the winner's id
            } catch (UnsupportedOperationException noLinks) {
                Files.move(temp, file);
            } finally {
                Files.deleteIfExists(temp);
            }
            String written = read(file);
            if (written == null) {
                throw new IllegalStateException("no UUID in " + file + " just after writing it");
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the group instance id in " + file, e);
        }
    }

    /** The UUID in {@code file}, or null if there is no such file. */
    private static String read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        try {
            return UUID.fromString(text).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " should hold a UUID, not '" + text
                    + "'; delete it to make this instance a new group member", e);
        }
    }
}
