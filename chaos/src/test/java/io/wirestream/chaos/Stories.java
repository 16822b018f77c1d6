package io.wirestream.chaos;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generated wire copy with a known outcome: distinct story ids, most with one version, some
 * updated (version 2) and some killed (version 2 canceled). About a quarter mention the stock
 * market, so the bundled desk rules route them (and their update or kill) to the business desk;
 * none names a place, organisation or word that another desk's rule matches.
 *
 * <p>Files are ninjs JSON written into the drop folder as {@code .tmp} and renamed, as a wire
 * client should. A story's version 2 is only written in a later {@link #batch} than its version 1,
 * once the earlier file has left the drop folder, so ingest always sends versions in order.
 */
final class Stories {

    /** Expected final state of one story. */
    record Expected(String id, long lastVersion, boolean killed, boolean business) {
    }

    /** One version as a file to drop. */
    record Version(String id, long version, boolean canceled, boolean business) {
        String fileName() {
            return id.substring(id.lastIndexOf(':') + 1) + "-v" + version + ".json";
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TOWNS = {"Northbridge", "Eastwick", "Millhaven", "Westport", "Oakridge", "Fairbanks"};
    private static final String[] TOPICS = {"a new bus timetable", "the library budget", "road repairs",
        "a school extension", "the summer festival", "water prices"};

    private final String run;
    private final Map<String, Expected> expected = new LinkedHashMap<>();
    private final List<Version> firstVersions = new ArrayList<>();
    private final List<Version> laterVersions = new ArrayList<>();
    private final Random random;

    /** {@code count} stories for run {@code run} (which makes the ids unique), from {@code seed}. */
    Stories(String run, int count, long seed) {
        this.run = run;
        this.random = new Random(seed);
        for (int n = 0; n < count; n++) {
            String id = "urn:chaos:" + run + ":s" + n;
            boolean business = random.nextInt(4) == 0;
            int roll = random.nextInt(10);
            firstVersions.add(new Version(id, 1, false, business));
            if (roll < 2) {
                laterVersions.add(new Version(id, 2, false, business));
                expected.put(id, new Expected(id, 2, false, business));
            } else if (roll < 3) {
                laterVersions.add(new Version(id, 2, true, business));
                expected.put(id, new Expected(id, 2, true, business));
            } else {
                expected.put(id, new Expected(id, 1, false, business));
            }
        }
    }

    Map<String, Expected> expected() {
        return expected;
    }

    /** Every (id, version) that enrich must emit exactly once. */
    Set<String> expectedVersions() {
        Set<String> all = new LinkedHashSet<>();
        firstVersions.forEach(v -> all.add(key(v.id(), v.version())));
        laterVersions.forEach(v -> all.add(key(v.id(), v.version())));
        return all;
    }

    static String key(String id, long version) {
        return id + "@" + version;
    }

    int fileCount() {
        return firstVersions.size() + laterVersions.size();
    }

    /**
     * Splits the files into {@code batches} groups: version 1 files in order, every later version
     * in a batch after its version 1.
     */
    List<List<Version>> batches(int batches) {
        int n = Math.max(2, batches);
        List<List<Version>> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            result.add(new ArrayList<>());
        }
        int firstBatches = n - 1;
        Map<String, Integer> batchOf = new LinkedHashMap<>();
        for (int i = 0; i < firstVersions.size(); i++) {
            int b = (int) ((long) i * firstBatches / firstVersions.size());
            result.get(b).add(firstVersions.get(i));
            batchOf.put(firstVersions.get(i).id(), b);
        }
        for (Version later : laterVersions) {
            int after = batchOf.get(later.id()) + 1;
            result.get(Math.min(n - 1, after + random.nextInt(2))).add(later);
        }
        return result;
    }

    /** Every story's version 1. */
    List<Version> firstVersions() {
        return List.copyOf(firstVersions);
    }

    /** Writes the files of one batch into {@code dropFolder} (tmp, then rename). */
    static void write(Path dropFolder, List<Version> batch) {
        write(dropFolder, batch, "");
    }

    /**
     * Writes the batch again under other file names ({@code suffix} before {@code .json}), as a
     * wire re-sending copy does: the same bytes, a new file.
     */
    static void write(Path dropFolder, List<Version> batch, String suffix) {
        try {
            Files.createDirectories(dropFolder);
            for (Version v : batch) {
                String name = fileName(v, suffix);
                Path tmp = dropFolder.resolve(name + ".tmp");
                Files.writeString(tmp, ninjs(v));
                Files.move(tmp, dropFolder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code next} split into what may be written while {@code pending} may still lie in the drop
     * folder, and what must wait until {@code pending} has been taken: a later version of a story
     * whose earlier version is pending. Ingest works through a folder with several threads, so two
     * versions in it at once may reach the raw topic in either order, and enrich then rightly drops
     * the older one as stale: which is a lost version to a verifier that expects every version.
     */
    static Split behind(List<Version> pending, List<Version> next) {
        Set<String> ids = new java.util.HashSet<>();
        pending.forEach(v -> ids.add(v.id()));
        List<Version> now = new ArrayList<>();
        List<Version> held = new ArrayList<>();
        next.forEach(v -> (ids.contains(v.id()) ? held : now).add(v));
        return new Split(List.copyOf(now), List.copyOf(held));
    }

    /** See {@link #behind}. */
    record Split(List<Version> now, List<Version> held) {
    }

    /** Waits until none of the batch's files is left in the drop folder root (taken by ingest). */
    static void awaitTaken(Path dropFolder, List<Version> batch, Duration timeout) {
        awaitTaken(dropFolder, batch, "", timeout);
    }

    private static String fileName(Version v, String suffix) {
        return v.fileName().replace(".json", suffix + ".json");
    }

    /** {@link #awaitTaken(Path, List, Duration)} for files written with {@code suffix}. */
    static void awaitTaken(Path dropFolder, List<Version> batch, String suffix, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = batch.stream().filter(v -> Files.exists(dropFolder.resolve(fileName(v, suffix)))).count();
            if (left == 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(left + " of " + batch.size() + " files still in " + dropFolder + " after " + timeout);
            }
            sleep(100);
        }
    }

    static String ninjs(Version v) {
        int n = Integer.parseInt(v.id().substring(v.id().lastIndexOf(":s") + 2));
        String town = TOWNS[n % TOWNS.length];
        String topic = TOPICS[(n / TOWNS.length) % TOPICS.length];
        ObjectNode node = JSON.createObjectNode();
        node.put("uri", v.id());
        node.put("type", "text");
        node.put("version", Long.toString(v.version()));
        Instant created = Instant.parse("2026-03-11T06:00:00Z").plusSeconds(n * 60L);
        node.put("versioncreated", created.plusSeconds(v.version() * 600).toString());
        node.put("firstcreated", created.toString());
        node.put("pubstatus", v.canceled() ? "canceled" : "usable");
        node.put("language", "en");
        node.putObject("provider").put("name", "Chaos Press");
        if (v.canceled()) {
            node.put("headline", "KILL: story " + n + " withdrawn");
            node.put("body_text", "");
        } else {
            String update = v.version() > 1 ? "Updated with new figures from the council. " : "";
            String business = v.business() ? " Traders on the stock market watched the decision closely." : "";
            node.put("headline", "Council in " + town + " debates " + topic + " (story " + n + ", version " + v.version() + ")");
            node.put("body_text", update + "The council in " + town + " met on Tuesday evening to discuss " + topic
                    + ". Story number " + n + " follows the debate as it happened." + business
                    + "\n\nA spokeswoman said the vote would take place next week, after residents had been heard.");
        }
        return node.toPrettyString();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String run() {
        return run;
    }
}
